package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// Bylines in the unfamiliar forms of fields.ParseBylineLine, above the
// body: a name with a dash, a place and a name, names and the outlet, any
// of them after a date.
const (
	// RuleBylineShape: a short line above the body that names a reporter
	// (`يحيى الحلالي -`, `صوفيا - محمد خلف:`) is a byline.
	RuleBylineShape = "byline-shape"
	// RuleDatedByline: such a line opening with the date (`الخميس 03 ماي
	// 2012الجزائر: حميد عبد القادر`) is the dateline.
	RuleDatedByline = "dated-byline"
)

var (
	ruleBylineShape = &Rule{Name: RuleBylineShape, Role: document.RoleByline,
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			b, ok := s.bylineShape(f, i)
			return ok && !b.Dated
		})}
	ruleDatedByline = &Rule{Name: RuleDatedByline, Role: document.RoleDateline,
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			b, ok := s.bylineShape(f, i)
			return ok && b.Dated
		})}
)

// bylineShape reads line i as a byline of fields.ParseBylineLine when it
// stands above the body, something after it.
func (s *state) bylineShape(f *Feature, i int) (fields.BylineLine, bool) {
	if f.Words < 2 || f.Words > 13 || f.SentenceEnd() || f.List != 0 || f.Latin > 0 || s.next < 0 || i == s.titleAt ||
		!strings.ContainsAny(f.Clean, "-–—:/") {
		return fields.BylineLine{}, false
	}
	b, ok := fields.ParseBylineLine(f.Clean)
	if !ok || !s.aboveBody(i) {
		return b, false
	}
	return b, true
}

// aboveBody reports whether no line before i reads as the body's: a
// line of twenty words or more, or a complete sentence. Decks over the
// byline are shorter, or end without a full stop.
func (s *state) aboveBody(i int) bool {
	for k := 0; k < i; k++ {
		switch s.lines[k].Role {
		case "", document.RoleParagraph:
			f := &s.feats[k]
			if f.Words >= 20 || f.Bodyish() && f.SentenceEnd() {
				return false
			}
		}
	}
	return true
}

// RulePublishedByline: an aggregator's byline line, the author's name,
// `نشر في`, the outlet and the date (`محمد السرار نشر في ميثاق الرابطة
// يوم 20 - 09 - 2012`), is a byline.
const RulePublishedByline = "published-byline"

var rulePublishedByline = &Rule{Name: RulePublishedByline, Role: document.RoleByline,
	Match: localMatch(func(f *Feature, _ int) bool {
		return f.Words >= 4 && f.Words <= 15 && strings.Contains(f.Clean, "نشر") && fields.PublishedByline(f.Clean) != ""
	})}
