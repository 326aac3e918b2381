package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSplitLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"\n", []string{""}},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"a\n\nb", []string{"a", "", "b"}},
		{"a\nb\n\n", []string{"a", "b", ""}},
	}
	for _, tt := range tests {
		var got []string
		for i, l := range splitLines(tt.in, 5) {
			if l.N != 5+i {
				t.Errorf("%q: line %d numbered %d", tt.in, i, l.N)
			}
			got = append(got, l.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every encoding variant of the seed gives the same document as the seed,
// but for its input description and its warnings.
func TestExtractEncodings(t *testing.T) {
	dir := "../testdata/encodings"
	seed := "aljazeera-2016-02-02-libya-coalition.txt"
	tests := []struct {
		file, enc string
		warn      []string
	}{
		{seed, "utf-8", nil},
		{"libya.utf-8-bom-crlf.txt", "utf-8-bom", nil},
		{"libya.utf-16le-bom.txt", "utf-16le", nil},
		{"libya.windows-1256.txt", "windows-1256", []string{WarnEncodingGuessed}},
		{"libya.iso-8859-6.txt", "iso-8859-6", []string{WarnEncodingGuessed}},
		{"libya.mojibake-utf8-read-as-windows-1256.txt", "utf-8-mojibake-repaired", []string{WarnMojibakeRepaired}},
	}
	body := func(d *Document) string {
		c := *d
		c.Input, c.Warnings, c.ID = Input{}, nil, nil
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n" + linesOf(d)
	}
	var want string
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join(dir, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		docs := Extract(Source{Path: "corpus/" + tt.file}, data, noneOpt())
		if len(docs) != 1 || docs[0].Error != nil {
			t.Fatalf("%s: %d docs, error %+v", tt.file, len(docs), docs[0].Error)
		}
		d := docs[0]
		if d.Input.Encoding == nil || *d.Input.Encoding != tt.enc || d.Input.Format != FormatText {
			t.Errorf("%s: encoding %v format %q", tt.file, d.Input.Encoding, d.Input.Format)
		}
		var codes []string
		for _, w := range d.Warnings {
			codes = append(codes, w.Code)
		}
		if !reflect.DeepEqual(codes, tt.warn) {
			t.Errorf("%s: warnings %q, want %q", tt.file, codes, tt.warn)
		}
		if d.Input.Bytes != int64(len(data)) || len(d.Input.SHA256) != 64 {
			t.Errorf("%s: input %+v", tt.file, d.Input)
		}
		if d.Stats == nil || d.Stats.Lines != 31 {
			t.Errorf("%s: stats %+v", tt.file, d.Stats)
		}
		if want == "" {
			want = body(d)
			if d.ID == nil || *d.ID != "aljazeera-2016-02-02-libya-coalition" || d.Container != nil {
				t.Errorf("seed: id %v container %v", d.ID, d.Container)
			}
			continue
		}
		if got := body(d); got != want {
			t.Errorf("%s: document differs from the seed's:\n%s\nwant:\n%s", tt.file, got, want)
		}
	}
}

func linesOf(d *Document) string {
	var b strings.Builder
	for _, l := range d.Lines {
		b.WriteString(strings.Join([]string{string(rune('0' + l.N%10)), string(l.Role), l.Rule, l.Text}, "|"))
		b.WriteByte('\n')
	}
	return b.String()
}

func TestExtractText(t *testing.T) {
	opt := noneOpt()
	tests := []struct {
		name    string
		src     Source
		in      string
		id      any // string, or nil
		errCode string
		warn    string
	}{
		{name: "empty file", src: Source{Path: "dir/empty.txt"}, in: "", id: "empty", warn: WarnEmpty},
		{name: "blank file", src: Source{Path: "dir/blank.txt"}, in: " \n\n \n", id: "blank", warn: WarnEmpty},
		{name: "member", src: Source{Path: "a.tgz", Member: "2016/x/a.txt"}, in: "عنوان\n\nنص الخبر هنا.", id: "2016/x/a"},
		{name: "stdin", src: Source{Path: "-"}, in: "عنوان\n\nنص الخبر هنا.", id: nil},
		{name: "binary", src: Source{Path: "x.png"}, in: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", errCode: ErrNotText},
		{name: "latin-1 garbage", src: Source{Path: "x.txt"}, in: strings.Repeat("caf\xe9 na\xefve \xfc\xfc\xfc ", 20), errCode: ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := Extract(tt.src, []byte(tt.in), opt)
			if len(docs) != 1 {
				t.Fatalf("%d docs", len(docs))
			}
			d := docs[0]
			if d.Input.Path != tt.src.Path {
				t.Errorf("path %q", d.Input.Path)
			}
			if tt.errCode != "" {
				if d.Error == nil || d.Error.Code != tt.errCode {
					t.Fatalf("error %+v, want code %s", d.Error, tt.errCode)
				}
				if d.Input.SHA256 == "" {
					t.Error("error record without sha256")
				}
				return
			}
			if d.Error != nil {
				t.Fatalf("error %+v", d.Error)
			}
			switch id := tt.id.(type) {
			case nil:
				if d.ID != nil {
					t.Errorf("id %q, want null", *d.ID)
				}
			case string:
				if d.ID == nil || *d.ID != id {
					t.Errorf("id %v, want %q", d.ID, id)
				}
			}
			if tt.src.Member != "" && (d.Input.Member == nil || *d.Input.Member != tt.src.Member) {
				t.Errorf("member %v", d.Input.Member)
			}
			if tt.warn != "" && !hasWarning(d, tt.warn) {
				t.Errorf("warnings %+v, want %s", d.Warnings, tt.warn)
			}
		})
	}
}

func hasWarning(d *Document, code string) bool {
	for _, w := range d.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}
