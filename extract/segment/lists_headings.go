package segment

import (
	"slices"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Numbered headings: a document that numbers its sections sets `1. كيف
// يمكن تغذية الأمل؟` over a section, and `1.الأمل كقوة نفسية:` under it
// numbering again. A numbered line whose number goes on from neither the
// numbered line right before it nor the one right after it is no item of
// a list: short, it heads what follows.

var ruleNumberedHeading = &Rule{Name: RuleNumberedHeading, Role: document.RoleHeading}

// RuleNumberedHeading is the rule of the numbered headings.
const RuleNumberedHeading = "numbered-heading"

// numberedHeadingWords is the longest a numbered heading may be.
const numberedHeadingWords = 12

// itemNumber returns the number a numbered line opens with (`3.`, `(3)`,
// `٣-`), false when it opens with none.
func itemNumber(c string) (int, bool) {
	c = strings.TrimLeft(c, "( ")
	n, digits := 0, 0
	for _, r := range c {
		d, ok := script.DigitValue(r)
		if !ok || digits == 3 {
			break
		}
		n = n*10 + d
		digits++
	}
	return n, digits > 0
}

// numberedHeadings decides the numbered lines whose numbers run on from
// neither neighbour.
func numberedHeadings(s *state) {
	number := func(i int) (int, bool) {
		if i < 0 || s.lines[i].Rule != RuleListNumbered {
			return 0, false
		}
		return itemNumber(s.feats[i].Clean)
	}
	for i := range s.lines {
		n, ok := number(i)
		f := &s.feats[i]
		if !ok || f.Words > numberedHeadingWords || !f.IsArabic() || f.Last == '،' || f.Last == ',' {
			continue
		}
		p, q := s.prevNonBlank(i), s.nextNonBlank(i)
		if pn, ok := number(p); ok && pn == n-1 {
			continue
		}
		if qn, ok := number(q); ok && qn == n+1 || q < 0 {
			continue
		}
		if s.listItem(q) && s.feats[q].List != '1' {
			continue // a numbered line over its dashed items is their heading, left to the others
		}
		s.set(i, ruleNumberedHeading)
	}
}

// Speech set off by a dash: `قال:` and on the next line `ـ وعيت مقولة
// …`. A dashed line alone (no dashed line right before or after it),
// long enough to be body text, under a line that leads into speech, is
// what was said: a paragraph.

var ruleDashSpeech = &Rule{Name: RuleDashSpeech, Role: document.RoleParagraph}

// RuleDashSpeech is the rule of the speech set off by a dash.
const RuleDashSpeech = "dash-speech"

// dashSpeech decides the lone dashed lines under a lead-in.
func dashSpeech(s *state) {
	for i := range s.lines {
		f := &s.feats[i]
		if !s.markedItem(i) || f.List != '-' || !f.Bodyish() {
			continue
		}
		p, n := s.prevNonBlank(i), s.nextNonBlank(i)
		if p < 0 || s.listItem(p) || s.listItem(n) {
			continue
		}
		if pf := &s.feats[p]; pf.Last == ':' && pf.IsArabic() && leadsIntoSpeech(pf) {
			s.set(i, ruleDashSpeech)
		}
	}
}

// leadsIntoSpeech reports a line leading into what someone says: a verb
// of saying in it (`… قال:`), or, longer than a label, opening with a
// conjunction (`ويضيف، بعد ان يلتفت الى عوده:`).
func leadsIntoSpeech(f *Feature) bool {
	words := strings.Fields(strings.TrimRight(f.Clean, ": "))
	for _, w := range words {
		if slices.Contains(sayingVerbs, script.Fold(w, script.WordKey)) {
			return true
		}
	}
	return len(words) > 3 && script.HasAnyPrefix(words[0], conjunctions)
}

// A section over lists: `التحليل الفني`, then `حواجز الدعم:` over its
// rows. A short line left a paragraph, of two words or more, standing
// apart (after a blank line or an item), right over the heading of a
// list, is a heading too: the section's, over the list's. It runs after
// the heading stacks (heading_stack.go) and decides what they leave.

var ruleOverListHeading = &Rule{Name: RuleOverListHeading, Role: document.RoleHeading}

// RuleOverListHeading is the rule of the headings over a list's heading.
const RuleOverListHeading = "heading-over-list-heading"

// overListHeadings decides the short lines over a list's heading. It
// reads the result of the context rules.
func overListHeadings(s *state) {
	for i := range s.lines {
		if s.lines[i].Rule != RuleParagraph || i == s.firstContent || !headingShape(&s.feats[i]) || s.feats[i].Words > 8 || s.feats[i].Words < 2 {
			continue
		}
		n := s.nextNonBlank(i)
		if n < 0 || s.lines[n].Role != document.RoleHeading || !s.listItem(s.nextNonBlank(n)) {
			continue
		}
		p := s.prevNonBlank(i)
		if p < 0 || p < i-1 || s.listItem(p) {
			s.set(i, ruleOverListHeading)
		}
	}
}
