package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// The tail of a full-page dump: after the article, a page lists other
// stories (their titles, their teasers, sometimes their whole text), a
// ticker of the day's news, a comment form, a cookie notice. Text there
// can outweigh the article's own, so the article's end is not found by
// how much text stands before it but by how much of the article's text
// does: the text set as the article's body is (the indentation of its
// first line, its script), not the other stories' text set apart (a
// text browser indents a list's items deeper), not a ticker's lines
// (each opening with the time it was posted), not an English notice in
// an Arabic page.

// RulePageTail is the rule of the lines after a full-page dump's
// article has ended (articleEnd): other stories, comments, footer. It is
// not page-chrome, the lines around the body that look like chrome, so
// that each can be told apart (the line model reconsiders page-chrome).
const RulePageTail = "page-tail"

var rulePageTail = &Rule{Name: RulePageTail, Role: document.RoleResidue, Residue: document.ResidueRelated}

// indentOf is how many columns of white space open text (a tab counts
// as one).
func indentOf(text string) int {
	n := 0
	for n < len(text) && (text[n] == ' ' || text[n] == '\t') {
		n++
	}
	return n
}

// articleVoice is how the article's body text is set: its indentation
// and its script.
type articleVoice struct {
	indent int
	latin  bool
}

// latinPage reports a page most of whose letters are Latin.
func (s *state) latinPage() bool {
	ar, lat := 0, 0
	for i := range s.feats {
		ar += s.feats[i].Arabic
		lat += s.feats[i].Latin
	}
	return lat > ar
}

// pageText reports a line that reads as text in the page's script (latin
// says which) and is no ticker's line.
func pageText(f *Feature, latin bool) bool {
	return readsAsText(f) && f.IsLatin() == latin && !clockLed(f.Clean)
}

// voiceOf is the voice of the body [first, last] of a page in the script
// latin says: the least indentation that sets at least voiceUnits lines
// of page text and a voiceShare of the body's page text (a text browser
// indents a list's items and a quote deeper than the body's paragraphs,
// and a stray line, a title read twice, does not make a voice), or the
// one that sets the most of it when none does.
func (s *state) voiceOf(first, last int, latin bool) articleVoice {
	type tally struct{ units, words int }
	by := map[int]*tally{}
	total := 0
	for i := first; i <= last; i++ {
		if f := &s.feats[i]; s.free(i) && pageText(f, latin) {
			in := indentOf(s.lines[i].Text)
			if by[in] == nil {
				by[in] = &tally{}
			}
			by[in].units++
			by[in].words += f.Words
			total += f.Words
		}
	}
	least, most := -1, -1
	for in, t := range by {
		if t.units >= voiceUnits && voiceShare*t.words >= total && (least < 0 || in < least) {
			least = in
		}
		if most < 0 || t.words > by[most].words || t.words == by[most].words && in < most {
			most = in
		}
	}
	if least < 0 {
		least = most
	}
	return articleVoice{indent: least, latin: latin}
}

// A voice sets at least voiceUnits lines (units) of text and a
// 1/voiceShare of the body's text.
const (
	voiceUnits = 2
	voiceShare = 5
)

// articleWords is how many words line i holds of the article's text: its
// words when it is free, reads as page text and is set as the article's
// body is (voice v); 0 else.
func (s *state) articleWords(i int, v articleVoice) int {
	f := &s.feats[i]
	if !s.free(i) || !pageText(f, v.latin) || indentOf(s.lines[i].Text) != v.indent {
		return 0
	}
	return f.Words
}

// clockLed reports a line that opens with a time of day, `18:51 هزة
// أرضية تضرب الجزائر.`: a ticker's or a timeline's line.
func clockLed(c string) bool {
	head, rest, ok := strings.Cut(c, " ")
	if !ok || rest == "" || len(head) < 4 || len(head) > 10 { // 4 or 5 digits of up to two bytes
		return false
	}
	v, n, colon := 0, 0, -1
	for _, r := range head {
		if r == ':' {
			if colon >= 0 {
				return false
			}
			colon = n
			continue
		}
		d, ok := script.DigitValue(r)
		if !ok {
			return false
		}
		v, n = v*10+d, n+1
	}
	return (n == 3 || n == 4) && colon == n-2 && v/100 < 24 && v%100 < 60
}

// The title of a full-page dump heads the article: it stands over the
// body's first line with only the article's head between them (its
// dateline, its byline, its author's name, a share bar). On an indented
// page, a text browser sets headings flush left (see indentedPage).
// Walking up from the body, the title is the first flush-left line
// shaped as one over a head line (or the line right over a byline, set
// in or not), or the nearest one when no head line
// stands over the body; a menu's label, a form's, a site's name, a
// section's stand farther up. A line the page sets twice (titlesTwice)
// may be the title even ending with a period.

// headWindow is how many lines over the body the title is looked for.
const headWindow = 40

// headTitle returns the line heading the body that starts at line first,
// -1 when none does.
func (s *state) headTitle(first int) int {
	near, head, byline := -1, false, false
	twice := s.titlesTwice()
	for i := first - 1; i >= 0 && first-i <= headWindow; i-- {
		f := &s.feats[i]
		if f.Blank() || s.lines[i].Role == document.RoleMarkup {
			continue
		}
		if s.headLine(i) {
			head, byline = true, s.lines[i].Role == document.RoleByline
			continue
		}
		over := byline // right over a byline: the title, however set
		byline = false
		if !s.free(i) || indented(s.lines[i].Text) && !over && !s.centred(i) || !titleShaped(f, twice[i]) || s.excerptOf(i, first) {
			continue
		}
		if head {
			return i
		}
		if near < 0 {
			near = i
		}
	}
	return near
}

// headLine reports a line of an article's head: a dateline, a byline, a
// date, an attribution (a page may set its source over the text), or a
// name alone on its line.
func (s *state) headLine(i int) bool {
	switch s.lines[i].Role {
	case document.RoleDateline, document.RoleByline, document.RoleAttribution:
		return true
	case "":
		return isName(&s.feats[i])
	}
	return false
}

// teaserOfNext reports a line that is the start of the next free line
// of page text of [i+1, last] (latin says the page's script), cut
// shorter: a teaser of the paragraph it stands over.
func (s *state) teaserOfNext(i, last int, latin bool) bool {
	for j := i + 1; j <= last; j++ {
		if s.free(j) && pageText(&s.feats[j], latin) {
			return len(s.feats[i].Clean) < len(s.feats[j].Clean) && s.excerptOf(i, j)
		}
	}
	return false
}

// firstCopy returns the first of the free flush-left lines over line t
// that say what t says with nothing free between them, t when there is
// none: a title set twice over the body is the title where it first
// stands, its copy the page's. A copy farther up, over menus, is the
// page's own title.
func (s *state) firstCopy(t int) int {
	at := t
	for i := t - 1; i >= 0; i-- {
		if !s.free(i) || s.feats[i].Blank() {
			continue
		}
		if indented(s.lines[i].Text) || !s.sameText(i, t) {
			break
		}
		at = i
	}
	return at
}

// sameText reports whether lines i and j say the same, folded.
func (s *state) sameText(i, j int) bool {
	return s.feats[i].Clean != "" && script.Fold(s.feats[i].Clean, script.FullKey) == script.Fold(s.feats[j].Clean, script.FullKey)
}

// titleShaped reports a line that may be a page's title: Arabic, Latin
// letters a few at most, two to maxPageTitle words, no sentence but a
// question or an exclamation, unless sentence says a sentence may be.
func titleShaped(f *Feature, sentence bool) bool {
	return f.IsArabic() && 4*f.Latin < f.Arabic && f.Words >= 2 && f.Words <= maxPageTitle &&
		(sentence || !f.FinalPunct() || f.Last == '؟' || f.Last == '?' || f.Last == '!')
}

// titlesTwice marks the lines of three to maxPageTitle words, Arabic, whose
// text the page sets twice or more as a whole line, at two indentations
// at least: a page's title, even one ending with a period, set in under
// a breadcrumb and flush left over the article. A paragraph a dump holds
// twice is set as the body is both times.
func (s *state) titlesTwice() []bool {
	at := map[string]int{} // the indentation a text was first seen at
	two := map[string]bool{}
	keys := make([]string, len(s.lines))
	for i := range s.lines {
		if f := &s.feats[i]; s.lines[i].Role != document.RoleMarkup && f.IsArabic() && f.Words >= 3 && f.Words <= maxPageTitle {
			k := script.Fold(f.Clean, script.FullKey)
			keys[i] = k
			in := indentOf(s.lines[i].Text)
			if first, ok := at[k]; !ok {
				at[k] = in
			} else if first != in {
				two[k] = true
			}
		}
	}
	twice := make([]bool, len(s.lines))
	for i, k := range keys {
		twice[i] = k != "" && two[k]
	}
	return twice
}

// maxPageTitle is the most words of a page's title.
const maxPageTitle = 25

// excerptOf reports a line that opens as the body's first line does, or
// is its start: the article's excerpt, set over it as a teaser.
func (s *state) excerptOf(i, first int) bool {
	a, b := s.feats[i].Clean, s.feats[first].Clean
	if len(a) > len(b) {
		a, b = b, a
	}
	k := min(len(a), 64)
	return k > 0 && a[:k] == b[:k]
}
