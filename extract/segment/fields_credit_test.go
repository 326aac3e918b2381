package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func init() {
	ruleCases = append(ruleCases, []ruleCase{
		{"an agency alone", Context{}, []string{"عنوان الخبر", para, para, ">>ا ف ب"}, document.RoleCredit, RuleAgencyAlone},
		{"an agency between dashes", Context{}, []string{"عنوان الخبر", para, ">>-رويترز-", para}, document.RoleCredit, RuleAgencyAlone},
	}...)
}

// TestIsAgencyAlone: a wire agency's name alone, maybe between dashes, and
// not a sentence that names one.
func TestIsAgencyAlone(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"ا ف ب", true},
		{"-رويترز-", true},
		{"AFP", true},
		{"قالت رويترز إن", false},
		{"رويترز: قال الوزير", false},
		{"الاجتماع", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isAgencyAlone(tt.in); got != tt.want {
			t.Errorf("isAgencyAlone(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
