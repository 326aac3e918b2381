package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// A heading in Latin letters in an Arabic article: `"Facebook Page"`
// over the Arabic paragraph that describes it. Alone it reads as an
// English line; between Arabic body lines it is a short name for what
// follows.

// maxLatinHeadingWords is the longest a Latin heading may be, and
// maxLatinWords the most words in Latin letters it may hold (a longer
// run is a name or a phrase quoted in the running text: `The OPEC Fund
// for International Development`).
const (
	maxLatinHeadingWords = 6
	maxLatinWords        = 3
)

var ruleLatinHeading = &Rule{Name: RuleLatinHeading, Role: document.RoleHeading,
	Match: contextMatch(func(s *state, f *Feature, i int) bool {
		return latinHeadingShape(f) && s.nextBody && s.feats[s.next].IsArabic() && i != s.firstContent &&
			s.prev >= 0 && s.feats[s.prev].IsArabic() && !s.inVerse(i)
	})}

// latinHeadingShape reports a short line of more Latin letters than
// Arabic ones, three Latin words at most, not a sentence, no address, no
// handle, no tag.
func latinHeadingShape(f *Feature) bool {
	return f.IsLatin() && f.Words <= maxLatinHeadingWords && f.LatinWords <= maxLatinWords && f.LetterWords >= 1 && f.List == 0 && !f.FinalPunct() &&
		!strings.ContainsAny(f.Clean, "<>") &&
		!strings.Contains(f.Clean, "http") && !strings.Contains(f.Clean, "www.") && !strings.Contains(f.Clean, "@") && !strings.Contains(f.Clean, ". ")
}
