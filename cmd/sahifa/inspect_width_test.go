package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/width"
)

// cellWidth is the width of s on a terminal, counted apart from the code
// under test: combining marks and format characters take none, East Asian
// wide and fullwidth characters two, the rest one.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case width.LookupRune(r).Kind() == width.EastAsianWide || width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

var ansiCSI = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// TestInspectFitsCorpus runs inspect on every file of ../shared/corpus
// (skipped without it) in 80 and 120 columns, in colour (issue 12, item
// 11): no row is wider than the terminal, a word that fits its column is
// never cut, blank lines show only with --all, and the visible marks of
// invisible characters (‹NBSP›) are never split.
func TestInspectFitsCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "*", "*"))
	if len(files) == 0 {
		t.Skip("no ../shared/corpus")
	}
	inspect := func(cols int, args ...string) string {
		var out bytes.Buffer
		env := map[string]string{"COLUMNS": strconv.Itoa(cols)}
		a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &bytes.Buffer{}, getenv: func(k string) string { return env[k] }, colorMode: "always"}
		a.run(append([]string{"inspect"}, args...))
		return ansiCSI.ReplaceAllString(out.String(), "")
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".md") || strings.HasSuffix(f, ".tsv") {
			continue
		}
		n++
		// The words of each line, as a table too wide to wrap shows them.
		words := map[string]map[string]bool{}
		for _, row := range strings.Split(inspect(1<<20, f), "\n") {
			if m := rowStart.FindStringSubmatch(row); m != nil {
				words[m[1]] = map[string]bool{}
				for _, w := range strings.Fields(m[3]) {
					words[m[1]][w] = true
				}
			}
		}
		for _, cols := range []int{80, 120} {
			out := inspect(cols, f)
			textCol, line := 0, ""
			for _, row := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if w := cellWidth(row); w > cols {
					t.Errorf("%s, %d columns: a row %d wide: %q", f, cols, w, row)
				}
				if markCut.MatchString(row) {
					t.Errorf("%s, %d columns: a mark split: %q", f, cols, row)
				}
				m := rowStart.FindStringSubmatch(row)
				if m != nil {
					line, textCol = m[1], cellWidth(row)-cellWidth(m[3])
					if m[2] == "blank" {
						t.Errorf("%s, %d columns: a blank line shown without --all: %q", f, cols, row)
					}
				}
				text := strings.TrimLeft(row, " ") // a row that goes on a line
				if m != nil {
					text = m[3]
				}
				for _, w := range strings.Fields(text) {
					if ws := words[line]; ws != nil && !ws[w] && !pieceOfLong(ws, w, cols-textCol) {
						t.Errorf("%s, %d columns: line %s: %q is not a word of the line: a word cut", f, cols, line, w)
					}
				}
			}
		}
		if src, err := os.ReadFile(f); err == nil && bytes.Contains(bytes.ReplaceAll(src, []byte("\r"), nil), []byte("\n\n")) {
			if !strings.Contains(inspect(80, "--all", f), "  blank ") {
				t.Errorf("%s: --all shows no blank line", f)
			}
		}
	}
	t.Logf("%d corpus files in 80 and 120 columns", n)
}

// pieceOfLong reports whether piece is part of one of words too wide for
// a column of width: such a word can only be cut.
func pieceOfLong(words map[string]bool, piece string, width int) bool {
	for w := range words {
		if cellWidth(w) > width && strings.Contains(w, piece) {
			return true
		}
	}
	return false
}

// rowStart is the first row of an input line: number, role, rule, text.
var rowStart = regexp.MustCompile(`^\s*(\d+)  (\S+)\s+\S+(?:\s\s+(\S.*))?$`)

// markCut is a row that ends inside a mark (‹NBSP›) or starts inside one.
var markCut = regexp.MustCompile(`‹[A-Z0-9+]*$|^\s*[A-Z0-9+]+›`)
