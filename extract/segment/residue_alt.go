package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// RuleAltTeaser: a teaser as a converter writes a linked image and its
// caption on one line, the image's alt text in brackets and then the
// link's text saying the same (`[إربد : وفاة فتاة] إربد : وفاة فتاة`,
// pandoc's plain output of a list of other stories), is page residue: an
// article's paragraph does not say its words twice.
const RuleAltTeaser = "image-alt-teaser"

// minAltWords is the fewest words of an image's alt text that make its
// line a teaser when the line says them again.
const minAltWords = 3

var ruleAltTeaser = &Rule{Name: RuleAltTeaser, Role: document.RoleResidue, Residue: document.ResidueRelated,
	Match: localMatch(func(f *Feature, _ int) bool { return altTeaser(f.Clean) })}

// altTeaser reports a line that opens with a bracketed text of a few
// words and goes on saying it again (or the start of it, or what it
// starts with).
func altTeaser(c string) bool {
	if !strings.HasPrefix(c, "[") {
		return false
	}
	alt, rest, ok := strings.Cut(c[1:], "]")
	if !ok || strings.Count(alt, " ")+1 < minAltWords || strings.ContainsAny(alt, "[") {
		return false
	}
	a := script.Fold(strings.TrimSpace(alt), script.FullKey)
	r := script.Fold(strings.TrimSpace(rest), script.FullKey)
	if a == "" || r == "" {
		return false
	}
	return strings.HasPrefix(r, a) || strings.HasPrefix(a, r) && strings.Count(r, " ")+1 >= minAltWords
}
