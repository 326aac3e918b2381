package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Section markers: a number alone on its line (`(2)`, `3`, `٤-`) heads a
// section when the document numbers its sections, that is when it holds
// two or more such lines, in order; a line opening with an ordinal and a
// separator (`أولا: أسس الأزمة المالية`) heads one by its shape.

var (
	ruleSectionNumber = &Rule{Name: RuleSectionNumber, Role: document.RoleHeading}
	ruleOrdinal       = &Rule{Name: RuleOrdinalHeading, Role: document.RoleHeading,
		// `أولا: البواعث الفنية`, `ثانياً - البواعث السياسية`
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return s.next >= 0 && isOrdinalHeading(f)
		})}
)

// maxSection is the largest number a section-number line may hold.
const maxSection = 99

// sectionNumber returns the number line c holds alone, with its
// brackets and a separator after it: `(2)`, `3`, `٤-`, `5.`.
func sectionNumber(c string) (int, bool) {
	c = strings.TrimRight(c, ".-–—:) ")
	c = strings.TrimLeft(c, "([ ")
	c = strings.TrimRight(c, "]")
	if c == "" || utf8.RuneCountInString(c) > 2 {
		return 0, false
	}
	n := 0
	for _, r := range c {
		d, ok := script.DigitValue(r)
		if !ok {
			return 0, false
		}
		n = n*10 + d
	}
	return n, n >= 1 && n <= maxSection
}

// sectionNumbers decides the section-number lines: free (or an empty
// numbered item), followed by text that is not one, two or more of them,
// their numbers never going down.
func sectionNumbers(s *state) {
	var at []int
	prev := 0
	for i := range s.lines {
		if !(s.free(i) || s.lines[i].Rule == RuleListNumbered) || s.feats[i].Blank() {
			continue
		}
		n, ok := sectionNumber(s.feats[i].Clean)
		if !ok {
			continue
		}
		j := s.nextNonBlank(i)
		if j < 0 || n < prev {
			return
		}
		if _, next := sectionNumber(s.feats[j].Clean); next {
			return
		}
		at, prev = append(at, i), n
	}
	if len(at) < 2 {
		return
	}
	for _, i := range at {
		s.set(i, ruleSectionNumber)
	}
}

// ordinals are lexicon.Ordinals, folded.
var ordinals = script.FoldAll(lexicon.Ordinals)

// maxOrdinalWords is the longest an ordinal heading may be.
const maxOrdinalWords = 10

// isOrdinalHeading reports a short line opening with an ordinal and a
// separator, not a sentence.
func isOrdinalHeading(f *Feature) bool {
	if f.List != 0 || !f.IsArabic() || f.Words > maxOrdinalWords || f.Last == '.' || f.Last == '،' {
		return false
	}
	w, rest, _ := strings.Cut(f.Clean, " ")
	sep := strings.HasSuffix(w, ":") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–")
	w = strings.TrimRight(w, ":-–.")
	for _, o := range ordinals {
		if script.Fold(w, script.WordKey) == o {
			return sep && f.Words >= 2
		}
	}
	return false
}
