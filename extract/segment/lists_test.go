package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// listCases are the cases of the list mechanisms (lists*.go), run with
// the others by TestSegmentRules.
var listCases = []struct {
	name  string
	ctx   Context
	lines []string
	role  document.Role
	rule  string
}{
	{"an unclosed bracket is a bullet", Context{}, []string{para, "هوامش", ">>[ اعلنت الشرطة البريطانية أمس انها اوقفت 29 شخصا منذ بدء الالعاب", "[ لاحظ صحافي في وكالة فرانس برس ان الشعلة الاولمبية انطفأت", para}, document.RoleListItem, RuleListBullet},
	{"a bracketed note is no bullet", Context{}, []string{para, ">>[ صورة ] وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة.", para}, document.RoleParagraph, RuleParagraph},
}

func init() {
	for _, c := range listCases {
		ruleCases = append(ruleCases, c)
	}
}

func TestBracketBullet(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"[ اعلنت الشرطة", true},
		{"[ صورة ] نص", false},
		{"[1] مرجع", false},
		{"[", false},
		{"[اعلنت", false},
	} {
		if got := isBracketBullet(tt.in); got != tt.want {
			t.Errorf("isBracketBullet(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
