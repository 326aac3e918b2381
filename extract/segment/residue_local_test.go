package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// furnitureCases are the cases of the page-furniture rules
// (residue_local.go), run with the others by TestSegmentRules.
var furnitureCases = []ruleCase{
	{"a share bar run together", Context{}, []string{para, ">>Share on twitterShare on whatsappShare on facebook", para}, document.RoleResidue, RuleShareBar},
	{"share buttons in Arabic", Context{}, []string{para, ">>شارك عبر فيسبوك تويتر واتساب", para}, document.RoleResidue, RuleShareBar},
	{"a share verb and its preposition", Context{}, []string{para, ">>شارك على", para}, document.RoleResidue, RuleShareBar},
	{"a network and a noun name a thing", Context{HasTitle: true}, []string{para, ">>\"Facebook Page\"", para}, document.RoleHeading, RuleLatinHeading},
	{"a count of views", Context{}, []string{para, ">>1234 مشاهدة", para}, document.RoleResidue, RuleCounter},
	{"a labelled count of readings", Context{}, []string{para, ">>عدد القراءات: 1,520", para}, document.RoleResidue, RuleCounter},
	{"a bare count under a teaser", Context{}, []string{para, ">>1764", para}, document.RoleResidue, RuleCounter},
	{"an ad's marker between paragraphs", Context{}, []string{para, "", ">>إعلان", "", para}, document.RoleResidue, RuleAdMarker},
	{"an English ad marker in dashes", Context{}, []string{para, ">>- Advertisement -", para}, document.RoleResidue, RuleAdMarker},
	{"a heading about advertising is no marker", Context{}, []string{para, "", ">>إعلان الحكومة الجديدة", "", para}, document.RoleHeading, RuleHeading},
	{"a date and its section", Context{}, []string{"عنوان", ">>2012-06-19 (رياضة)", para}, document.RoleDateline, RuleDateLine},
	{"a date and a figure in parentheses is no date line", Context{}, []string{"عنوان", para, ">>2012-06-19 (25 قتيلا)", para}, document.RoleHeading, RuleHeading},
	{"a dotted date is no count", Context{}, []string{"المحتوى الرقمي رافعة للنمو", ">>25.10.2012", para}, document.RoleDateline, RuleDateLine},
	{"a tatweel after a number is the item's dash", Context{}, []string{para, ">>1ـ المستشرق ماسينبون المتوفى عام 1962م", "2ـ المستشرق بلاشير", para}, document.RoleListItem, RuleListNumbered},
	{"a year alone is no counter", Context{HasTitle: true}, []string{para, ">>1948", para}, document.RoleParagraph, RuleParagraph},
	{"a count in a sentence is text", Context{}, []string{para, ">>شاهد المباراة 1234 مشجعا في الملعب الكبير وسط أجواء حماسية.", para}, document.RoleParagraph, RuleParagraph},
	{"a word-processor field code", Context{}, []string{para, ">>INCLUDEPICTURE \"http://example.com/img/1.jpg\" \\* MERGEFORMATINET", para}, document.RoleResidue, RuleFieldCode},
	{"a menu on one line", Context{}, []string{"العنوان", ">>الرئيسية | أخبار | اقتصاد | رياضة | ثقافة", para, para}, document.RoleResidue, RuleMenuLine},
	{"two parts are a kicker, not a menu", Context{}, []string{">>مصر | الحكومة تعلن خطة جديدة لدعم الصادرات", para, para}, document.RoleTitle, RuleTitle},
	{"a menu entry that is a sentence is no menu", Context{}, []string{para, ">>قال الوزير: نعم | وأضاف أن الخطة جاهزة | ثم غادر القاعة بعد المؤتمر الصحفي الذي عقده اليوم.", para}, document.RoleParagraph, RuleParagraph},
	{"the site's name over the page", Context{}, []string{">>الجزيرة نت", "وزير المالية يعلن خطة لخفض العجز", para, para}, document.RoleResidue, RuleSiteName},
	{"a domain over the page", Context{}, []string{">>Hespress.com", "وزير المالية يعلن خطة لخفض العجز", para, para}, document.RoleResidue, RuleSiteName},
	{"an agency under the body credits it", Context{}, []string{"وزير المالية يعلن خطة لخفض العجز", para, para, ">>رويترز"}, document.RoleCredit, RuleAgencyAlone},
}

func init() { ruleCases = append(ruleCases, furnitureCases...) }

func TestShareTokens(t *testing.T) {
	got := shareTokens("Share on twitterShare on whatsapp | Email")
	want := []string{"share", "on", "twitter", "share", "on", "whatsapp", "email"}
	if len(got) != len(want) {
		t.Fatalf("shareTokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("shareTokens = %q, want %q", got, want)
		}
	}
}
