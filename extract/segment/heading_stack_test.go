package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestHeadingStacks(t *testing.T) {
	defs := []string{
		"الزيزفون: شجرة غنية عن التعريف تستعمل أوراقها وأزهارها منقوعة في الماء الساخن لتهدئة الأعصاب وتخفيف الصداع",
		"الزعرور: تعمل أزهار وثمار الزعرور على تنظيم ضغط الدم وتقوية عضلة القلب إذا أخذت بانتظام مرتين في اليوم",
		"العرقسوس: نبات ينمو في المناطق الحارة ويستعمل شرابا في شهر رمضان لأنه يروي العطش ويقوي المعدة عند الصائمين",
	}
	cases := []struct {
		name  string
		lines []string
		role  document.Role
		rule  string // "": any rule but RuleHeadingStack
	}{
		{"the second line of a stack", append([]string{para, "أرق نفسك بنفسك وتداوى بالطب البديل", ">>دواؤك في غذائك", "فوائد الخضار"}, defs...), document.RoleHeading, RuleHeadingStack},
		{"a stack under a blank line", append([]string{para, "", para, "", ">>دواؤك في غذائك", "فوائد الخضار"}, defs...), document.RoleHeading, RuleHeadingStack},
		{"a stack holds three lines at most", append([]string{para, ">>لمن كان له قلب", "أرق نفسك بنفسك", "دواؤك في غذائك", "فوائد الخضار"}, defs...), "", ""},
		{"right under a paragraph, in a document with blank lines", append([]string{para, "", para, ">>دواؤك في غذائك", "فوائد الخضار"}, defs...), document.RoleParagraph, RuleParagraph},
		{"right under a line that goes on", append([]string{para, "ومن يؤوي شعبا تشرد نصفه", ">>دواؤك في غذائك", "فوائد الخضار"}, defs...), document.RoleParagraph, RuleParagraph},
		{"opening with waw under a blank line", append([]string{para, "", ">>وزير النقل الأسبق صالح فوجيل للخبر", "فوائد الخضار"}, defs...), document.RoleHeading, RuleHeadingStack},
		{"opening with waw right under a line", append([]string{para, ">>وزير النقل الأسبق صالح فوجيل للخبر", "فوائد الخضار"}, defs...), document.RoleParagraph, RuleParagraph},
		{"a word alone", append([]string{para, ">>الغذاء", "فوائد الخضار"}, defs...), document.RoleParagraph, RuleParagraph},
		{"a sentence over a heading", append([]string{para, ">>وقال إن الغذاء دواء.", "فوائد الخضار"}, defs...), document.RoleParagraph, RuleParagraph},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := segmentMarked(t, Context{HasTitle: true}, tc.lines)
			if tc.rule == "" { // any rule but the stack's
				if got.Rule == RuleHeadingStack {
					t.Errorf("%q: decided by %s", got.Text, got.Rule)
				}
				return
			}
			if got.Role != tc.role || got.Rule != tc.rule {
				t.Errorf("%q: got %s (%s), want %s (%s)", got.Text, got.Role, got.Rule, tc.role, tc.rule)
			}
		})
	}
}
