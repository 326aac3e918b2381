package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// The lines a hard wrap cut a place into are joined into it, each after
// one space, once their run ends: a paragraph (and the article's text),
// a title, residue, in a single- or a double-spaced document (titles and
// residue: the dev excerpts of testdata/fuzz/FuzzEncodeShapes, read by
// checkNothingLost).
func TestBuildJoinsWrappedLines(t *testing.T) {
	const sentence = "وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة وسبل دعم الاستقرار فيها."
	para := wrapAt(strings.TrimSpace(strings.Repeat(sentence+" ", 6)), 60)
	centred := strings.Repeat(strings.Repeat(" ", 30)+"عنوان في الوسط\n", 50)
	for _, tc := range []struct {
		name  string
		text  string
		check func(d *document.Document) string // what the test wants, "" when it holds
	}{
		{"a wrapped paragraph", "الحكومة تقر الموازنة الجديدة\n\n" + strings.Join(para, "\n") + "\n", func(d *document.Document) string {
			if len(d.Blocks) != 1 || d.Blocks[0].Text != strings.Join(para, " ") || len(d.Blocks[0].Lines) != len(para) {
				return "one paragraph of every line"
			}
			if d.Text == nil || *d.Text != d.Blocks[0].Text {
				return "the text is the paragraph"
			}
			return ""
		}},
		{"a wrapped paragraph, double-spaced", "الحكومة تقر الموازنة الجديدة\n\n" + strings.Join(para, "\n\n") + "\n", func(d *document.Document) string {
			if len(d.Blocks) != 1 || d.Blocks[0].Text != strings.Join(para, " ") {
				return "one paragraph of every line"
			}
			return ""
		}},
		{"fifty lines as wide as each other", centred, func(d *document.Document) string {
			if len(d.Blocks) != 1 || d.Blocks[0].Text != strings.TrimSpace(strings.Repeat("عنوان في الوسط ", 50)) {
				return "one block of fifty lines"
			}
			return ""
		}},
	} {
		a := segArticle("x.txt", tc.text)
		d := build(a, Options{Profile: normalize.None})
		if want := tc.check(d); want != "" {
			t.Errorf("%s: want %s; got title %v, blocks %+v", tc.name, want, d.Title, d.Blocks)
		}
		if err := checkNothingLost(a, d); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

// A line continues a block of its own type only: a fragment the
// segmenter read as a paragraph's (link-cut-fragment) after a list item
// is a paragraph of its own (testdata/fuzz/FuzzSegment/ac97a95fe191a522).
func TestBuildJoinsOnlyItsOwnType(t *testing.T) {
	for _, tc := range []struct {
		name  string
		roles []document.Role
		want  []string // the blocks' types
	}{
		{"a paragraph's fragment after a list item", []document.Role{document.RoleListItem, document.RoleParagraph, document.RoleParagraph}, []string{document.BlockListItem, document.BlockParagraph}},
		{"a paragraph's lines", []document.Role{document.RoleParagraph, document.RoleParagraph, document.RoleParagraph}, []string{document.BlockParagraph}},
		{"a list item's lines", []document.Role{document.RoleListItem, document.RoleListItem, document.RoleListItem}, []string{document.BlockListItem}},
	} {
		a := segArticle("x.txt", "المدة: ثلاث سنوات\nالأهلي\nسيحصل على دعم إضافي ضمن برنامج دعم الرياضة.\n")
		for i := range a.Lines {
			a.Lines[i].Role, a.Lines[i].Rule, a.Lines[i].Continues = tc.roles[i], "test", i > 0
		}
		d := build(a, Options{Profile: normalize.None})
		var got []string
		for _, b := range d.Blocks {
			got = append(got, b.Type)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: blocks %v, want %v", tc.name, got, tc.want)
		}
		if err := checkNothingLost(a, d); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
