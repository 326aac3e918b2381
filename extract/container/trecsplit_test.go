package container

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

func splitAll(t testing.TB, data string, limit int64, bufSize int) []*Part {
	t.Helper()
	sp := newTRECSplitter(bufio.NewReaderSize(strings.NewReader(data), bufSize), limit)
	var out []*Part
	for {
		p, err := sp.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
		if len(out) > len(data)+1 {
			t.Fatal("more parts than bytes")
		}
	}
}

func TestTRECSplitter(t *testing.T) {
	doc := func(id string) string { return "<DOC>\n<DOCNO>" + id + "</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n" }
	long := strings.Repeat("كلمة ", 30) // longer than the test's buffer
	tests := []struct {
		name, in string
		want     string // each part: N:Line:ID, or N:Line:ID! for an error
	}{
		{"one", doc("A"), "0:1:A"},
		{"three", doc("A") + doc("B") + doc("C"), "1:1:A 2:7:B 3:13:C"},
		{"text before and after", "قبل\n" + doc("A") + "بين\n" + doc("B") + "بعد\n", "1:1:A 2:8:B"},
		{"unclosed", "<DOC>\n<DOCNO>A</DOCNO>\nنص\n" + doc("B"), "1:1:A 2:4:B"},
		{"no doc", "نص فقط\n", "0:1:"},
		{"no final line end", strings.TrimSuffix(doc("A")+doc("B"), "\n"), "1:1:A 2:7:B"},
		{"a long line ending in a tag", "<DOC>\n<DOCNO>A</DOCNO>\n" + long + "</DOC>\n</DOC>\n" + doc("B"), "1:1:A 2:5:B"},
		{"lower case, attributes", "<doc id=\"x\">\n<docno>a</docno>\n</doc>\n<DOC>\n</DOC>\n", "1:1:a 2:4:"},
		{"too large", doc("A") + "<DOC>\n<DOCNO>B</DOCNO>\n" + strings.Repeat(long, 4) + "\n</DOC>\n" + doc("C"), "1:1:A 2:7:B! 3:11:C"},
	}
	for _, tt := range tests {
		parts := splitAll(t, tt.in, 1000, 64)
		var got []string
		var data []byte
		for _, p := range parts {
			id := ""
			if p.Fields.ID != nil {
				id = *p.Fields.ID
			}
			if p.Err != nil {
				id += "!"
			}
			got = append(got, fmt.Sprintf("%d:%d:%s", p.N, p.Line, id))
			data = append(data, p.Data...)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, strings.Join(got, " "), tt.want)
		}
		if !strings.Contains(tt.want, "!") && string(data) != tt.in {
			t.Errorf("%s: the parts do not add up to the input", tt.name)
		}
	}
}

// FuzzTRECSplit: the parts of any input, within the limit, add up to it,
// in order; a part over the limit holds nothing; the splitter never
// panics or loops.
func FuzzTRECSplit(f *testing.F) {
	f.Add("<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n<DOC>\nب\n</DOC>\nبعد", int64(1000))
	f.Add("قبل\n<DOC>\n<DOC>\n</DOC>\n</DOC>\n", int64(8))
	f.Add("\xef\xbb\xbf<DOC id='1'>\r\n</DOC>\r\n", int64(1))
	f.Fuzz(func(t *testing.T, in string, limit int64) {
		if limit <= 0 {
			limit = 1
		}
		parts := splitAll(t, in, limit, 16)
		var data []byte
		failed := false
		for _, p := range parts {
			if p.Err != nil {
				failed = true
				if p.Data != nil {
					t.Fatalf("a part over the limit holds data")
				}
			}
			if int64(len(p.Data)) > limit {
				t.Fatalf("a part of %d bytes, over the limit of %d", len(p.Data), limit)
			}
			data = append(data, p.Data...)
		}
		if !failed && !bytes.Equal(data, []byte(in)) {
			t.Fatalf("the parts do not add up to the input:\n%q\n%q", data, in)
		}
	})
}
