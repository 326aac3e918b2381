package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestDecks(t *testing.T) {
	const title = "السماح بـ12 لاعباً احتياطياً ومنع الاتصال بين اللاعب والمدرب"
	cases := []ruleCase{
		{"a deck over a byline", Context{}, []string{title, "", ">>«الكرة» عمم التعديلات الجديدة على الأندية", "", "كتب صادق الشايع:", para}, document.RoleHeading, RuleDeck},
		{"a deck over a dateline", Context{}, []string{title, ">>تعثر تنفيذ مشاريع البنى التحتية دفع باتجاهه", "بغداد - حسين التميمي", para}, document.RoleHeading, RuleDeck},
		{"a deck of a container's title", Context{HasTitle: true}, []string{">>تعثر تنفيذ مشاريع البنى التحتية دفع باتجاهه", "كتب صادق الشايع:", para}, document.RoleHeading, RuleDeck},
		{"a name over a byline is no deck", Context{}, []string{title, ">>أحمد محمد الشحي", "بغداد - حسين التميمي", para}, document.RoleByline, RuleNameAtTop},
		{"a letter alone is no deck", Context{}, []string{title, ">>أ", "كتب صادق الشايع:", para}, document.RoleParagraph, RuleParagraph},
		{"a sentence is no deck", Context{}, []string{title, ">>وقال الوزير إن الاجتماع كان مثمرا.", "كتب صادق الشايع:", para}, document.RoleParagraph, RuleParagraph},
		{"no byline, no deck", Context{}, []string{title, ">>تعثر تنفيذ مشاريع البنى التحتية", para}, document.RoleHeading, RuleHeading},
		{"a line after the body is no deck", Context{}, []string{title, para, ">>تعثر تنفيذ مشاريع البنى التحتية", "كتب صادق الشايع:"}, document.RoleParagraph, RuleParagraph},
	}
	checkRuleCases(t, cases)
}

func TestDecksUnderTitle(t *testing.T) {
	const (
		title = "انتخابات الاتحادات الرياضية تتخلى عن الهدوء"
		deck  = "حيثيات الطعن في انتخابات الشطرنج تصل إلى البرلمان وتوزيع المناصب يثير الجدل !"
	)
	cases := []markedCase{
		{"a deck ending with an exclamation", []string{title, "", ">>" + deck, para}, document.RoleHeading, RuleDeckUnderTitle},
		{"the first of two decks", []string{title, ">>" + deck, "هل أقفلت حماس بوابة الانتخابات بانتظار التطورات في مصر وماذا وراء التشكيك؟", para}, document.RoleHeading, RuleDeckUnderTitle},
		{"decks over an unknown author's line", []string{title, "", ">>" + deck, "", "كم ذرفت دموع الفرح لثورات الربيع العربي", "", "صوفيا - محمد خلف:", para}, document.RoleHeading, RuleDeckUnderTitle},
		{"a sentence under the title is the lead", []string{title, ">>وقال الوزير إن الاجتماع كان مثمرا.", para}, document.RoleParagraph, RuleParagraph},
		{"a headline after the body is no deck", []string{title, para, ">>" + deck, para}, document.RoleParagraph, RuleParagraph},
		{"no body under it, no deck", []string{title, ">>" + deck}, document.RoleParagraph, RuleParagraph},
		{"a deck over the date line", []string{title, "", ">>المشاتل الغزية.. متعة الناظر وجنة الدنيا!", "", "الأحد, 01 إبريل, 2012, 09:36 بتوقيت القدس", para}, document.RoleHeading, RuleDeckUnderTitle},
		{"the lead over the date line is no deck", []string{title, ">>وقال الوزير إن الاجتماع كان مثمرا.", "الأحد, 01 إبريل, 2012", para}, document.RoleParagraph, RuleParagraph},
	}
	checkMarked(t, Context{}, cases)
}
