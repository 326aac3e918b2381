package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// shapeText sets text out as a dump may: 0 as it is, 1 double-spaced (a
// blank line after every line), 2 hard-wrapped at 20 to 83 runes, 3
// wrapped and double-spaced.
func shapeText(text string, shape, width uint8) []string {
	lines := strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
	if shape&2 != 0 {
		var out []string
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				out = append(out, l)
				continue
			}
			out = append(out, wrapped("", 0, 20+int(width%64), l)...)
		}
		lines = out
	}
	if shape&1 != 0 {
		lines = doubled(lines)
	}
	return lines
}

// FuzzRunShapes runs the segmenter over any text, as it is, double-spaced,
// hard-wrapped, or both: it must not panic, every line must get a role
// and a rule, and a second run over the same lines must give the same
// roles and rules. Seeds: the fixtures' first lines and
// testdata/fuzz/FuzzRunShapes (dev-set excerpts and hostile shapes).
func FuzzRunShapes(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for i, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			head := strings.SplitN(string(data), "\n", 41)
			f.Add(strings.Join(head[:min(len(head), 40)], "\n"), uint8(i%4), uint8(i*7), i%2 == 0)
		}
	}
	f.Add(strings.Repeat("\n", 1000), uint8(1), uint8(0), false)
	f.Add(strings.Repeat("[] ", 300), uint8(2), uint8(0), false)
	f.Add(strings.Repeat("\u00a0\n", 50), uint8(1), uint8(0), false)
	f.Add(strings.Repeat("\u200f\u200e\n", 50), uint8(3), uint8(9), true)
	f.Fuzz(func(t *testing.T, text string, shape, width uint8, hasTitle bool) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		raw := shapeText(text, shape, width)
		ctx := Context{HasTitle: hasTitle}
		first := segmentStrings(raw, ctx)
		for _, l := range first {
			if l.Role == "" || l.Rule == "" {
				t.Fatalf("shape %d: line %d %q has no role or rule", shape, l.N, l.Text)
			}
		}
		second := segmentStrings(raw, ctx)
		for i := range first {
			if first[i].Role != second[i].Role || first[i].Rule != second[i].Rule {
				t.Fatalf("shape %d: line %d %q: %s/%s, then %s/%s", shape, first[i].N, first[i].Text,
					first[i].Role, first[i].Rule, second[i].Role, second[i].Rule)
			}
		}
	})
}

// segmentStrings runs the segmenter over raw lines with fresh features.
func segmentStrings(raw []string, ctx Context) []document.Line {
	lines, feats := featuredLines(raw)
	Run(lines, feats, ctx)
	return lines
}
