package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/normalize"
)

// FuzzSegment builds arbitrary text as a raw article: it must not panic,
// every line must get a role and a rule, and every non-blank line must land
// in exactly one place of the document (profile none). Seeds are the
// fixtures and testdata/fuzz/FuzzSegment.
func FuzzSegment(f *testing.F) {
	files, _ := filepath.Glob("segment/testdata/*.txt")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data), false)
		}
	}
	f.Add("عنوان\n\n(واس)\n", false)
	f.Add("Next Previous\n\u0640\n* \n1.\n", true)
	f.Fuzz(func(t *testing.T, text string, hasTitle bool) {
		// containers hand over decoded lines: invalid bytes are U+FFFD by
		// then, and CR ends a line as LF does
		text = strings.ToValidUTF8(text, "\uFFFD")
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		a := segArticle("fuzz.txt", text)
		a.HasTitle = hasTitle
		d := build(a, Options{Profile: normalize.None})
		for _, l := range d.Lines {
			if l.Role == "" || l.Rule == "" {
				t.Fatalf("line %d %q has no role or rule", l.N, l.Text)
			}
		}
		if len(d.Lines) != len(a.Lines) {
			t.Fatalf("%d lines in, %d out", len(a.Lines), len(d.Lines))
		}
		if err := checkNothingLost(a, d); err != nil {
			t.Fatal(err)
		}
	})
}
