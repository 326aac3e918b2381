package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// RuleAgencyAlone: a wire agency's name alone on its line, without
// parentheses (`ا ف ب`, `-رويترز-`), is a credit.
const RuleAgencyAlone = "agency-alone"

// ruleAgencyAlone decides a short line that is only a wire agency's name,
// maybe between dashes.
var ruleAgencyAlone = &Rule{Name: RuleAgencyAlone, Role: document.RoleCredit,
	Match: localMatch(func(f *Feature, _ int) bool { return f.Words <= maxAgencyWords && isAgencyAlone(f.Clean) })}

// maxAgencyWords bounds the words of a line that is only an agency's name
// (`ا ف ب`, `د ب ا`, `- وكالة الأنباء القطرية -`).
const maxAgencyWords = 6

// isAgencyAlone reports a line that is only a known wire agency's name
// (fields.Agency), maybe between dashes: `ا ف ب`, `-رويترز-`, `AFP`.
func isAgencyAlone(c string) bool {
	in := strings.Trim(c, " -–—")
	if in == "" || strings.ContainsAny(in, "()-–—/:،,.") || strings.Count(in, " ") > 3 {
		return false
	}
	return fields.Agency(in) != ""
}
