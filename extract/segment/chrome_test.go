package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// chromeCases are the page-chrome rules' cases, added to ruleCases.
var chromeCases = []ruleCase{
	{"a browser's button", Context{}, []string{para, ">>   ____________________ (BUTTON) بحث عن", para}, document.RoleResidue, RuleFormControl},
	{"an image marker alone", Context{}, []string{para, ">>     * [facebookI.png]", para}, document.RoleResidue, RuleFormControl},
	{"a page's teasers after its share buttons", Context{}, append(page(0, 6)[:16], "(BUTTON) Facebook (BUTTON) Twitter", ">>"+para, "2025-12-31", para), document.RoleResidue, RulePageTail},
	{"the dates of other articles under a page's body", Context{}, append(page(0, 6), "مقالات ذات صلة", "عنوان مقال آخر في الموقع", ">>2025-12-31", "عنوان مقال ثالث هنا", "2025-12-30", "من نحن", "اتصل بنا"), document.RoleResidue, RulePageChrome},
	{"a date under an article's body stays a date", Context{}, []string{"الحكومة تقر الموازنة الجديدة", para, para, para, ">>2025-12-31"}, document.RoleDateline, RuleDateLine},
	{"the author's name under a page's body signs it", Context{}, append(page(0, 6)[:16], ">>سامر حبيب", "الرئيسية السياسة آراء الاقتصاد", "مواقيت الصلاة نبذة عن الوطن", "جميع حقوق النشر محفوظة لجريدة الوطن © 2025"), document.RoleByline, RuleNameSignoff},
	{"a section's name under a page's body is the footer's", Context{}, append(page(0, 6)[:16], ">>الأخبار المحلية", "الرئيسية السياسة آراء الاقتصاد", "مواقيت الصلاة نبذة عن الوطن", "جميع حقوق النشر محفوظة لجريدة الوطن © 2025"), document.RoleResidue, RulePageChrome},
	{"the site's date over its menus", Context{}, append([]string{">>السبت 06 يناير 2024"}, page(0, 6)[1:]...), document.RoleResidue, RulePageChrome},
	{"a date right over the page's title is the article's", Context{}, append(append(append([]string{}, page(0, 6)[1:9]...), ">>السبت 06 يناير 2024"), page(0, 6)[9:]...), document.RoleDateline, RuleDateLine},
	{"a short footer under a page's body", Context{}, append(page(0, 6)[:16], ">>الرئيسية السياسة آراء الاقتصاد", "مواقيت الصلاة نبذة عن الوطن", "جميع حقوق النشر محفوظة لجريدة الوطن © 2025"), document.RoleResidue, RulePageChrome},
	{"the same lines under an article that is no page", Context{}, []string{"الحكومة تقر الموازنة الجديدة", para, para, para, ">>الرئيسية السياسة آراء الاقتصاد", "مواقيت الصلاة نبذة عن الوطن", "جميع حقوق النشر محفوظة لجريدة الوطن © 2025"}, document.RoleParagraph, RuleParagraph},
	{"a page's footer of teasers and sidebars", Context{}, append(page(0, 6)[:16], ">>غلين ماكسويل ينسحب من مزادات الدوري الهندي الممتاز لموسم جديد", "أكثر من ألف قتيل في فيضانات آسيا فما أسبابها وما الذي ينتظر المنطقة بعدها؟", "البحث", "Recent Posts", "عندما يصور وجود الفلسطينيين على أنه كراهية في الإعلام", "نيك كيريوس يهزم أرينا سابالينكا في مواجهة التنس", "معركة تمثيلية في إسبانيا دقيق وبيض وألعاب نارية", "Recent Comments"), document.RoleResidue, RulePageChrome},
	{"a text browser's list of links", Context{}, []string{para, "References", "", ">>   1. http://example.com/a", "   2. https://example.com/b?x=1"}, document.RoleResidue, RuleLinkReference},
	{"its header", Context{}, []string{para, ">>References", "", "   1. http://example.com/a", "   2. https://example.com/b?x=1"}, document.RoleResidue, RuleLinkReference},
	{"a heading References over text stays a heading", Context{}, []string{para, ">>References", para}, document.RoleHeading, RuleLatinHeading},
	{"an image marker before text leaves it to the other rules", Context{}, []string{para, ">>[IMG] الرئيس يستقبل الوزير في القصر الجمهوري صباح اليوم", para}, document.RoleHeading, RuleHeading},
}

func init() {
	ruleCases = append(ruleCases, chromeCases...)
	ruleCases = append(ruleCases, ruleCase{"a teaser set twice in a long menu over the article", Context{}, teasersTwice(">>"), document.RoleResidue, RulePageChrome})
}

// teasersTwice is a page whose long top menu lists other stories, each
// title set twice (its image's alt, its link), over the article's title
// and body; mark opens the first teaser.
func teasersTwice(mark string) []string {
	teasers := []string{
		"المركز الكاثوليكي المصري يمنح عمر الشريف جائزة تقديرية عن مجمل أعماله",
		"طريقة سداد فاتورة المياه عن شهر يونيو عبر الإنترنت خطوة بخطوة",
		"تقرير يكشف عدد الملاعب الرياضية الجديدة في المحافظات هذا العام",
		"الرئيس يتفقد تدريبات المنتخب الوطني قبل مباراة الحسم المقبلة",
		"بحوث الإنتاج الحيواني يكشف عن سلالات جديدة من الأبقار الحلوب",
		"عشر معلومات عن المتحور الجديد للفيروس وأعراضه وطرق الوقاية منه",
		"ذكرى وفاة رئيس الوزراء الأسبق رجل الاقتصاد الأول في البلاد",
		"خدمات اجتماعية وصحية ملزمة لمنشآت القطاع الخاص بحسب القانون الجديد",
		"حزب الحرية يطالب بإعادة إحياء الحوار الوطني حول قانون الانتخابات",
		"النائب يطالب بزيادة مخصصات التعليم والصحة في الموازنة المقبلة",
	}
	var lines []string
	for k, t := range teasers {
		if k == 0 {
			lines = append(lines, mark+t, "", t, "")
			continue
		}
		lines = append(lines, t, "", t, "")
	}
	lines = append(lines, "بعد 24 ساعة من البحث كاميرات المراقبة تكشف مصير الطفل", "")
	for range 4 {
		lines = append(lines, para+" "+para, "")
	}
	return lines
}

func TestIsBrowserControl(t *testing.T) {
	n := normalize.New(normalize.Display)
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"(BUTTON) Facebook (BUTTON) Twitter (BUTTON) WhatsApp", true},
		{"إبحث ____________________", true},
		{"[BUTTON Input] (not implemented)______", true},
		{"[ ] Enregistrer mon nom, mon e-mail et mon site dans le navigateur", true},
		{"  * (*) نعم", true},
		{"[logo.png]", true},
		{"[sample_image_43lyAaI.png]", true},
		{"(BUTTON) [group-6.png]", true},
		{"[IMG] [IMG] الرئيسية", true},
		{"[loading.gif] Loading...", true},
		{"Top of Form", true},
		{"Bottom of Form", true},
		{"Top of Form and more", false},
		// negatives: text that only looks like a marker
		{"[1] psychcentral.com, Why Is Hope So Important?", false},
		{"[logo.jpg] صوت عمان في العالم... يومية سياسية جامعة صاحب الامتياز", false},
		{"[بعد تحميل الجريدة رجاء لا تنسوا حقوق الإشتراك]", false},
		{"وقال الوزير (في بيان) إن الاجتماع بحث الأوضاع.", false},
		{"الاسم: ____", false},
		{"( ) ", false},
	} {
		f := NewFeature(n, tc.line)
		if got := isBrowserControl(&f); got != tc.want {
			t.Errorf("isBrowserControl(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestRepeatable(t *testing.T) {
	for _, tc := range []struct {
		line document.Line
		want bool
	}{
		{document.Line{Role: document.RoleTitle, Rule: RuleTitle, Text: "جريدة الأنباء اليومية"}, true},
		{document.Line{Role: document.RoleParagraph, Rule: RuleParagraph, Text: "الرئيسية محليات رياضة"}, true},
		{document.Line{Role: document.RoleListItem, Rule: RuleListBullet, Text: "* من نحن"}, true},
		{document.Line{Role: document.RoleHeading, Rule: RuleHeading, Text: "للمزيد: أهم بنود الاتفاق"}, true},
		// a line of the article's own kind that recurs and stays
		{document.Line{Role: document.RoleDateline, Rule: RulePlaceDash, Text: "الرياض - واس"}, false},
		{document.Line{Role: document.RoleByline, Rule: RuleBylinePrefix, Text: "بقلم أحمد العرفج"}, false},
		{document.Line{Role: document.RoleAttribution, Rule: RuleSource, Text: "المصدر : وكالات"}, false},
		{document.Line{Role: document.RoleParagraph, Rule: RuleExtraAttribution, Text: "* خدمة «واشنطن بوست»"}, false},
		{document.Line{Role: document.RoleParagraph, Rule: RuleParagraph, Text: "فرانس24/ أ ف ب"}, false},
		{document.Line{Role: document.RoleResidue, Rule: RuleNavWord, Text: "شارك"}, false},
	} {
		if got := Repeatable(&tc.line); got != tc.want {
			t.Errorf("Repeatable(%s %s %q) = %v, want %v", tc.line.Role, tc.line.Rule, tc.line.Text, got, tc.want)
		}
	}
	l := document.Line{Text: "الرئيسية"}
	MarkRepeated(&l)
	if l.Role != document.RoleResidue || l.Rule != RuleRepeated || ResidueKind(l.Rule) != document.ResidueNavigation {
		t.Errorf("MarkRepeated: %s %s, kind %s", l.Role, l.Rule, ResidueKind(l.Rule))
	}
}

func TestReadsAsText(t *testing.T) {
	n := normalize.New(normalize.Display)
	for _, tc := range []struct {
		line string
		want bool
	}{
		{para, true},
		{"وقال المتحدث إن الاجتماع الذي عقد في العاصمة بحث الأوضاع في المنطقة وسبل دعم الاستقرار فيها وقرر أن يعود المجلس إلى الانعقاد فهل يتحقق ذلك؟", true},
		// a short question is a heading or a teaser's title
		{"أكثر من ألف قتيل في فيضانات آسيا فما أسبابها وما الذي ينتظر المنطقة بعدها؟", false},
		{"الرئيسية محليات رياضة", false},
	} {
		f := NewFeature(n, tc.line)
		if got := readsAsText(&f); got != tc.want {
			t.Errorf("readsAsText(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestPageRepeats(t *testing.T) {
	title := "نعمة الأمل من أجل نعم الله عز وجل ينعم بها الإنسان ويقابل شكرها بنكران أو نسيان"
	text := []string{
		"Home»National»" + title, // a breadcrumb ending with the title
		title,                    // the title
		para,                     // body text
		"عنوان مقال آخر",
		title,   // the title again, under the share buttons
		"أ › ب", // a breadcrumb whose end the page does not hold
	}
	want := []bool{true, true, false, false, true, false}
	lines := make([]document.Line, len(text))
	feats := make([]Feature, len(text))
	n := normalize.New(normalize.Display)
	for i, x := range text {
		lines[i] = document.Line{N: i + 1, Text: x}
		feats[i] = NewFeature(n, x)
	}
	s := newState(lines, feats, Context{})
	got := s.pageRepeats()
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d %q: repeated %v, want %v", i+1, text[i], got[i], want[i])
		}
	}
}

func TestIsLinkReference(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"1. http://example.com/a", true},
		{"12. https://www.alwatan.com/v2/?p=1", true},
		{"3. file:///tmp/page.html", true},
		{"1. الأمل كقوة نفسية", false},
		{"1. http://example.com/a وصف الرابط", false},
		{"http://example.com/a", false},
		{"a. http://example.com/a", false},
		{"1. ://example.com", false},
		{"2. www.example.com", false},
	} {
		if got := isLinkReference(tc.line); got != tc.want {
			t.Errorf("isLinkReference(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
