package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// menuLines are a site's menu as a text browser sets it.
func menuLines() []string {
	var out []string
	for _, m := range []string{"الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات", "فيديوهات", "ألبومات", "آراء الكتاب", "المزيد"} {
		out = append(out, "   * "+m)
	}
	return out
}

// TestLinksPages: two pages as links dumps them (testdata/devset,
// o-dumps-3: Sputnik Arabic, CNN Arabic in 2013; see its manifest): the
// body is the article under the menus, not the longer comment rules the
// site sets under it after its share buttons; the title is the centred
// line over the article, under the menus, as links centres headings.
func TestLinksPages(t *testing.T) {
	for _, tc := range []struct {
		file  string
		roles map[int]document.Role // line number: role
	}{
		{"sputnik-1550981615.txt", map[int]document.Role{15: document.RoleResidue, 40: document.RoleTitle, 56: document.RoleParagraph, 245: document.RoleResidue, 250: document.RoleResidue}},
		{"cnnarabic-arabic_article.txt", map[int]document.Role{7: document.RoleResidue, 33: document.RoleTitle, 35: document.RoleDateline}},
	} {
		b, err := os.ReadFile("../../testdata/devset/o-dumps-3/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		lines := fixtureLines(string(b))
		Segment(lines, Context{})
		for n, want := range tc.roles {
			if l := lines[n-1]; l.Role != want {
				t.Errorf("%s:%d %.40q: got %s (%s), want %s", tc.file, n, strings.TrimSpace(l.Text), l.Role, l.Rule, want)
			}
		}
	}
}

// TestBodyGoesOnOverLongerText: longer text under a page's article, with
// no chrome a local rule knows between them, goes on with the body.
func TestBodyGoesOnOverLongerText(t *testing.T) {
	const rule = "إدارة الموقع لها الحق في أن تحذف أي تعليق يخالف قواعد النشر المعتمدة، ولا يحق للمستخدم الاعتراض على ذلك بأي شكل من الأشكال."
	article := []string{para + " " + para, "", para + " " + para, "", para + " " + para}
	rules := []string{rule + " " + rule, "", rule + " " + rule, "", rule + " " + rule, "", rule + " " + rule, "", rule + " " + rule}
	page := cat(menuLines(), []string{"", "مصر تسجل إصابات جديدة بفيروس كورونا", ""}, article, []string{""}, rules)
	lines := fixtureLines(strings.Join(page, "\n"))
	Segment(lines, Context{})
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l.Text, para) || strings.HasPrefix(l.Text, rule):
			if l.Role != document.RoleParagraph {
				t.Errorf("line %d: got %s (%s), want paragraph", i+1, l.Role, l.Rule)
			}
		case strings.HasPrefix(l.Text, "   * ") && l.Role != document.RoleResidue:
			t.Errorf("line %d, the menu: got %s (%s)", i+1, l.Role, l.Rule)
		}
	}
}

// TestVerseOverBody: an essay that opens with short lines of verse,
// ending as sentences do, over its longer paragraphs, keeps them: they are
// no page's menu.
func TestVerseOverBody(t *testing.T) {
	verses := []string{"أخرج من منزلي. أمشي في الطرقات. تلاحقني عيون.", "نظرات.", "نظراتٌ تحدّق.", "نظرةٌ مباشرةٌ إلى جسمي…", "أحاول تجنّبها.",
		"عينٌ لا ترى، قلبٌ لا يوجع.", "أتحوّل إلى أجزاء.", "أحاول النظر إلى الوراء. هل سأذوب ملحاً؟"}
	page := cat(verses, []string{""}, []string{para + " " + para + " " + para, "", para + " " + para + " " + para, "", para + " " + para + " " + para})
	lines := fixtureLines(strings.Join(page, "\n"))
	Segment(lines, Context{})
	for i := range verses {
		if lines[i].Role == document.RoleResidue {
			t.Errorf("line %d %q: got %s (%s)", i+1, lines[i].Text, lines[i].Role, lines[i].Rule)
		}
	}
}

// TestVerseUnderBody: an article whose text goes on, under its first
// paragraphs, with a speech's short verses (a poem, a list) set as a menu
// never is, ending as sentences do, and with no chrome a local rule knew
// among them, keeps them: they are no page's footer.
func TestVerseUnderBody(t *testing.T) {
	verses := []string{"وعلى الله توكلت ..", "وبعد طول غيبة ..", "أعدت للعرب هيبة ..", "أيها الملك العظيم ..", "في البلد الكريم ..",
		"أهلا بك أملا ..", "أهلا بك عملا ..", "خاب..", "خاب من أراد فتنةً واحتقانا.", "سيدي..", "ياقائد عاصفة الحزم", "أدهشت وأذهلت .."}
	for _, tc := range []struct {
		name  string
		tail  []string
		verse bool
	}{
		{"verses", verses, true},
		{"a menu", []string{"الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات", "فيديوهات", "ألبومات", "آراء الكتاب", "اتصل بنا", "من نحن", "سياسة الخصوصية"}, false},
	} {
		page := cat([]string{"Next Previous عين اليوم – جدة", para + " " + para, para + " " + para, para}, tc.tail)
		lines := fixtureLines(strings.Join(page, "\n"))
		Segment(lines, Context{})
		for i := 4; i < len(lines); i++ {
			if got := lines[i].Role == document.RoleResidue; got == tc.verse {
				t.Errorf("%s: line %d %q: got %s (%s)", tc.name, i+1, lines[i].Text, lines[i].Role, lines[i].Rule)
			}
		}
	}
}
