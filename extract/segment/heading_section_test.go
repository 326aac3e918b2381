package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestSectionName(t *testing.T) {
	const headline = "منتخب كرة السلة فقد فرصة التأهل لليابان ولم يتلق النقد"
	cases := []struct {
		name  string
		ctx   Context
		lines []string
		role  document.Role
		rule  string
	}{
		{"a section name", Context{}, []string{">>إصدارات", "", headline, para}, document.RoleResidue, RuleSectionName},
		{"the headline under it is the title", Context{}, []string{"إصدارات", "", ">>" + headline, para}, document.RoleTitle, RuleTitle},
		{"a short title over a name", Context{}, []string{">>تعطيل القوانين", "", "ياسر المتولي", para}, document.RoleTitle, RuleTitle},
		{"a short title over the body", Context{}, []string{">>تعطيل القوانين", "", para}, document.RoleTitle, RuleTitle},
		{"three words are a title", Context{}, []string{">>فرص العرب بالرماية", "", headline, para}, document.RoleTitle, RuleTitle},
		{"a container's title: no section name", Context{HasTitle: true}, []string{">>إصدارات", "", headline, para}, document.RoleHeading, RuleHeading},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := segmentMarked(t, tc.ctx, tc.lines)
			if got.Role != tc.role || got.Rule != tc.rule {
				t.Errorf("%q: got %s (%s), want %s (%s)", got.Text, got.Role, got.Rule, tc.role, tc.rule)
			}
		})
	}
}

func TestTitleUnderTopLines(t *testing.T) {
	const headline = "أسعد بن طارق يفتتح الحدث الأبرز لتعزيز الخدمات الطبية"
	cases := []struct {
		name  string
		lines []string
		role  document.Role
		rule  string
	}{
		{"the headline under a dateline and a separator", []string{"مسقط- الرؤية", "-", "", ">>" + headline, para}, document.RoleTitle, RuleTitle},
		{"a lead under a dateline is no title", []string{"مسقط- الرؤية", "", ">>" + para, para}, document.RoleParagraph, RuleParagraph},
		{"a byline stays above the body, no title under it", []string{"بقلم عبد الرحمن الراشد", ">>" + headline, para}, document.RoleHeading, RuleHeading},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := segmentMarked(t, Context{}, tc.lines)
			if got.Role != tc.role || got.Rule != tc.rule {
				t.Errorf("%q: got %s (%s), want %s (%s)", got.Text, got.Role, got.Rule, tc.role, tc.rule)
			}
		})
	}
}
