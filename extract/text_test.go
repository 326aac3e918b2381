package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
)

// Every encoding variant of the seed gives the same document as the seed,
// but for its input description and its warnings.
func TestExtractEncodings(t *testing.T) {
	dir := "../testdata/encodings"
	seed := "aljazeera-2016-02-02-libya-coalition.txt"
	tests := []struct {
		file, enc string
		warn      []document.WarningCode
	}{
		{seed, "utf-8", nil},
		{"libya.utf-8-bom-crlf.txt", "utf-8-bom", nil},
		{"libya.utf-16le-bom.txt", "utf-16le", nil},
		{"libya.windows-1256.txt", "windows-1256", []document.WarningCode{document.WarnEncodingGuessed}},
		{"libya.iso-8859-6.txt", "iso-8859-6", []document.WarningCode{document.WarnEncodingGuessed}},
		{"libya.mojibake-utf8-read-as-windows-1256.txt", "utf-8-mojibake-repaired", []document.WarningCode{document.WarnMojibakeRepaired}},
	}
	body := func(d *document.Document) string {
		c := *d
		c.Input, c.Warnings, c.ID = document.Input{}, nil, nil
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
		docs := Extract(document.Source{Path: "corpus/" + tt.file}, data, noneOpt())
		if len(docs) != 1 || docs[0].Error != nil {
			t.Fatalf("%s: %d docs, error %+v", tt.file, len(docs), docs[0].Error)
		}
		d := docs[0]
		if d.Input.Encoding == nil || *d.Input.Encoding != tt.enc || d.Input.Format != container.Text {
			t.Errorf("%s: encoding %v format %q", tt.file, d.Input.Encoding, d.Input.Format)
		}
		var codes []document.WarningCode
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

func linesOf(d *document.Document) string {
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
		src     document.Source
		in      string
		id      any // string, or nil
		errCode document.ErrorCode
		warn    document.WarningCode
	}{
		{name: "empty file", src: document.Source{Path: "dir/empty.txt"}, in: "", id: "empty", warn: document.WarnEmpty},
		{name: "blank file", src: document.Source{Path: "dir/blank.txt"}, in: " \n\n \n", id: "blank", warn: document.WarnEmpty},
		{name: "member", src: document.Source{Path: "a.tgz", Member: "2016/x/a.txt"}, in: "عنوان\n\nنص الخبر هنا.", id: "2016/x/a"},
		{name: "stdin", src: document.Source{Path: "-"}, in: "عنوان\n\nنص الخبر هنا.", id: nil},
		{name: "binary", src: document.Source{Path: "x.png"}, in: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", errCode: document.ErrNotText},
		{name: "latin-1 garbage", src: document.Source{Path: "x.txt"}, in: strings.Repeat("caf\xe9 na\xefve \xfc\xfc\xfc ", 20), errCode: document.ErrEncoding},
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

func hasWarning(d *document.Document, code document.WarningCode) bool {
	for _, w := range d.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}
