package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// Underlined headings: a paper's or a converter's text (Markdown's setext
// headings, a word processor's export) underlines a section's heading
// with a rule of dashes or equal signs on the next line (`دور طرابلس` over
// `————-`). The short line right over such a rule is a heading, wherever
// it stands and whatever follows the rule.

// RuleUnderlined is the rule of a heading set over a separator line.
const RuleUnderlined = "underlined-heading"

var ruleUnderlined = &Rule{Name: RuleUnderlined, Role: document.RoleHeading,
	Match: contextMatch(func(s *state, f *Feature, i int) bool {
		if i == s.titleAt && !s.ctx.HasTitle || !headingShape(f) || i+1 >= len(s.lines) {
			return false
		}
		// the rule right under it, and text after the rule: a separator
		// closing a section stands under its last line, before the next
		// section's heading or the end
		if s.lines[i+1].Rule != RuleSeparator || !underline(s.feats[i+1].Clean) {
			return false
		}
		n := s.nextNonBlank(i + 1)
		return n >= 0 && s.feats[n].Bodyish()
	})}

// underline reports a rule of three dashes, equal signs or underscores or
// more, and nothing else (not a lone dot, not `* * *`).
func underline(c string) bool {
	n := 0
	for _, r := range c {
		if !strings.ContainsRune("-–—=_─━", r) {
			return false
		}
		n++
	}
	return n >= 3
}
