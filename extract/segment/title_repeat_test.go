package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestTitleRepeats(t *testing.T) {
	const title = "الأهلي يفوز على الزمالك في قمة الدوري المصري"
	checkMarked(t, Context{}, []markedCase{
		{"the title set twice", []string{title, ">>" + title, para, para}, document.RoleResidue, RuleTitleRepeated},
		{"the title again under the body's top", []string{title, "القاهرة - أ ش أ", para, ">>الأهلـــي يفوز على الزمالك في قمة الدوري المصري", para}, document.RoleResidue, RuleTitleRepeated},
		{"the first copy is the title", []string{">>" + title, title, para, para}, document.RoleTitle, RuleTitle},
		{"a heading that shares the title's first words", []string{title, para, ">>الأهلي يفوز على الزمالك", para}, document.RoleHeading, RuleHeading},
	})
}

func init() {
	ruleCases = append(ruleCases, ruleCase{"title repeated", Context{}, []string{"الأهلي يفوز على الزمالك", ">>الأهلي يفوز على الزمالك", para, para}, document.RoleResidue, RuleTitleRepeated})
}
