package segment

import (
	"os"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// TestTopSideOutweighed: an article of three paragraphs over many short
// rows (a vote, country by country, testdata/regress) whose largest run
// of text stands at the end: the lines above that run read as much text
// as it does, so they are the article's, not a page's chrome.
func TestTopSideOutweighed(t *testing.T) {
	b, err := os.ReadFile("testdata/regress/CN-sport-417-20180925.trec")
	if err != nil {
		t.Fatal(err)
	}
	lines, ctx := fixtureTREC(string(b))
	Segment(lines, ctx)
	for _, n := range []int{13, 14, 15} {
		if l := lines[n-1]; l.Role != document.RoleParagraph {
			t.Errorf("line %d %.40q: got %s (%s), want paragraph", n, l.Text, l.Role, l.Rule)
		}
	}
	if l := lines[17-1]; l.Role == document.RoleResidue {
		t.Errorf("line 17 %q: got %s (%s), want the heading of a list", l.Text, l.Role, l.Rule)
	}
}
