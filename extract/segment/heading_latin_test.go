package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestLatinHeading(t *testing.T) {
	cases := []struct {
		name string
		line string
		role document.Role
		rule string
	}{
		{"a quoted name", `"Facebook Groups"`, document.RoleHeading, RuleLatinHeading},
		{"mixed, Latin the most", `مميزات "Facebook Page"`, document.RoleHeading, RuleLatinHeading},
		{"four Latin words", `مميزات "Facebook Page" على "Facebook Groups"`, document.RoleParagraph, RuleEnglish},
		{"a long Latin name", "The OPEC Fund for International Development", document.RoleParagraph, RuleEnglish},
		{"a sentence", "It was a good day.", document.RoleParagraph, RuleEnglish},
		{"an address", "www.facebook.com/pages", document.RoleResidue, RuleBareURL},
		{"a tag", "<Dateline>08/2009</Dateline>", document.RoleParagraph, RuleEnglish},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := segmentMarked(t, Context{HasTitle: true}, []string{para, "", ">>" + tc.line, "", para})
			if got.Role != tc.role || got.Rule != tc.rule {
				t.Errorf("%q: got %s (%s), want %s (%s)", got.Text, got.Role, got.Rule, tc.role, tc.rule)
			}
		})
	}
	// over English text, a short English line is no heading of an Arabic article
	got := segmentMarked(t, Context{HasTitle: true}, []string{para, "", `>>"Facebook Groups"`, "", "Facebook Groups let members talk together about what they share."})
	if got.Rule == RuleLatinHeading {
		t.Errorf("%q: decided by %s over an English line", got.Text, got.Rule)
	}
}
