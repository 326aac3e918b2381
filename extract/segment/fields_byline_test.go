package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// bylineCases: the lines that name the author, and the lines that only
// look like it.
var bylineCases = []ruleCase{
	{"a quote under a title is no name", Context{}, []string{"الصالون الثقافي ..ما له وماعليه", "سعاد الكواري: ندعو جميع المثقفين لتقديم اقتراحاتهم",
		">>د حسن رشيد: المبدع المحلي أصابنا بالإحباط", "سعد بورشيد: على الصالون أن يناقش قضايا الشباب", para}, document.RoleHeading, RuleDeckUnderTitle},
	{"a name with a dash under the decks", Context{}, []string{"العراق يلاقي تونس في نهائي كأس العرب", "مباراة اليوم مصيرية .. ولقب الهداف إنجاز كبير كنت آمله من الموسم الأول",
		">>يحيى الحلالي -", para}, document.RoleByline, RuleBylineShape},
	{"a place and a name under four decks", Context{}, append(append([]string{"أورهان باموك لـ الوطن: التأريخ ليس رصد ما يفعله الملوك"}, decks4...),
		">>صوفيا - محمد خلف:", para), document.RoleByline, RuleBylineShape},
	{"names and the outlet", Context{}, []string{"حوارات دعوية(10) طلب التصدّر.. عين التقهقر", "2012-05-17", "",
		">>أسماء علي كريم وليلى مصطفى مواسي- المشهد", para}, document.RoleByline, RuleBylineShape},
	{"the date, the place and the name", Context{}, []string{"ثلاثون سنة مرت على رحيل محمد الصديق بن يحيى", "الدبلوماسي المحنك الذي وصفه الفرنسيون بـ''الثعلب''",
		">>الخميس 03 ماي 2012الجزائر: حميد عبد القادر", para}, document.RoleDateline, RuleDatedByline},
	{"a name with a dash below the body is no byline", Context{}, []string{"العراق يلاقي تونس في نهائي كأس العرب", para,
		">>يحيى الحلالي -", para}, document.RoleHeading, RuleHeading},
	{"a heading with a dash is no byline", Context{}, []string{"العراق يلاقي تونس في نهائي كأس العرب", para,
		">>الدوري الأقوى - والمنافسة ساخنة", para}, document.RoleHeading, RuleHeading},
	{"a name and a date under a page's title", Context{}, underPageTitle(">>محمد شركي2020-03-26"), document.RoleByline, RuleBylineUnderTitle},
	{"the date, then بقلم and the name, under a page's title", Context{}, underPageTitle(">>2 ديسمبر 2025 بقلم سارة عبد الله"), document.RoleByline, RuleBylineUnderTitle},
	{"a name and more than a date is the page's", Context{}, underPageTitle(">>محمد شركي/ 26/03/2020/0/ 1.5k"), document.RoleResidue, RulePageChrome},
	{"a name right over the body, far under a page's title", Context{}, underPageTitle(append(menu20(), ">>أ.د. قحطان عدنان بكر")...), document.RoleByline, RuleBylineUnderTitle},
	{"a name right over a page's title", Context{}, overPageTitle(">>   نعيمة عبدالوهاب المطاوعة"), document.RoleByline, RuleBylineUnderTitle},
	{"a site's name and the date under a page's title", Context{}, underPageTitle(">>Le12.ma 22:34 - 28 ديسمبر 2023"), document.RoleDateline, RuleDateUnderTitle},
	{"a menu's date item is the page's", Context{}, underPageTitle(">>* السبت 6 يناير 2024"), document.RoleResidue, RulePageChrome},
	{"a name under the last paragraph", Context{}, []string{"الجميلات النائمات لياسوناري كاواباتا", para, para, ">>سمير الزبن"}, document.RoleByline, RuleNameSignoff},
	{"a name with a title under a paragraph", Context{}, []string{"في الذكرى الألفية لأبي العلاء المعري", para, para, ">>د. صلاح الدين يونس", "", para + " " + para}, document.RoleByline, RuleNameSignoff},
	{"a name and a place under the last paragraph", Context{}, []string{"الجميلات النائمات لياسوناري كاواباتا", para, para, para, para, ">>مختار اليافعي - الرياض"}, document.RoleByline, RuleNameSignoff},
	{"a name over a paragraph opens its section", Context{}, []string{"منتدى أصيلة يحتفي بالأستاذ محمد العربي المساري", para, ">>عبد الكريم غلاب", para}, document.RoleHeading, RuleHeading},
	{"two words under the last paragraph that are no name", Context{}, []string{"الجميلات النائمات لياسوناري كاواباتا", para, para, ">>انتهى العرض"}, document.RoleParagraph, RuleParagraph},
	{"a starred outlet closing the article", Context{}, []string{"ماذا تريد إيران من اليمن؟!", para, para, ">>* الشرق القطرية"}, document.RoleAttribution, RuleStarredSource},
	{"a list's last starred item", Context{}, []string{"ماذا تريد إيران من اليمن؟!", para, "* الجزيرة نت", ">>* الشرق القطرية"}, document.RoleListItem, RuleListBullet},
	{"a starred phrase closing the article", Context{}, []string{"ماذا تريد إيران من اليمن؟!", para, para, ">>* وللحديث بقية"}, document.RoleListItem, RuleListBullet},
	{"an aggregator's byline, the name glued to it", Context{}, []string{"ابن القطان – المشيخة (34)", ">>محمد السرارنشر في ميثاق الرابطة يوم 20 - 09 - 2012", para}, document.RoleByline, RulePublishedByline},
	{"a sentence saying where a piece was published", Context{}, []string{"ابن القطان – المشيخة (34)", para, ">>وكان المقال نشر في ميثاق الرابطة يوم 20 - 09 - 2012 ثم أعيد نشره", para}, document.RoleParagraph, RuleParagraph},
	{"a source line naming the reporter", Context{}, []string{"قوة النظرة", ">>المصدر: النهار - بسكال لوقا", para}, document.RoleByline, RuleSourceByline},
	{"a source line naming outlets", Context{}, []string{"قوة النظرة", para, ">>المصدر: النهار - وكالات"}, document.RoleAttribution, RuleSource},
}

// underPageTitle is a full-page dump (page) with lines between the title
// and the body.
func underPageTitle(lines ...string) []string {
	p := page(0, 6)
	p[0] = strings.TrimPrefix(p[0], ">>")
	out := append([]string{}, p[:10]...)
	out = append(out, "عربي ودولي")
	out = append(out, lines...)
	return append(out, p[10:]...)
}

// overPageTitle is a full-page dump (page) with lines between the
// breadcrumb and the title.
func overPageTitle(lines ...string) []string {
	p := page(0, 6)
	p[0] = strings.TrimPrefix(p[0], ">>")
	out := append([]string{}, p[:9]...)
	out = append(out, lines...)
	return append(out, p[9:]...)
}

// menu20 is twenty lines of a page's menu.
func menu20() []string {
	var out []string
	for range 5 {
		out = append(out, "   * الصفحة الرئيسية", "   * أخبار الكلية", "   * نشاطات الكلية", "   * الدراسات العليا")
	}
	return out
}

// decks4 are four decks under a title, so that a line under them is past
// the place-dash-agency rule's reach.
var decks4 = []string{"", "كنت من الطبقة المتوسطة في اسطنبول وكان عدد سكانها قليلا", "", "فكرة ان المسلمين ميالون الى الخنوع والاذعان هي نزعة غربية",
	"", "ان الاستياء والسخط والتمرد حالات إنسانية يجب أن تحترم", "", "كم ذرفت دموع الفرح لثورات الربيع العربي", ""}

func init() { ruleCases = append(ruleCases, bylineCases...) }
