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
