package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// RuleRepeated is the rule of a line that recurs across many articles of
// one source in a batch: the site's chrome (its name, its menu, its
// footer), not the article. The batch decides it (extract.Options.Recurs);
// the segmenter keeps it as it keeps a container's roles.
const RuleRepeated = "repeated-line"

// RepeatedMaxWords is the most words a line has that can be found
// repeated: chrome is short, and a long line found in many articles is an
// article reprinted.
const RepeatedMaxWords = 12

var ruleRepeated = &Rule{Name: RuleRepeated, Role: document.RoleResidue, Residue: document.ResidueNavigation}

func init() { byName[RuleRepeated] = ruleRepeated } // for ResidueKind

// MarkRepeated gives l the role and rule of a repeated line.
func MarkRepeated(l *document.Line) { l.Role, l.Rule = ruleRepeated.Role, ruleRepeated.Name }

// Repeatable reports whether a line the segmenter decided may be found
// to be a repeated line: text roles only, for a dateline, a byline, a
// credit or an attribution recur across a source's articles and are still
// theirs (an attribution made a paragraph as a second one too).
func Repeatable(l *document.Line) bool {
	switch l.Role {
	case document.RoleTitle, document.RoleHeading, document.RoleParagraph, document.RoleListItem,
		document.RoleCaptionAR, document.RoleCaptionEN:
		return l.Rule != RuleExtraAttribution && !creditLine(l.Text)
	}
	return false
}

// creditLine reports a short line one of whose parts, between slashes or
// dashes, is a known agency's credit (`فرانس24/ أ ف ب`): a credit the
// segmenter did not know, still the article's.
func creditLine(text string) bool {
	if strings.Count(strings.TrimSpace(text), " ") >= 6 {
		return false
	}
	for _, p := range strings.FieldsFunc(text, func(r rune) bool { return r == '/' || r == '-' || r == '–' || r == '|' }) {
		if fields.Agency(strings.Trim(p, " ()")) != "" {
			return true
		}
	}
	return false
}
