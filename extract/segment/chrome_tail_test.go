package segment

import (
	"slices"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func init() {
	page := tailPage()
	for i, l := range page {
		if strings.HasPrefix(l, "       وقال") {
			page[i] = ">>" + l // the first other story's text
			break
		}
	}
	ruleCases = append(ruleCases, append(tailCases, ruleCase{"page tail", Context{}, page, document.RoleResidue, RulePageTail})...)
}

// tailCases are the cases of the rules chrome_tail.go uses.
var tailCases = []ruleCase{
	{"share bar with the networks' names", Context{}, []string{para, ">>شارك FacebookTwitterPinterestالبريد الإلكترونيFacebook Messenger", para}, document.RoleResidue, RuleShareBar},
	{"share bar with a preposition", Context{}, []string{para, ">>شارك على", para}, document.RoleResidue, RuleShareBar},
}

// TestShareBarRunTogether: a share bar whose buttons a browser ran
// together across scripts (`Pinterestالبريد`) is one; a nav word
// followed by a name is not (`إغلاق DNSChanger`, an item of a list).
func TestShareBarRunTogether(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"شارك FacebookTwitterPinterestالبريد الإلكترونيFacebook Messenger", true},
		{"شارك على", true},
		{"شارك", false},
		{"إغلاق DNSChanger", false},
		{"شارك الوزير في الاجتماع", false},
		{"السابق بوست", false},
	} {
		if got := isShareBar(tc.line); got != tc.want {
			t.Errorf("isShareBar(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestClockLed: a line opening with a time of day, then text.
func TestClockLed(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"18:51 هزة أرضية تضرب الجزائر.", true},
		{"9:05 وصول الوفد", true},
		{"١٨:٥١ هزة أرضية", true},
		{"18:51", false}, // a time alone
		{"25:10 سطر", false},
		{"18:75 سطر", false},
		{"2024:10 سطر", false},
		{"قال في 18:51 إن", false},
		{"1:2 سطر", false},
	} {
		if got := clockLed(tc.line); got != tc.want {
			t.Errorf("clockLed(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// tailPage is a text browser's dump of a page: a menu, the article (its
// title, three paragraphs set three columns in), `مقالات ذات صلة`, and
// then other articles whose text, set deeper, outweighs the article's, a
// ticker and an English cookie notice.
func tailPage() []string {
	var p []string
	for _, m := range []string{"الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات", "فيديوهات", "ألبومات", "آراء الكتاب", "المزيد"} {
		p = append(p, "  * "+m, "")
	}
	p = append(p, "حتى سابع جار", "")
	for range 3 {
		p = append(p, "   "+para+" "+para, "")
	}
	p = append(p, "مقالات ذات صلة", "")
	for k := range 4 {
		p = append(p, "    1. عنوان مقال آخر رقم "+string(rune('1'+k)), "")
		p = append(p, "       "+strings.Repeat(para+" ", 4), "")
	}
	p = append(p, "   18:51 هزة أرضية تضرب الجزائر وتخلف أضرارا مادية في عدد من البيوت القديمة.", "")
	p = append(p, "   The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a specific service.", "")
	return p
}

// TestArticleEndBeforeOtherText: the article ends at `مقالات ذات صلة`
// though the other articles after it hold more text than it does: their
// text is set deeper than the article's body, the ticker's line opens
// with its time, the notice is English.
func TestArticleEndBeforeOtherText(t *testing.T) {
	lines := fixtureLines(strings.Join(tailPage(), "\n"))
	Segment(lines, Context{})
	for i, l := range lines {
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		want := document.RoleResidue
		switch {
		case strings.HasPrefix(l.Text, "   وقال"):
			want = document.RoleParagraph
		case l.Text == "حتى سابع جار":
			want = document.RoleTitle
		}
		if l.Role != want {
			t.Errorf("line %d %.40q: got %s (%s), want %s", i+1, l.Text, l.Role, l.Rule, want)
		}
	}
}

// headPage is a text browser's dump of a page with a menu, a form's label
// and a section's name set flush left as headings are, then the
// article's head (title, date, author's name) and its body set in.
func headPage(title string, head ...string) []string {
	var p []string
	for _, m := range []string{"الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات", "فيديوهات", "ألبومات", "آراء الكتاب", "المزيد"} {
		p = append(p, "  * "+m, "")
	}
	p = append(p, "استمارة البحث الشاملة في الموقع", "", "   بحث ____________________", "", "قضايا وآراء", "")
	p = append(p, title, "")
	p = append(p, head...)
	for range 3 {
		p = append(p, "   "+para+" "+para, "")
	}
	return p
}

// TestHeadTitle: on an indented page, the title is the flush-left line
// heading the body, over its date and its author's name, not the
// longest flush-left line (a form's label) nor the nearest one under a
// head line; right over a byline, it may be set in.
func TestHeadTitle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		title string
		head  []string
	}{
		{"under a date line", "حتى سابع جار", []string{"   13 أغسطس 2023", ""}},
		{"under a name and a date", "الأمل ماذا ولماذا وكيف؟", []string{"إبراهيم الديب", "", "   13 أغسطس 2023", ""}},
		{"over a byline and a deck", "عصية على الكذب بليغة التعبير", []string{"إعداد: ليال صقر", "", "ماذا تقول عيوننا عندما تتجه إلى اليمين؟", ""}},
		{"set in, right over a byline", "   عصية على الكذب بليغة التعبير", []string{"إعداد: ليال صقر", "", "   ماذا تقول عيوننا عندما تتجه إلى اليمين؟", ""}},
		{"no head line", "حتى سابع جار", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := fixtureLines(strings.Join(headPage(tc.title, tc.head...), "\n"))
			Segment(lines, Context{})
			for i, l := range lines {
				if (l.Text == tc.title) != (l.Role == document.RoleTitle) {
					t.Errorf("line %d %.40q: got %s (%s)", i+1, l.Text, l.Role, l.Rule)
				}
			}
		})
	}
}

// TestTitleSetTwice: a page sets its title, a sentence ending with a
// period, twice: set in under the breadcrumb, then flush left over the
// date. The first is the page's, the second the title; the body opens
// under the date, not at the first copy.
func TestTitleSetTwice(t *testing.T) {
	const title = "أكادير : إشهار بالضوضاء لمحل تجاري معروف يحول حياة الجيران إلى جحيم لا يطاق."
	page := headPage("   الصفحة الرئيسية", "", "   اكادير والجهات", "", "     "+title, "", title, "", "   آخر تحديث 30 ديسمبر 2023", "")
	lines := fixtureLines(strings.Join(page, "\n"))
	Segment(lines, Context{})
	for i, l := range lines {
		switch {
		case l.Text == title && l.Role != document.RoleTitle:
			t.Errorf("line %d, the title: got %s (%s)", i+1, l.Role, l.Rule)
		case l.Text == "     "+title && l.Role != document.RoleResidue:
			t.Errorf("line %d, the title's copy: got %s (%s), want residue", i+1, l.Role, l.Rule)
		case strings.HasPrefix(l.Text, "   وقال") && l.Role != document.RoleParagraph:
			t.Errorf("line %d: got %s (%s), want paragraph", i+1, l.Role, l.Rule)
		}
	}
}

// TestTitleFirstCopy: a page sets its title flush left twice over the
// date: the first is the title, the second the page's. A copy at the
// top of the page, over its menus, is the page's own title and stays the
// page's.
func TestTitleFirstCopy(t *testing.T) {
	const title = "أسطورة الرواية العربية نجيب محفوظ والأسطورة في رواياته"
	for _, tc := range []struct {
		name string
		page []string
		want []document.Role
	}{
		{"twice over the date", headPage(title, "", title, "", "   تاريخ النشر : 1 سبتمبر 2006", ""),
			[]document.Role{document.RoleTitle, document.RoleResidue}},
		{"over the menus", append([]string{title, ""}, headPage(title, "   تاريخ النشر : 1 سبتمبر 2006", "")...),
			[]document.Role{document.RoleResidue, document.RoleTitle}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := fixtureLines(strings.Join(tc.page, "\n"))
			Segment(lines, Context{})
			var got []document.Role
			for _, l := range lines {
				if l.Text == title {
					got = append(got, l.Role)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("the title's copies: got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTeaserOverBody: the start of the first paragraph set over it, as
// a teaser, is the page's; the body opens with the paragraph.
func TestTeaserOverBody(t *testing.T) {
	page := headPage("حتى سابع جار", "   13 أغسطس 2023", "", "       "+para, "")
	lines := fixtureLines(strings.Join(page, "\n"))
	Segment(lines, Context{})
	for i, l := range lines {
		switch {
		case l.Text == "       "+para && l.Role != document.RoleResidue:
			t.Errorf("line %d, the teaser: got %s (%s), want residue", i+1, l.Role, l.Rule)
		case strings.HasPrefix(l.Text, "   "+para) && l.Role != document.RoleParagraph:
			t.Errorf("line %d: got %s (%s), want paragraph", i+1, l.Role, l.Rule)
		}
	}
}

// TestLeadOverPageChrome: the lead paragraph a page sets between its title
// and a block of chrome (a video, share buttons) over the rest of the body
// is the article's, not the page's; a teaser indented otherwise is not.
func TestLeadOverPageChrome(t *testing.T) {
	const lead = "كشف أحد جيران الأسرة المتوفية، سبب تعرضها لحريق في شارع الجمرك القديم بالإسكندرية، وتفاصيل الواقعة كاملة."
	chrome := []string{"   (BUTTON) شارك", "", "   IFRAME:", "", "   https://www.facebook.com/plugins/video.php?height=476", "", "   تابعونا", "", "   فيديو", "", "   الأكثر قراءة", ""}
	for _, tc := range []struct {
		name, line string
		want       document.Role
	}{
		{"a lead set as the body is", "   " + lead, document.RoleParagraph},
		{"a teaser set deeper", "       " + lead, document.RoleResidue},
	} {
		page := headPage("حريق الإسكندرية: جار الضحايا يروي ما حدث", append([]string{"   السبت 30 ديسمبر 2023", "", tc.line, ""}, chrome...)...)
		lines := fixtureLines(strings.Join(page, "\n"))
		Segment(lines, Context{})
		for i, l := range lines {
			if l.Text == tc.line && l.Role != tc.want {
				t.Errorf("%s: line %d: got %s (%s), want %s", tc.name, i+1, l.Role, l.Rule, tc.want)
			}
		}
	}
}
