package segment

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// doubled sets a blank line after each of lines, as a double-spaced
// export does.
func doubled(lines []string) []string {
	out := make([]string, 0, 2*len(lines))
	for _, l := range lines {
		out = append(out, l, "")
	}
	return out
}

func TestDoubleSpaced(t *testing.T) {
	body := wrapped("", 0, 40, para+" "+para+" "+para+" "+para)
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"single-spaced", body, false},
		{"double-spaced", doubled(body), true},
		{"too few lines to tell", doubled(body[:5]), false},
		{"paragraphs a blank apart, the rest close", append(doubled([]string{para, para, para, para, para}), "المباراة في سطور", "الملعب: الاولمبي", "الجمهور: 64 الف", "الحكم: بدرو بروينسا", para), false},
		{"runs of two blanks are breaks, not spacing", strings.Split(strings.Join(body, "\n\n\n"), "\n"), false},
	}
	for _, tc := range tests {
		lines, feats := featuredLines(tc.lines)
		if got := doubleSpaced(lines, feats); got != tc.want {
			t.Errorf("%s: doubleSpaced = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A double-spaced document reads as its single-spaced self: the blank
// lines between its lines hide no break.
func TestDoubleSpacedReadsAsSingle(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"double-spaced hard-wrapped paragraph", Context{}, doubled(wrapped(">>", 1, 38, para+" "+para+" "+para+" "+para)), document.RoleParagraph, RuleWrapped},
		{"a blank line in a double-spaced document", Context{}, append([]string{wrapped("", 0, 38, para)[0], ">>"}, doubled(wrapped("", 0, 38, para+" "+para+" "+para))[1:]...), document.RoleBlank, RuleBlank},
		{"double-spaced key-value rows", Context{}, doubled([]string{para, para, para, "المباراة في سطور", ">>الملعب: الاولمبي في كييف", "الجمهور: 64 الف متفرج", "الحكم: البرتغالي بدرو بروينسا", para, para}), document.RoleListItem, RuleKeyValue},
	})
}
