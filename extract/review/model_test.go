package review

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/rivo/uniseg"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

const seedPath = "../../testdata/sample/aljazeera-2016-02-02-libya-coalition.txt"

func seedArticle(t testing.TB) *Article {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	d := extract.Extract(document.Source{Path: "seed.txt"}, data, extract.Options{Profile: normalize.Display})[0]
	return New("seed.txt", d, normalize.New(normalize.Display).String)
}

func TestNewRows(t *testing.T) {
	a := seedArticle(t)
	if len(a.Rows) != 31 {
		t.Fatalf("%d rows, want 31", len(a.Rows))
	}
	row := func(n int) Row { return a.Rows[n-1] }
	for n, want := range map[int][]string{1: {"title"}, 3: {"captions[0]"}, 4: {"captions[0]"}, 6: {"blocks[0]"}, 20: {"blocks[7]"}, 31: {"attribution"}, 2: nil} {
		if got := row(n).Fields; !slices.Equal(got, want) {
			t.Errorf("line %d fed %q, want %q", n, got, want)
		}
	}
	if row(3).Lang != "en" || row(4).Lang != "ar" || row(2).Lang != "" {
		t.Errorf("languages %q %q %q, want en ar and none", row(3).Lang, row(4).Lang, row(2).Lang)
	}
	// line 12 has a no-break space, which the display profile makes a space
	r := row(12)
	if r.Normalized == "" || !slices.Contains(r.Edits, Edit{"\u00a0", " "}) {
		t.Errorf("line 12: edits %q, want NBSP → space", r.Edits)
	}
	esc := slices.IndexFunc(r.Parts, func(p Part) bool { return p.Escape })
	if esc < 0 || r.Parts[esc] != (Part{Text: "‹NBSP›", Escape: true, Changed: true}) {
		t.Errorf("line 12 parts %+v: want a changed ‹NBSP› escape", r.Parts)
	}
	// an unchanged line has one plain part
	if p := row(1).Parts; len(p) != 1 || p[0].Changed || p[0].Escape || row(1).Normalized != "" {
		t.Errorf("line 1: %+v, want one plain part", row(1))
	}
}

func TestEdits(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want []Edit
	}{
		{"abc", "abc", nil},
		{"a\u200fbc", "abc", []Edit{{"\u200f", ""}}},
		{"a,b,c", "a،b،c", []Edit{{",", "،"}, {",", "،"}}},
		{"ab", "axb", []Edit{{"", "x"}}},
	} {
		if got := Edits([]rune(c.a), []rune(c.b)); !slices.Equal(got, c.want) {
			t.Errorf("Edits(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
	if got := Shown("\u200f "); got != "‹RLM›␣" {
		t.Errorf("Shown = %q", got)
	}
}

// TestTableWidth: at every width no row is wider than it, no word is cut
// but one wider than its column, continuation lines start under the text
// column, and blank lines show only with All.
func TestTableWidth(t *testing.T) {
	a := seedArticle(t)
	for _, width := range []int{0, 40, 60, 80, 120} {
		var b strings.Builder
		if err := a.WriteTable(&b, TableOptions{Width: width}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if width == 0 && len(lines) != 17 {
			t.Errorf("width 0: %d rows, want the 17 lines that are not blank", len(lines))
		}
		indent := -1
		for _, l := range lines {
			if w := uniseg.StringWidth(l); width > 0 && w > width {
				t.Errorf("width %d: a row of %d columns: %q", width, w, l)
			}
			if strings.HasPrefix(l, "    ") {
				n := len(l) - len(strings.TrimLeft(l, " "))
				if indent >= 0 && n != indent {
					t.Errorf("width %d: continuation at column %d, another at %d", width, n, indent)
				}
				indent = n
			}
			if strings.Contains(l, " blank ") {
				t.Errorf("width %d: a blank line is shown: %q", width, l)
			}
		}
		// every word of the text is there, whole
		words := strings.Fields(out)
		for _, w := range strings.Fields(a.Rows[5].Text) {
			if !slices.Contains(words, w) && !strings.Contains(w, "\u00a0") {
				t.Errorf("width %d: the word %q is cut", width, w)
			}
		}
	}
	var b strings.Builder
	a.WriteTable(&b, TableOptions{All: true})
	if n := strings.Count(b.String(), "\n"); n != 31 {
		t.Errorf("All: %d rows, want 31", n)
	}
}

func TestWrapLongWord(t *testing.T) {
	parts := []Part{{Text: "ab " + strings.Repeat("x", 25) + " cd"}, {Text: "‹RLM›", Escape: true}}
	lines := wrap(parts, 10)
	for _, l := range lines {
		w := 0
		for _, c := range l {
			w += c.width
		}
		if w > 10 {
			t.Errorf("a line of %d columns: %+v", w, l)
		}
	}
	if last := lines[len(lines)-1]; last[len(last)-1].text != "‹RLM›" {
		t.Errorf("the escape is cut: %+v", last)
	}
}

// TestStyle: a style paints pieces without moving them.
func TestStyle(t *testing.T) {
	a := seedArticle(t)
	var plain, painted strings.Builder
	a.WriteTable(&plain, TableOptions{Width: 80})
	a.WriteTable(&painted, TableOptions{Width: 80, Style: func(k Kind, _ document.Role, s string) string {
		return "<" + string(rune('a'+k)) + ">" + s + "</>"
	}})
	strip := painted.String()
	for k := KindHeader; k <= KindChangedEscape; k++ {
		strip = strings.ReplaceAll(strip, "<"+string(rune('a'+k))+">", "")
	}
	strip = strings.ReplaceAll(strip, "</>", "")
	if strip != plain.String() {
		t.Errorf("the style moved text:\n%s\nwant\n%s", strip, plain.String())
	}
	if !strings.Contains(painted.String(), "<f>‹NBSP›</>") && !strings.Contains(painted.String(), "<h>‹NBSP›</>") {
		t.Errorf("no painted escape")
	}
}
