package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestOpenedByline(t *testing.T) {
	const title = "الهلال يحتفل بنجمه في ليلة الوفاء"
	cases := []ruleCase{
		{"an interviewer after a dash", Context{}, []string{title, "", ">>حاوره – أحمد العجلان", "", para}, document.RoleByline, RuleBylinePrefix},
		{"a translator after a tatweel", Context{}, []string{title, ">>ترجمة ـ عادل حمود", para}, document.RoleByline, RuleBylinePrefix},
		{"an illustrator after a colon", Context{}, []string{title, para, ">>رسم: معتصم هارون", para}, document.RoleByline, RuleBylinePrefix},
		{"a reporter after a glued slash", Context{}, []string{title, ">>تغطية/ محمد أحمد الصباحي", para}, document.RoleByline, RuleBylinePrefix},
		{"a columnist's writing verb", Context{}, []string{title, para, para, ">>يكتبها: جيلالي خلاص", para}, document.RoleByline, RuleBylinePrefix},
		{"a byline word without a mark is no byline", Context{}, []string{title, para, ">>رسم الخرائط الجديدة للمنطقة", para}, document.RoleHeading, RuleHeading},
		{"a byline word over a sentence is no byline", Context{}, []string{title, para, ">>تغطية: الحكومة تقر الموازنة الجديدة.", para}, document.RoleParagraph, RuleParagraph},
		{"a byline word over figures is no byline", Context{}, []string{title, para, ">>تغطية: 25 مليون دولار", para}, document.RoleHeading, RuleHeading},
	}
	checkRuleCases(t, cases)
}
