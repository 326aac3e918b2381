package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestSectionName(t *testing.T) {
	const headline = "منتخب كرة السلة فقد فرصة التأهل لليابان ولم يتلق النقد"
	cases := []ruleCase{
		{"a section name", Context{}, []string{">>إصدارات", "", headline, para}, document.RoleResidue, RuleSectionName},
		{"the headline under it is the title", Context{}, []string{"إصدارات", "", ">>" + headline, para}, document.RoleTitle, RuleTitle},
		{"a short title over a name", Context{}, []string{">>تعطيل القوانين", "", "ياسر المتولي", para}, document.RoleTitle, RuleTitle},
		{"a short title over the body", Context{}, []string{">>تعطيل القوانين", "", para}, document.RoleTitle, RuleTitle},
		{"three words are a title", Context{}, []string{">>فرص العرب بالرماية", "", headline, para}, document.RoleTitle, RuleTitle},
		{"a container's title: no section name", Context{HasTitle: true}, []string{">>إصدارات", "", headline, para}, document.RoleHeading, RuleHeading},
	}
	checkRuleCases(t, cases)
}

func TestTitleUnderTopLines(t *testing.T) {
	const headline = "أسعد بن طارق يفتتح الحدث الأبرز لتعزيز الخدمات الطبية"
	cases := []markedCase{
		{"the headline under a dateline and a separator", []string{"مسقط- الرؤية", "-", "", ">>" + headline, para}, document.RoleTitle, RuleTitle},
		{"a lead under a dateline is no title", []string{"مسقط- الرؤية", "", ">>" + para, para}, document.RoleParagraph, RuleParagraph},
		{"a byline stays above the body, no title under it", []string{"بقلم عبد الرحمن الراشد", ">>" + headline, para}, document.RoleHeading, RuleHeading},
	}
	checkMarked(t, Context{}, cases)
}
