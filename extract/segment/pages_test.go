package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// tickerBlock is a news ticker as pandoc writes it: headlines, each after
// an image without alt text (`[]`), wrapped into one block.
var tickerBlock = []string{
	"[] نقابة الصيادلة تعلن عن برنامج تدريبي جديد للأعضاء في العاصمة",
	"والمحافظات [] الجيش يعلن ضبط كميات من المخدرات على الحدود الشمالية",
	"الشرقية [] وزير المالية يتسلم جائزة دولية لأفضل وزير مالية في الشرق",
	"الأوسط [] الأمطار الغزيرة تغلق عددا من الطرق في المحافظات الجنوبية",
}

// sayings are quoted sayings one a line, each with its source.
var sayings = []string{
	`"قبل أن تشتري منزلاً، استفسر عن الجار." (مثل ألماني)`,
	`"احب جارك لكن لا تهدم الجدار الفاصل بينكما." (مثل نرويجي)`,
	`"كن في حرب مع عيوبك وفي سلام مع جيرانك، ودع كل عام جديد يجدك رجلاً`,
	`أفضل." (بنيامين فرانكلين)`,
	`"معرفة المرء لنفسه حكمة، لكن عدم معرفة المرء لجيرانه عبقرية." (مينا`,
	`أنتريم)`,
}

// mark returns lines with the one at i marked as checked.
func mark(lines []string, i int) []string {
	out := append([]string(nil), lines...)
	out[i] = ">>" + out[i]
	return out
}

// cat joins runs of lines.
func cat(runs ...[]string) []string {
	var out []string
	for _, r := range runs {
		out = append(out, r...)
	}
	return out
}

// pagesCases are the cases of the rules for other converters' page dumps.
var pagesCases = []ruleCase{
	{"a block of headlines parted by empty image tokens", Context{}, cat([]string{para, ""}, mark(tickerBlock, 2), []string{"", para}), document.RoleResidue, RuleImageTicker},
	{"a hard-wrapped ticker, one unit, parted by its tokens", Context{}, cat(wrapped("", 0, 66, para+" "+para+" "+para), []string{""}, tickerBlock, []string{"", "عاجل", "", ">>الجيش يعلن ضبط كميات من المخدرات على الحدود الشمالية", ""}, wrapped("", 0, 66, para+" "+para+" "+para)), document.RoleResidue, RuleImageTicker},
	{"a line of the ticker without a token is the ticker's", Context{}, cat([]string{para, ""}, tickerBlock[:2], []string{">>الحكومة تقر الموازنة الجديدة للعام المقبل بعد نقاش طويل"}, tickerBlock[2:], []string{"", para}), document.RoleResidue, RuleImageTicker},
	{"a ticker's headline set again alone", Context{}, cat([]string{para, ""}, tickerBlock, []string{"", "عاجل", "", ">>الجيش يعلن ضبط كميات من المخدرات على الحدود الشمالية", "", para}), document.RoleResidue, RuleImageTicker},
	{"a run of quoted sayings", Context{}, cat([]string{para, "أمثال عن الجار:"}, mark(sayings, 1)), document.RoleListItem, RuleQuotedSaying},
	{"a saying wrapped onto a second line", Context{}, cat([]string{para, "أمثال عن الجار:"}, mark(sayings, 3)), document.RoleListItem, RuleQuotedSaying},
	{"its source wrapped onto a second line", Context{}, cat([]string{para, "أمثال عن الجار:"}, mark(sayings, 5)), document.RoleListItem, RuleQuotedSaying},
	{"a Markdown dump's one first-level heading is the title", Context{}, cat([]string{"  * [الرئيسية](https://example.com/)", "  * [محليات](https://example.com/local)", "", ">># سرقة منزل أميرة سعودية في باريس", ""}, []string{para, para}), document.RoleTitle, RuleStarredTitle},
	{"a one-word first-level heading is a section's name", Context{}, []string{">># ثقافة", "فيلم جاذبية يتصدر ترشيحات جوائز الأكاديمية البريطانية", para, para}, document.RoleResidue, RuleSectionName},
	{"a line of Markdown links is residue", Context{}, cat([]string{">>  * [الرئيسية](https://example.com/) | [محليات](https://example.com/local)", "![](https://example.com/photo.jpg)", ""}, []string{para, para}), document.RoleResidue, RuleMarkdownLink},
	{"a sentence holding a link is no link line", Context{}, []string{para, ">>[الوزير](https://example.com/m) قال إن الاجتماع بحث تطورات الأوضاع في المنطقة.", para}, document.RoleParagraph, RuleParagraph},
	{"of the lines a page repeats, the title is the one nearest its body", Context{}, cat([]string{"[اليوم السابع]", ""}, []string{"  * الرئيسية", "  * أخبار عاجلة", "  * سياسة", "  * اقتصاد", "  * رياضة", "  * فن", "  * حوادث", "  * منوعات", "", "[اليوم السابع]", "", ">>الحكومة تقر الموازنة الجديدة للعام المقبل", "", "[الحكومة تقر الموازنة الجديدة للعام المقبل]", ""}, []string{para + " " + para, "", para + " " + para, "", para}), document.RoleTitle, RulePageTitle},
	{"a question the page sets as text and as an image's alt is the title, as text", Context{}, cat([]string{"[موقع العرب]", ""}, []string{"  * الرئيسية", "  * أخبار عاجلة", "  * سياسة", "  * اقتصاد", "  * رياضة", "  * فن", "  * حوادث", "  * منوعات", "", ">>كيف تتم الشكوى على الجيران في القانون البريطاني؟", "", "[كيف تتم الشكوى على الجيران في القانون البريطاني؟]", ""}, []string{para + " " + para, "", para + " " + para, "", para}), document.RoleTitle, RulePageTitle},
	{"html2text's one first-level heading is the title", Context{}, cat([]string{"الرئيسية", "محليات", ">>****** الحكومة تقر الموازنة الجديدة ******", ""}, []string{para, para}), document.RoleTitle, RuleStarredTitle},
	{"an image token naming a file", Context{}, []string{para, "", ">>[iraq_16]", "أخطاء الماضي ذهبت مع الذين رحلوا", "", para}, document.RoleResidue, RuleImageToken},
	{"the caption under it", Context{}, []string{para, "", "[iraq_16]", ">>أخطاء الماضي ذهبت مع الذين رحلوا", "", para}, document.RoleCaptionAR, RuleImageCaption},
	{"a caption that repeats the image's alt text", Context{}, []string{para, "", "     [مقتل طفلين شقيقين في مصر - غيتي]", ">>مقتل طفلين شقيقين في مصر - غيتي", "", para}, document.RoleCaptionAR, RuleImageCaption},
	{"a link html2text set twice, its words joined by underscores", Context{}, []string{para, "", "[تابع_صفحتنا_على_فيسبوك]", ">>تابع_صفحتنا_على_فيسبوك", "", para}, document.RoleResidue, RuleImageToken},
	{"the line over the sayings heads them", Context{}, cat([]string{para, ">>أمثال وحكم عن الجار:"}, sayings), document.RoleHeading, RuleListHeading},
}

// pagesNegatives are lines the rules for other converters' page dumps
// must not take: the role is left to the other rules.
var pagesNegatives = []ruleCase{
	{"a paragraph with one image token is no ticker", Context{}, []string{para, "", ">>وقال المتحدث إن الاجتماع [] بحث تطورات الأوضاع في المنطقة وسبل دعم", "الاستقرار فيها وأكد أهمية التعاون بين الدول في مواجهة التحديات", "المشتركة في المرحلة المقبلة وفق ما اتفق عليه الطرفان", "", para}, document.RoleParagraph, RuleParagraph},
	{"two first-level headings are the page's", Context{}, []string{"****** الموقع الإخباري ******", ">>****** الحكومة تقر الموازنة الجديدة ******", para, para}, "", ""},
	{"a first-level heading set again without stars leaves the title to the copy", Context{}, []string{"الرئيسية", ">>****** الحكومة تقر الموازنة الجديدة ******", "الحكومة تقر الموازنة الجديدة", para, para}, "", ""},
	{"an alt text over a different line is no caption's token", Context{}, []string{para, "", ">>[مقتل طفلين شقيقين في مصر]", "الحكومة تقر الموازنة الجديدة", "", para}, "", ""},
	{"a file token over a sentence leaves it to the other rules", Context{}, []string{para, "", "[iraq_16]", ">>" + para, "", para}, "", ""},
	{"one word under a file's token is no caption", Context{}, []string{para, "", "[iraq_16]", ">>العراق", "", para}, "", ""},
	{"two sayings are no run", Context{}, cat([]string{para, "أمثال عن الجار:"}, mark(sayings[:2], 0), []string{para}), document.RoleParagraph, RuleParagraph},
	{"a quotation a paragraph goes on after is no saying", Context{}, []string{para,
		`>>"قبل أن تشتري منزلاً، استفسر عن الجار." هكذا قال المثل الألماني الذي يردده الناس`,
		`"احب جارك لكن لا تهدم الجدار الفاصل بينكما." (مثل نرويجي)`,
		`"من يلقي الشوك لدى جاره، يجده ينبت في حديقته." (مثل روسي)`, para}, document.RoleParagraph, RuleParagraph},
}

func TestPagesRules(t *testing.T) {
	checkRuleCases(t, pagesCases)
	for _, tc := range pagesNegatives {
		l := segmentMarked(t, tc.ctx, tc.lines)
		if r := l.Rule; r == RuleImageTicker || r == RuleQuotedSaying || r == RuleListHeading || r == RuleStarredTitle || r == RuleImageToken || r == RuleImageCaption {
			t.Errorf("%s: line %q taken by %s", tc.name, l.Text, r)
		}
	}
}

func TestPageTitleNearBody(t *testing.T) {
	// the site's name is set over the page and in its footer, the
	// article's title over the body and again (as pandoc's `[title]`)
	// under its date: the title is the one set again before the body ends
	lines := []string{"[القلعة الإخبارية]", "الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "فنون", "مجتمع", "كتاب",
		"أمثال وحكم الغرب عن الجار", "[أمثال وحكم الغرب عن الجار]"}
	for range 6 {
		lines = append(lines, para)
	}
	lines = append(lines, "من نحن", "اتصل بنا", "أرسل لنا", "الوفيات", "جامعات", "برلمانيات", "مقالات", "[القلعة الإخبارية]")
	got := fixtureLinesOf(lines)
	Segment(got, Context{})
	if got[9].Role != document.RoleTitle {
		t.Errorf("line 10: got %s (%s), want title", got[9].Role, got[9].Rule)
	}
	if got[0].Role == document.RoleTitle {
		t.Errorf("line 1, the site's name, taken for the title")
	}
}

// fixtureLinesOf makes free lines of texts.
func fixtureLinesOf(texts []string) []document.Line {
	lines := make([]document.Line, len(texts))
	for i, t := range texts {
		lines[i] = document.Line{N: i + 1, Text: t}
	}
	return lines
}

// TestEveryRuleHasACase reads ruleCases.
func init() { ruleCases = append(ruleCases, pagesCases...) }

func TestWrappedHead(t *testing.T) {
	// a page whose body's first paragraph is wrapped, its first line
	// holding few function words: it is the body's, not the page's chrome
	lines := page(0, 0)[:10]
	lines[0] = lines[0][2:]
	lines = append(lines, "",
		"حصلت الصحيفة على صور أحد المتهمين بقتل جارهم بعد صفع أحدهم لزوجة ابن",
		"عمه ما دفعه للتدخل وفور تدخله انهال عليه المتهمين ضربا بالعصي والسكاكين حتى أردوه قتيلا.", "")
	for range 5 {
		lines = append(lines, para, "")
	}
	lines = append(lines, "من نحن", "اتصل بنا", "أرسل لنا", "الوفيات", "جامعات", "برلمانيات", "مقالات", "رياضة")
	got := fixtureLinesOf(lines)
	Segment(got, Context{})
	if got[11].Rule == RulePageChrome {
		t.Errorf("line 12, the paragraph's first line, taken for page chrome")
	}
}
