package segment

// The passes: rules that read a run of lines rather than one. Each decides
// the lines it recognises with its own rule and leaves the others as they
// are. They run between the local rules and the context rules, but for
// oneAttribution and containerTeasers, which read the result (see stages).

import (
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// The rules the passes decide by.
var (
	// ruleWrapped's role is the unit's: Run sets it (reflow.go)
	ruleWrapped          = &Rule{Name: RuleWrapped, Role: document.RoleParagraph}
	ruleReadAlsoItem     = &Rule{Name: RuleReadAlsoItem, Role: document.RoleResidue, Residue: document.ResidueRelated}
	ruleEmbedText        = &Rule{Name: RuleEmbedText, Role: document.RoleEmbed}
	ruleLinkList         = &Rule{Name: RuleLinkList, Role: document.RoleResidue, Residue: document.ResidueRelated}
	ruleStarredHeading   = &Rule{Name: RuleStarredHeading, Role: document.RoleHeading}
	ruleSignoff          = &Rule{Name: RuleSignoff, Role: document.RoleByline}
	ruleInterview        = &Rule{Name: RuleInterview, Role: document.RoleHeading}
	ruleExtraAttribution = &Rule{Name: RuleExtraAttribution, Role: document.RoleParagraph}
	ruleTeasers          = &Rule{Name: RuleTeasers, Role: document.RoleResidue, Residue: document.ResidueRelated}
)

// readAlsoItems marks the short lines after a bare `اقرأ أيضا:` header as
// the related links they are.
func readAlsoItems(s *state) {
	for i := range s.lines {
		if s.lines[i].Rule != RuleReadAlso || s.feats[i].Words > 4 {
			continue
		}
		for j := i + 1; j < len(s.lines); j++ {
			if s.lines[j].Role == document.RoleBlank {
				continue
			}
			f := &s.feats[j]
			if !s.free(j) || f.Words > 16 || f.SentenceEnd() || f.Last == ':' {
				break
			}
			s.set(j, ruleReadAlsoItem)
		}
	}
}

// embedText marks the line just before `A post shared by` as the embed's
// text, even when it is emoji only.
func embedText(s *state) {
	for i := range s.lines {
		if s.lines[i].Rule != RuleEmbedPost {
			continue
		}
		if j := s.prevNonBlank(i); j >= 0 && (s.free(j) || s.lines[j].Rule == RuleSeparator) && s.feats[j].Words <= 60 && j != s.firstContent {
			s.set(j, ruleEmbedText)
		}
	}
}

// linkLists marks runs of three or more short unpunctuated Arabic lines,
// with no blank line between them, as related links (BBC's unheaded lists
// of other stories).
func linkLists(s *state) {
	lines, feats := s.lines, s.feats
	isLink := func(i int) bool {
		f := &feats[i]
		return lines[i].Role == "" && f.IsArabic() && f.LetterWords >= 4 && f.Words <= 16 && !f.FinalPunct() && f.List == 0
	}
	for i := 0; i < len(lines); {
		if !isLink(i) {
			i++
			continue
		}
		j := i
		for j < len(lines) && isLink(j) {
			j++
		}
		if j-i >= 3 && i > 0 && s.nextNonBlank(j-1) >= 0 {
			p := s.prevNonBlank(i)
			if p >= 0 && (lines[p].Role == "" || lines[p].Role == document.RoleParagraph) && feats[p].Bodyish() {
				for q := i; q < j; q++ {
					s.set(q, ruleLinkList)
				}
			}
		}
		i = j
	}
}

// starredHeadings turns a lone marked short line followed by a paragraph
// into a heading (`* حضور مشرف للفن التشكيلي`, `1. الأمل كقوة نفسية:`): a
// list has neighbours with the same marker, a subheading does not. A line
// ending with a comma goes on to what follows: it stays an item.
func starredHeadings(s *state) {
	lines, feats := s.lines, s.feats
	for i := range lines {
		if lines[i].Role != document.RoleListItem {
			continue
		}
		f := &feats[i]
		if f.Words > 12 || f.Last == '.' || f.Last == '،' || f.Last == ',' || !f.IsArabic() {
			continue
		}
		p, n := s.prevNonBlank(i), s.nextNonBlank(i)
		if n < 0 || p >= 0 && lines[p].Role == document.RoleListItem && feats[p].List == f.List {
			continue
		}
		if lines[n].Role == document.RoleListItem && feats[n].List == f.List {
			continue
		}
		if lines[n].Role == "" && feats[n].Bodyish() || lines[n].Role == document.RoleListItem {
			s.set(i, ruleStarredHeading)
		}
	}
}

// signoff marks the author's sign-off closing an article as byline: one
// to three short free lines after the last paragraph, the first opening
// with an honorific (`دكتور :::: جون نيلسون رايت`, then the author's
// titles).
func signoff(s *state) {
	lines, feats := s.lines, s.feats
	var tail []int
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].Role == document.RoleBlank || lines[i].Role == document.RoleMarkup {
			continue
		}
		if lines[i].Role != "" || feats[i].Words > 16 || feats[i].SentenceEnd() {
			break
		}
		tail = append(tail, i)
		if len(tail) > 3 {
			return
		}
	}
	if len(tail) == 0 {
		return
	}
	first := tail[len(tail)-1]
	if feats[first].Words > 8 || !script.HasAnyPrefix(feats[first].Key, honorifics) {
		return
	}
	if p := s.prevNonBlank(first); p < 0 || !feats[p].Bodyish() {
		return
	}
	for _, i := range tail {
		s.set(i, ruleSignoff)
	}
}

// isSpeakerLabel reports a line that names who speaks next: a few words
// ending with a colon, marks before them allowed (`* سؤال:`, `** السيد
// الرئيس:`).
func isSpeakerLabel(f *Feature) bool {
	return f.Last == ':' && f.Words <= 4 && f.IsArabic()
}

// oneAttribution keeps one attribution, the last; earlier ones stay
// paragraphs.
func oneAttribution(s *state) {
	last := -1
	for i := len(s.lines) - 1; i >= 0; i-- {
		if s.lines[i].Role == document.RoleAttribution {
			if last >= 0 {
				s.set(i, ruleExtraAttribution)
			} else {
				last = i
			}
		}
	}
}

// containerTeasers marks the five teasers of other stories that close the
// CNN pages of the ANT corpus as related links: the last five body lines,
// when the article has nine or more and they read as paragraphs, headings
// or captions.
func containerTeasers(s *state) {
	var body []int
	for i := range s.lines {
		switch s.lines[i].Role {
		case document.RoleBlank, document.RoleMarkup, document.RoleTitle, "":
			continue
		}
		body = append(body, i)
	}
	if len(body) < 9 {
		return
	}
	tail := body[len(body)-5:]
	for _, i := range tail {
		switch s.lines[i].Role {
		case document.RoleParagraph, document.RoleHeading, document.RoleCaptionAR:
		default:
			return
		}
	}
	for _, i := range tail {
		s.set(i, ruleTeasers)
	}
}
