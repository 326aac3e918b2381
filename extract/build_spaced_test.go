package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// TestBuildDoubleSpacedWrapped: a hard-wrapped paragraph set a blank line
// apart line by line (a double-spaced export) is one block that records
// every line it was cut into, as its single-spaced self is.
func TestBuildDoubleSpacedWrapped(t *testing.T) {
	const sentence = "وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة وسبل دعم الاستقرار فيها."
	para := strings.Repeat(sentence+" ", 5)
	lines := wrapAt(strings.TrimSpace(para), 60)
	for _, spacing := range []string{"\n", "\n\n"} {
		text := "الحكومة تقر الموازنة الجديدة\n\n" + strings.Join(lines, spacing) + "\n"
		d := segBuild("x.txt", text, normalize.None)
		var want []int
		for i := range lines {
			want = append(want, 3+i*len(spacing))
		}
		if len(d.Blocks) != 1 || d.Blocks[0].Type != document.BlockParagraph || !slices.Equal(d.Blocks[0].Lines, want) {
			t.Errorf("spacing %q: want one paragraph of lines %v, got %+v", spacing, want, d.Blocks)
			continue
		}
		if got := d.Blocks[0].Text; got != strings.Join(lines, " ") {
			t.Errorf("spacing %q: block text %q", spacing, got)
		}
	}
}
