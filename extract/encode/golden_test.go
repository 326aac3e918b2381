package encode

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden (at the top of the repository)")

// TestGolden extracts the real articles of ../testdata/sample and compares
// the pretty JSON and the Markdown with the reviewed files in
// ../testdata/golden. After a deliberate change, rewrite them with
// `go test ./extract -run TestGolden -update` (or `make golden`) and review
// the diff before committing: a golden file is a claim about the output.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/sample/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			// a stable path: the document records where it came from
			src := document.Source{Path: "sample/" + filepath.Base(f)}
			docs := extract.Extract(src, data, extract.Options{In: "auto", Encoding: "auto", TextField: "text", IDField: "id", Profile: normalize.Display})
			var js, md, page bytes.Buffer
			for _, d := range docs {
				if d.Error != nil {
					t.Fatalf("error record: %s: %s", d.Error.Code, d.Error.Message)
				}
				if err := WriteJSON(&js, d, true); err != nil {
					t.Fatal(err)
				}
				if err := WriteMarkdown(&md, d); err != nil {
					t.Fatal(err)
				}
				b, err := HTML{}.AppendFile(nil, d)
				if err != nil {
					t.Fatal(err)
				}
				page.Write(b)
			}
			validateAgainstSchema(t, js.Bytes())
			compareGolden(t, filepath.Join("../../testdata/golden", name+".json"), js.Bytes())
			compareGolden(t, filepath.Join("../../testdata/golden", name+".md"), md.Bytes())
			// one HTML page is enough: the pages differ only where the
			// Markdown does, and the style sheet would repeat
			if name == "aljazeera-2016-02-02-libya-coalition" {
				compareGolden(t, filepath.Join("../../testdata/golden", name+".html"), page.Bytes())
			}
		})
	}
}

// visible writes the characters a diff cannot show as \uXXXX escapes:
// tatweel, format characters (bidi marks, ZWNJ), spaces other than U+0020,
// and control characters other than LF. In the JSON files the escapes are
// JSON's own, so a golden JSON file reads as the same document.
func visible(b []byte) []byte {
	var out []byte
	for _, r := range string(b) {
		if r == '\u0640' || r != '\n' && (unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || unicode.IsSpace(r) && r != ' ') {
			out = fmt.Appendf(out, "\\u%04x", r)
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// compareGolden compares got, made visible, with the golden file at path.
func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	got = visible(got)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it, then review it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs from the output at line %d:\n got: %q\nwant: %q\n(if the change is meant, rerun with -update and review the diff)", path, i+1, g, w)
			}
		}
		t.Fatalf("%s differs from the output", path)
	}
}
