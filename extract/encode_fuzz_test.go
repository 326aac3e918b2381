package extract

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/normalize"
)

// shapeDump sets text out as a dump may: 0 as it is, 1 double-spaced (a
// blank line after every line), 2 hard-wrapped at 20 to 83 runes, 3
// wrapped and double-spaced.
func shapeDump(text string, shape, width uint8) string {
	lines := strings.Split(text, "\n")
	if shape&2 != 0 {
		var out []string
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				out = append(out, l)
				continue
			}
			out = append(out, wrapAt(l, 20+int(width%64))...)
		}
		lines = out
	}
	if shape&1 != 0 {
		out := make([]string, 0, 2*len(lines))
		for _, l := range lines {
			out = append(out, l, "")
		}
		lines = out
	}
	return strings.Join(lines, "\n")
}

// FuzzEncodeShapes builds any text, as it is, double-spaced, hard-wrapped
// or both, into a document twice: the two must give every line the same
// role and rule, no input line may be lost, and the document must encode
// as valid JSON that reads back as a document and as Markdown. Seeds:
// testdata/fuzz/FuzzEncodeShapes (dev-set excerpts and hostile shapes).
func FuzzEncodeShapes(f *testing.F) {
	f.Add("عنوان\n\nقال الوزير إن الاجتماع بحث تطورات الأوضاع في المنطقة.\n(واس)\n", uint8(1), uint8(10), false)
	f.Add(strings.Repeat("\u0000\u200f", 100), uint8(2), uint8(0), false)
	f.Fuzz(func(t *testing.T, text string, shape, width uint8, hasTitle bool) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		text = shapeDump(text, shape, width)
		var docs [2]*document.Document
		for i := range docs {
			a := segArticle("fuzz.txt", text)
			a.HasTitle = hasTitle
			docs[i] = build(a, Options{Profile: normalize.None})
			if i == 0 {
				if err := checkNothingLost(a, docs[i]); err != nil {
					t.Fatalf("shape %d: %v", shape, err)
				}
			}
		}
		for i, l := range docs[0].Lines {
			m := docs[1].Lines[i]
			if l.Role == "" || l.Rule == "" || l.Role != m.Role || l.Rule != m.Rule {
				t.Fatalf("shape %d: line %d %q: %s/%s, then %s/%s", shape, l.N, l.Text, l.Role, l.Rule, m.Role, m.Rule)
			}
		}
		var buf bytes.Buffer
		if err := encode.WriteJSON(&buf, docs[0], false); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		if !utf8.Valid(buf.Bytes()) || !json.Valid(buf.Bytes()) {
			t.Fatalf("WriteJSON wrote invalid JSON: %q", buf.Bytes())
		}
		var back document.Document
		if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
			t.Fatalf("JSON does not read back: %v", err)
		}
		if len(back.Blocks) != len(docs[0].Blocks) || len(back.Residue) != len(docs[0].Residue) {
			t.Fatalf("JSON read back with %d blocks, %d residue; wrote %d, %d",
				len(back.Blocks), len(back.Residue), len(docs[0].Blocks), len(docs[0].Residue))
		}
		for i, b := range back.Blocks {
			if b.Text != docs[0].Blocks[i].Text {
				t.Fatalf("block %d read back as %q; wrote %q", i, b.Text, docs[0].Blocks[i].Text)
			}
		}
		buf.Reset()
		if err := encode.WriteMarkdown(&buf, docs[0]); err != nil {
			t.Fatalf("WriteMarkdown: %v", err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Fatalf("WriteMarkdown wrote invalid UTF-8")
		}
	})
}
