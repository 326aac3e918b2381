package segment

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// longPara is a paragraph of a document whose paragraphs are long.
var longPara = strings.Repeat(para+" ", 5)

// listCases are the cases of the list mechanisms (lists*.go), run with
// the others by TestSegmentRules.
var listCases = []ruleCase{
	{"a letter's lines of uneven lengths are no list", Context{HasTitle: true}, []string{longPara, longPara, "مفتي الديار المصرية", "محمد عبده", ">>إذا تفضل الحكيم بالجواب فليكن باللغة الفرنسبة فأنا لا أعرف من اللغات الأوروبية سواها محمد عبده\"", "ورد تولستوي بخطاب رقيق إلى محمد عبده يقول فيه:", "\"المفتي محمد عبده", "صديقي العزيز", longPara}, document.RoleParagraph, RuleParagraph},
	{"an unclosed bracket is a bullet", Context{}, []string{para, "هوامش", ">>[ اعلنت الشرطة البريطانية أمس انها اوقفت 29 شخصا منذ بدء الالعاب", "[ لاحظ صحافي في وكالة فرانس برس ان الشعلة الاولمبية انطفأت", para}, document.RoleListItem, RuleListBullet},
	{"a bracketed note is no bullet", Context{}, []string{para, ">>[ صورة ] وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة.", para}, document.RoleParagraph, RuleParagraph},
	{"a name that lost its dash is one more item", Context{}, []string{para, "- حسين عوض موسى", "- حسين الرفاعي", ">>خالد العليي", "- حيدر أحمد يوسف", para}, document.RoleListItem, RuleListContinued},
	{"the rows after a list's last dash are items", Context{}, []string{para, "- ياسر نصار", "- نجيب العذري", "- فيصل الدبا", ">>جمال الطويل", "محمد القملي"}, document.RoleListItem, RuleListContinued},
	{"the line over body text after a list is its heading", Context{}, []string{para, "- ياسر نصار", "- نجيب العذري", "محمد القملي", ">>الجمباز الوحيشي يطيح بالاهجري", para}, document.RoleHeading, RuleHeading},
	{"a line going on after a long item is no item", Context{}, []string{para, "- " + para + " " + para, ">>ما وقع ..", "- " + para + " " + para, para}, document.RoleParagraph, RuleParagraph},
	{"a sentence after items that are not is no item", Context{}, []string{para, "- ياسر نصار", "- نجيب العذري", ">>يقدم الحكم تقريرا بالحالة.", ""}, document.RoleParagraph, RuleParagraph},
	{"a row before the first dash with the rows' shape", Context{}, []string{para, "اتحاد الشطرنج:", ">>صبري عبدالمولى - رئيساً «80»", "- رويدا عبدالسلام - عضوا «87»", "- توفيق الصراحة - عضوا «46»", para}, document.RoleListItem, RuleListContinued},
	{"a line lacking what every row has heads the next list", Context{}, []string{para, "- أمين المدعي - رئيساً", "- صائب نعمان - نائباً «21»", ">>اتحاد السباحة", "- خالد الخليفي - رئيساً", "- مدحت السقاف - نائباً «14»", para}, document.RoleHeading, RuleListBetween},
	{"a line opening as the labels do heads the next list", Context{}, []string{para, "اتحاد الشطرنج:", "- محسن سنان", "- فؤاد الجمالي", ">>اتحاد الطاولة", "- عصام السنيني", "- عبدالله الصنعاني", para, "اتحاد الفروسية:", "- ياسر نصار", para}, document.RoleHeading, RuleListBetween},
	{"a short line over a dashed list is its heading", Context{}, []string{para, "", ">>الرواقي رواية لحامد بن عقيل", "", "- الكتاب: الرواقي", "- الكاتب: حامد بن عقيل", para}, document.RoleHeading, RuleListHeading},
	{"verse after a dash line is no list", Context{}, []string{para, "ـ أنظر في ساعة اليد.", ">>أشرب كأس عصير،", "وأقضم تفاحة،", "وأطيل التأمل في نملة وجدت رزقها،", para}, document.RoleParagraph, RuleParagraph},
	{"rows under labels", Context{}, []string{para, "", "مؤشر المقاومة النسبية RSI:", ">>عند مستوى 49 وهو هابط.", "", "حواجز الدعم:", "أقرب حاجز دعم رئيسي للمدى القصير عند 8123.", "ثاني أقرب حاجز دعم للمدى المتوسط عند 8000.", "", para}, document.RoleListItem, RuleLabelRows},
	{"one label over a short line makes no rows", Context{}, []string{para, "", "حواجز الدعم:", ">>أقرب حاجز دعم رئيسي للمدى القصير عند 8123.", "", para}, document.RoleParagraph, RuleParagraph},
	{"a label over text running on makes no rows", Context{}, []string{para, "", "مؤشر المقاومة النسبية RSI:", ">>عند مستوى 49 وهو هابط.", para, "", "حواجز الدعم:", "أقرب حاجز دعم رئيسي للمدى القصير عند 8123.", "", para}, document.RoleParagraph, RuleParagraph},
	{"a speaker's label repeating makes no rows", Context{}, []string{para, "", "الرئيس:", ">>لا نتوقع ذلك.", "", "الرئيس:", "نعم بالتأكيد.", "", para}, document.RoleParagraph, RuleParagraph},
	{"dated teasers after the article", Context{}, []string{"عنوان المقال", para, para, "", "مقالات ذات صلة", "", "الحرية والأمن من الصراع إلى التوازن", "", "2025-12-16", "", ">>الجزائر خضراء بإذن الله: تأملات في وعي الفعل", "", "2025-11-10"}, document.RoleResidue, RuleDatedTeasers},
	{"bulleted teasers with their dates", Context{}, []string{"عنوان المقال", para, para, "", "   * أعطاب التفلسف واغتراب المتفلسفة في عالمنا العربي", ">>       2025-06-16", "   * الإسلام الملاذ الآمن لنا وللإنسانية", "       2025-06-02"}, document.RoleResidue, RuleDatedTeasers},
	{"one date under the body is no teaser", Context{}, []string{"عنوان المقال", para, para, "الإسلام الملاذ الآمن لنا وللإنسانية", ">>2025-06-02"}, document.RoleDateline, RuleDateLine},
	{"dates far apart in the body are no teasers", Context{}, []string{"عنوان المقال", "2025-06-16", para, para, para, para, ">>2025-06-02", para}, document.RoleDateline, RuleDateLine},
	{"a list of bullets set twice is chrome", Context{}, []string{"عنوان المقال", "   * فيسبوك", "   * تويتر", "   * يوتيوب", para, para, "", ">>   * فيسبوك", "   * تويتر", "   * يوتيوب"}, document.RoleResidue, RuleRepeatedList},
	{"an item said twice in one list is no chrome", Context{}, []string{"عنوان المقال", para, "- اذا تم ركل الكرة بعد الاسقاط مباشرة", ">>- اذا تم ركل الكرة بعد الاسقاط مباشرة", para}, document.RoleListItem, RuleListBullet},
	{"notes citing a source twice are no chrome", Context{}, []string{"عنوان المقال", para, "1. التكملة (4/26).", "2. الوافي بالوفيات (20/14).", para, ">>1. التكملة (4/26).", "2. الوافي بالوفيات (20/14)."}, document.RoleListItem, RuleListNumbered},
	{"an unmarked item may be long when the document's paragraphs are longer", Context{}, []string{para + " " + para, "", "أحداث 2012", "برمجيات دقيقة تستهدف الأجهزة", ">>ظهور برنامجين كدليل على تمويل حكومي لعمليات تتعلق بالحرب الالكترونية في المنطقة", "سرقة شهادات المواقع", "", para + " " + para}, document.RoleListItem, RuleUnmarkedList},
	{"a long line going on with a comma ends an unmarked list", Context{}, []string{para + " " + para, "", "أحداث 2012", "برمجيات دقيقة تستهدف الأجهزة", "نمو غير مسبوق لتهديدات الهواتف", ">>ظهور برنامجين كدليل على تمويل حكومي لعمليات تتعلق بالحرب الالكترونية في المنطقة،", para + " " + para}, document.RoleParagraph, RuleParagraph},
	{"quotes under the headline are no key-value rows", Context{}, []string{"الصالون الثقافي ما له وما عليه", "د حسن رشيد: المبدع المحلي أصابنا بالإحباط بسبب غياب الدعم عن الصالون", ">>د مريم النعيمي: أتمنى اختيار ضيوف متنوعين عن طريق لجنة من المثقفين", "كتب- مصطفى عبد المنعم: " + para, para}, document.RoleHeading, RuleHeading},
	{"a timeline's rows", Context{}, []string{para, "محطات مهمة في التاريخ:", "636 - الفتح العربي يطيح بالامبراطورية الساسانية.", "القرن التاسع - ظهور اللغة الفارسية الحديثة.", ">>1980-1988 - الحرب العراقية الإيرانية.", "1989 - وفاة قائد الثورة، ويخلفه في منصب المرشد الأعلى خامنئي الذي كان رئيسا للبلاد منذ عام 1981 وحتى ذلك الحين.", para}, document.RoleListItem, RuleTimelineRow},
	{"two rows opening with a year are no timeline", Context{}, []string{para, ">>1953 - البرلمان يقرر تأميم صناعة النفط في البلاد بعد جدل طويل.", "1979 - الثورة تطيح بالنظام وتعلن قيام الجمهورية في استفتاء عام.", para}, document.RoleParagraph, RuleParagraph},
	{"a verb of saying anywhere before the colon makes speech, no row", Context{}, []string{para, "فعادت تقول: أصلك فضلتي منورة النور طول الليل.", ">>وعدت أسأل: عمر مين؟", "فرد بسرعة: مع عمر.", para}, document.RoleParagraph, RuleParagraph},
	{"rows with figures under the headline stay rows", Context{}, []string{"نتائج الجولة", "الحضور: حضر المباراة الاولى 64 الف متفرج في الملعب الاولمبي بكييف", ">>الاهداف: سجل الفريقان 5 اهداف في الشوط الثاني من المباراة الثانية", para}, document.RoleListItem, RuleKeyValue},
	{"a numbered line numbering again under another is a heading", Context{}, []string{para, "", "2. الأمل وتأثيره العميق في حياة الإنسان", "", ">>1.الأمل كقوة نفسية:", "", para, "", "2.تأثير الأمل على الصحة النفسية:", "", para}, document.RoleHeading, RuleNumberedHeading},
	{"a numbered line over a label is a heading", Context{}, []string{para, "", ">>1. كيف يمكن تغذية الأمل؟", "", "التفكير الإيجابي:", "", para}, document.RoleHeading, RuleNumberedHeading},
	{"a numbered line going on from the one before stays an item", Context{}, []string{para, "", "1. الأمل وتأثيره العميق", ">>2. الأمل كقوة نفسية", "", "التفكير الإيجابي:", para}, document.RoleListItem, RuleListNumbered},
	{"a line over items that open alike, unlike those before, heads them", Context{}, []string{para, "ـ الذهب الإبريز على القرآن الكريم في ثلاثة أجزاء", "ـ الأجوبة اللدنية", ">>من أشهر العلماء والمشايخ الذين صدرهم الشيخ", "ـ الشيخ سيديا بن المختار", "ـ الشيخ أحمدو بن اعويس", para}, document.RoleHeading, RuleListBetween},
	{"a line among items that all open alike is one more", Context{}, []string{para, "ـ الشيخ القاضي بن الحاج", "ـ الشيخ بن آمني المجلسي", ">>محمد الامين بن عبد الوهاب", "ـ الشيخ سيديا بن المختار", "ـ الشيخ أحمدو بن اعويس", para}, document.RoleListItem, RuleListContinued},
	{"a symbol font's bullet become a letter", Context{}, []string{para, "ماهي أسباب ارتفاع ضغط الدم؟", ">>aـ تصلب الشرايين", "a التهاب الكلى المزمن", "a البدانة", para}, document.RoleListItem, RuleGlyphBullet},
	{"a question over a list is its heading", Context{}, []string{para, ">>ماهي أسباب ارتفاع ضغط الدم؟", "aـ تصلب الشرايين", "a التهاب الكلى المزمن", "a البدانة", para}, document.RoleHeading, RuleListHeading},
	{"two lines opening with a letter are no list", Context{}, []string{para, ">>a التهاب الكلى المزمن", "a البدانة", para}, document.RoleHeading, RuleHeadingStack},
	{"a dashed line under a lead-in to speech is what was said", Context{}, []string{para, "بعد أن تجاوز مفازة الصمت التي يضعها بين أي سؤال وبين اجابته، قال:", ">>ـ وعيت مقولة أحد الموسيقيين العالميين بأن الموسيقى تستطيع أن تستوعب كل مظاهر الحياة.", para}, document.RoleParagraph, RuleDashSpeech},
	{"a dashed line under a label stays an item", Context{}, []string{para, "العقوبات الانضباطية بخصوص لعب الكرة باليد:", ">>- يجب انذار اللاعب اذا كان لعب الكرة باليد قد منع هدفا محققا للفريق المنافس.", para}, document.RoleListItem, RuleListBullet},
	{"dashed lines under a lead-in to speech are a list", Context{}, []string{para, "وقال المتحدث في ختام المؤتمر:", ">>- " + para, "- " + para, para}, document.RoleListItem, RuleListBullet},
	{"a table's first rows may hold a longer key", Context{}, []string{para, ">>عمالات كازا (1882 إصابة فالمجموع): البرنوصي 628، عين السبع 302، آنفا 282", "آخر تحديث: الأحد 6 يونيو مع 18:00", "الأقاليم: طنجة 1735، العرايش 370، تطوان 265", "آخر تحديث: اليوم الخميس مع 18:00", "الأقاليم: الرباط 305، سلا 245، الصخيرات 151", para}, document.RoleListItem, RuleKeyValue},
	{"a sentence with figures over a table is no row", Context{}, []string{para, ">>اليوم، جهة الشمال سجلات أرقام مرتفعة بحيث سجلات 125 حالة و30 شفاء و2 وفاة: التفاصيل", "آخر تحديث: الأحد 6 يونيو مع 18:00", "الأقاليم: طنجة 1735، العرايش 370، تطوان 265", "آخر تحديث: اليوم الخميس مع 18:00", "الأقاليم: الرباط 305، سلا 245، الصخيرات 151", para}, document.RoleParagraph, RuleParagraph},
	{"a section's heading over a list's heading", Context{}, []string{para, "", ">>التحليل الفني", "", "حواجز الدعم:", "- أقرب حاجز دعم رئيسي للمدى القصير عند 8123.", "- ثاني أقرب حاجز دعم للمدى المتوسط عند 8000.", "", para}, document.RoleHeading, RuleOverListHeading},
	{"a line right under a paragraph over a list's heading is no heading", Context{}, []string{para, "", para, ">>في مؤتمر صحفي عقده أمس", "حواجز الدعم:", "- أقرب حاجز دعم رئيسي للمدى القصير", "- ثاني أقرب حاجز دعم للمدى المتوسط", para}, document.RoleParagraph, RuleParagraph},
	{"a counted list is no page chrome", Context{}, []string{"دبي، الإمارات العربية المتحدة (CNN)", para, "1 . الإمارات", "2 . البحرين", "3 . الجزائر", "4 . السنغال", "5 . السودان", "6 . العراق", "7 . الكويت", "8 . المغرب", ">>9 . المملكة العربية السعودية", "10 . المملكة المتحدة", "11 . اليمن", para}, document.RoleListItem, RuleListNumbered},
	{"a point counted in words and made in sentence after sentence is a paragraph", Context{}, []string{para, "", ">>أولا: الرؤية هي إدراك المرئي من الجهة المقابلة. وقيل: النظر تقليب البصر حيال مكان المرئي طلبا لرؤيته. ويقال: نظرت فلم ار شيئا، والنظر لا يكون الا مع فقد العلم بخلاف الرؤية التي تكون مع العلم. ولهذا لا يصلح النظر في الشيء ليعلم الا وهو مجهول عند الناظر.", "", "ثانيا: وقد يراد بالنظر التأمل والفحص. وقد يراد به الانتظار كما في قوله تعالى، فذلك حث على التأمل في حكمة الخلق وعجائب المخلوقات وما فيها من دلائل.", "", para}, document.RoleParagraph, RuleParagraph},
	{"points counted in words are items", Context{}, []string{para, "", ">>أولا: «تحديا دستوريا» له صلة بالعلاقة بين الكونغرس والرئيس في الاتفاقيات الدولية.", "", "ثانيا: «استسلاما» لإيران التي وصفها بأنها الدولة الراعية للإرهاب في العالم.", "", para}, document.RoleListItem, RuleOrdinalItem},
	{"one point counted in words is a paragraph", Context{}, []string{para, "", ">>أولا: يجب على الحكومة أن تراجع سياستها المالية قبل نهاية العام.", "", para}, document.RoleParagraph, RuleParagraph},
	{"short points counted in words stay headings", Context{}, []string{para, "", ">>أولاً: أسس الأزمة المالية", para, "", "ثانيا: البواعث السياسية", para}, document.RoleHeading, RuleOrdinalHeading},
	{"short bullets over the rights notice are the footer's menu", Context{}, []string{"عنوان المقال", para, para, "", "   * من نحن", ">>   * اتصل بنا", "   * سياسة الخصوصية", "", "جميع الحقوق محفوظة. © 2023"}, document.RoleResidue, RuleFooterMenu},
	{"an article's list over the rights notice with long items stays a list", Context{}, []string{"عنوان المقال", para, para, "", "- " + para, ">>- " + para, "- " + para, "", "جميع الحقوق محفوظة. © 2023"}, document.RoleListItem, RuleListBullet},
	{"short bullets in the body stay a list", Context{}, []string{"عنوان المقال", para, para, "", "   * من نحن", ">>   * اتصل بنا", "   * سياسة الخصوصية", "", para}, document.RoleListItem, RuleListBullet},
}

func init() { ruleCases = append(ruleCases, listCases...) }

func TestGlyphBullet(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want rune
	}{
		{"a التهاب الكلى", 'a'},
		{"aـ تصلب الشرايين", 'a'},
		{"§ المادة الأولى", '§'},
		{"Apple أعلنت الشركة", 0},
		{"1 التهاب", 0},
		{"a is a letter", 0}, // a Latin line
	} {
		f := Feature{Clean: tt.in}
		f.Arabic, f.Latin, f.ArabicWords, f.LatinWords = script.Count(tt.in)
		if got := glyphBullet(&f); got != tt.want {
			t.Errorf("glyphBullet(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsFigureRow(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"الأقاليم: المحمدية 331، مديونة 167، النواصر 90", true},
		{"عمالات كازا (1882 إصابة فالمجموع): البرنوصي 628، آنفا 282", true},
		{"الأقاليم: المحمدية 331", false},
		{"اليوم، جهة الشمال سجلات 125 حالة و30 شفاء و2 وفاة: التفاصيل", false},
		{"- الأقاليم: المحمدية 331، مديونة 167، النواصر 90", false},
	} {
		f := Feature{Clean: tt.in, List: listMarker(tt.in)}
		if got := isFigureRow(&f); got != tt.want {
			t.Errorf("isFigureRow(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestBracketBullet(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"[ اعلنت الشرطة", true},
		{"[ صورة ] نص", false},
		{"[1] مرجع", false},
		{"[", false},
		{"[اعلنت", false},
	} {
		if got := isBracketBullet(tt.in); got != tt.want {
			t.Errorf("isBracketBullet(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
