package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestBareCaptions(t *testing.T) {
	const (
		title = "اشتباكات عنيفة في ضواحي العاصمة"
		en    = "Residents inspect the damage after clashes in the capital's southern suburbs. AFP"
		ar    = "سكان يتفقدون الأضرار بعد اشتباكات في الضواحي الجنوبية للعاصمة. أ ف ب"
	)
	checkMarked(t, Context{}, []markedCase{
		{"an English caption with a bare credit", []string{title, ">>" + en, ar, para, para}, document.RoleCaptionEN, RuleCaptionENBare},
		{"an Arabic caption with a bare credit", []string{title, ">>" + ar, para, para}, document.RoleCaptionAR, RuleCaptionARBare},
		{"a body paragraph ending with its agency", []string{title, para, ">>" + ar, para}, document.RoleParagraph, RuleParagraph},
		{"an English body line ending with its agency", []string{title, para, ">>" + en, para}, document.RoleParagraph, RuleEnglish},
		{"the last paragraph over the article's credit", []string{title, para, ">>" + para, "ا ف ب"}, document.RoleParagraph, RuleParagraph},
		{"a caption over its credit, before the body", []string{title, ">>جانب من الاشتباكات في الضواحي الجنوبية", "ا ف ب", para, para}, document.RoleCaptionAR, RuleCaptionARBefore},
		{"a caption over its credit, in the body", []string{title, para, ">>جانب من الاشتباكات في الضواحي الجنوبية", "ا ف ب", para, para}, document.RoleCaptionAR, RuleCaptionARBefore},
	})
}

func init() {
	ruleCases = append(ruleCases,
		ruleCase{"bare-credit English caption", Context{}, []string{"اشتباكات عنيفة في ضواحي العاصمة", ">>Residents inspect the damage in the capital. AFP", para}, document.RoleCaptionEN, RuleCaptionENBare},
		ruleCase{"bare-credit Arabic caption", Context{}, []string{"اشتباكات عنيفة في ضواحي العاصمة", ">>سكان يتفقدون الأضرار في العاصمة. أ ف ب", para}, document.RoleCaptionAR, RuleCaptionARBare})
}

func TestNameOrTitleAtTop(t *testing.T) {
	checkMarked(t, Context{}, []markedCase{
		{"a columnist's name atop the body", []string{">>أحمد العرفج", para + " " + para}, document.RoleByline, RuleNameLine},
		{"a short headline atop the body is no name", []string{">>عودة الروح", para + " " + para}, document.RoleTitle, RuleTitle},
		{"a headline of three words atop the body", []string{">>أزمة الخليج تتصاعد", para + " " + para}, document.RoleTitle, RuleTitle},
	})
}
