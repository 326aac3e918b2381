package segment

import (
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// Captions whose credit follows their last sentence without parentheses
// (`… في العاصمة. أ ف ب`, `… in the capital. AFP`): a body paragraph may
// end so too, in wire copy, so the place decides. Before the body, such a
// line is a photo's caption; the body's own lines are not.

// Rule names of captions with a bare credit.
const (
	RuleCaptionENBare = "english-caption-bare-credit"
	RuleCaptionARBare = "arabic-caption-bare-credit"
)

// maxBareCaptionWords bounds a caption with a bare credit.
const maxBareCaptionWords = 45

var (
	ruleCaptionENBare = &Rule{Name: RuleCaptionENBare, Role: document.RoleCaptionEN,
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return f.IsLatin() && f.Words >= 6 && f.Words <= maxBareCaptionWords && s.beforeBody(i) && s.next >= 0 && bareCredited(f)
		})}
	ruleCaptionARBare = &Rule{Name: RuleCaptionARBare, Role: document.RoleCaptionAR,
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return f.IsArabic() && f.Words >= 3 && f.Words <= maxBareCaptionWords && i != s.titleAt && s.beforeBody(i) && s.next >= 0 && bareCredited(f)
		})}
)

// bareCredited reports a line ending with a bare credit.
func bareCredited(f *Feature) bool {
	_, _, ok := fields.BareCredit(f.Clean)
	return ok
}

// endCredit reports whether line i, a credit, closes the article: no
// line after it reads as body text. It credits the article, not the
// line above it.
func (s *state) endCredit(i int) bool {
	for k := i + 1; k < len(s.lines); k++ {
		if s.feats[k].Bodyish() && s.lines[k].Role != document.RoleResidue && s.lines[k].Role != document.RoleAttribution {
			return false
		}
	}
	return true
}
