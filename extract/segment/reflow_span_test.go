package segment

import (
	"strings"
	"testing"
)

// TestWrapWidthOverWholeBlocks: pandoc wraps a page's paragraphs at 72
// columns but sets each heading and list item whole on its line, a blank
// line after it; the widest lines are those, and the column is where the
// lines that go on to the next one end. Rows of short lines that go on
// (a menu) make no column.
func TestWrapWidthOverWholeBlocks(t *testing.T) {
	long := "وزير التعليم العالى يوضح شروط الحصول على منحة دراسية بالجامعات الأهلية الجديدة هذا العام"
	var page []string
	for range 4 {
		page = append(page, "-   "+long, "")
	}
	for range 3 {
		page = append(page, wrapped("", 0, 72, para+" "+para+" "+para)...)
		page = append(page, "", long+" "+long, "")
	}
	menu := []string{"الرئيسية", "أخبار محلية", "اقتصاد", "رياضة", "ثقافة وفنون", "منوعات", "فيديو", "صور", "آراء", "اتصل بنا", "من نحن", "أرشيف"}
	for _, tc := range []struct {
		name  string
		lines []string
		want  int
	}{
		{"wrapped paragraphs among whole blocks", page, 72},
		{"a menu's rows", append(append([]string{}, page[:8]...), menu...), 0},
	} {
		lines, feats := featuredLines(tc.lines)
		if got := wrapWidth(lines, feats); got != tc.want {
			t.Errorf("%s: wrapWidth = %d, want %d\n%s", tc.name, got, tc.want, strings.Join(tc.lines, "\n"))
		}
	}
}
