package extract

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
)

func TestJSONLFile(t *testing.T) {
	data := readContainer(t, "records.jsonl")
	docs := Extract(document.Source{Path: "data/records.jsonl"}, data, noneOpt())
	type want struct {
		record      int
		id, title   string
		date, errIn string // errIn: a part of the error message
	}
	wants := []want{
		{record: 1, id: "sn-0001", title: "افتتاح مهرجان الجنادرية", date: "2015-07-21"},
		{record: 2, id: "42", title: "عنوان بلا حقل عنوان"},
		{record: 4, errIn: `field "text" is a number, not a string`},
		{record: 5, errIn: `no "text" field`},
		{record: 6, errIn: "invalid JSON: "},
		{record: 7, errIn: "a record must be a JSON object, not an array"},
		{record: 8, id: "sn-0008", title: "يوم الجمعة", date: "2018-02-23"},
	}
	if len(docs) != len(wants) {
		t.Fatalf("%d docs, want %d (one per non-blank line)", len(docs), len(wants))
	}
	lines := bytes.Split(data, []byte("\n"))
	for i, w := range wants {
		d := docs[i]
		if d.Input.Record == nil || *d.Input.Record != w.record || d.Input.Format != container.JSONL || d.Input.Path != "data/records.jsonl" {
			t.Errorf("doc %d: input %+v", i, d.Input)
		}
		if d.Input.Bytes != int64(len(lines[w.record-1])) {
			t.Errorf("doc %d: bytes %d, want the line's %d", i, d.Input.Bytes, len(lines[w.record-1]))
		}
		if w.errIn != "" {
			if d.Error == nil || d.Error.Code != document.ErrSyntax || !strings.Contains(d.Error.Message, w.errIn) {
				t.Errorf("doc %d: error %+v, want %q", i, d.Error, w.errIn)
			}
			continue
		}
		if d.Error != nil {
			t.Fatalf("doc %d: %+v", i, d.Error)
		}
		if str(d.ID) != w.id || str(d.Title) != w.title || w.date != "" && str(d.Date) != w.date {
			t.Errorf("doc %d: id %q title %q date %q", i, str(d.ID), str(d.Title), str(d.Date))
		}
		if _, ok := d.Container["text"]; ok {
			t.Errorf("doc %d: text in the container", i)
		}
		// The same line through ExtractRecord gives the same document.
		r := ExtractRecord(document.Source{Path: "data/records.jsonl"}, lines[w.record-1], w.record, noneOpt())
		a, _ := json.Marshal(d)
		b, _ := json.Marshal(r)
		if !bytes.Equal(a, b) {
			t.Errorf("doc %d: ExtractRecord differs:\n%s\n%s", i, a, b)
		}
	}
	d := docs[0]
	if str(d.URL) != "https://example.org/a/1" || str(d.Author) != "واس" || d.Container["source"] != "spa" || d.Container["date"] != "2015-07-21 02:51:32" {
		t.Errorf("fields: url %q author %q container %v", str(d.URL), str(d.Author), d.Container)
	}
	// Without a title field the text's first line is the title; numbers
	// and lists stay in the container as they were.
	d = docs[1]
	if d.Container["id"] != json.Number("42") || d.Container["views"] != json.Number("1500") || !reflect.DeepEqual(d.Container["tags"], []any{"اقتصاد", "نفط"}) {
		t.Errorf("container %v", d.Container)
	}
	if d.Stats == nil || d.Stats.Lines != 3 || len(d.Blocks) != 1 || d.Blocks[0].Line != 3 {
		t.Errorf("stats %+v blocks %+v", d.Stats, d.Blocks)
	}
}

// A JSON Lines file is read record by record: a binary line spoils only
// itself; UTF-16 is decoded before it is cut into lines.
func TestJSONLOddFiles(t *testing.T) {
	data := []byte("{\"id\":\"a\",\"text\":\"نص أول\"}\r\n\x00\x01\x02\x00\n\n{\"id\":\"c\",\"text\":\"نص ثالث\"}")
	docs := Extract(document.Source{Path: "recs.jsonl"}, data, Options{})
	if len(docs) != 3 || docs[0].Error != nil || docs[1].Error == nil || docs[1].Error.Code != document.ErrNotText || docs[2].Error != nil {
		t.Fatalf("%d docs", len(docs))
	}
	if *docs[1].Input.Record != 2 || *docs[2].Input.Record != 4 || str(docs[2].ID) != "c" {
		t.Errorf("records %d %d id %q", *docs[1].Input.Record, *docs[2].Input.Record, str(docs[2].ID))
	}
	if got := Sniff("recs.jsonl", data, Options{}); got != container.JSONL {
		t.Errorf("Sniff = %q", got)
	}

	u16 := []byte{0xFF, 0xFE}
	for _, r := range "{\"id\":\"u\",\"text\":\"نص\"}\n{\"id\":\"v\",\"text\":\"نص\"}\n" {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	docs = Extract(document.Source{Path: "u16.txt"}, u16, Options{})
	if len(docs) != 2 || docs[0].Error != nil || str(docs[1].ID) != "v" || docs[1].Input.Format != container.JSONL || *docs[1].Input.Encoding != "utf-16le" {
		t.Fatalf("utf-16: %d docs %+v", len(docs), docs[0])
	}

	docs = Extract(document.Source{Path: "none.jsonl"}, []byte("\n \n"), Options{})
	if len(docs) != 1 || docs[0].Error != nil || !hasWarning(docs[0], document.WarnEmpty) {
		t.Fatalf("empty jsonl: %d docs", len(docs))
	}
}

func TestExtractRecord(t *testing.T) {
	src := document.Source{Path: "-"}
	tests := []struct {
		name, in, errIn string
		n               int
		opt             Options
		check           func(t *testing.T, d *document.Document)
	}{
		{name: "no line number", in: `{"text": 1}`, errIn: `field "text" is a number`, check: func(t *testing.T, d *document.Document) {
			if strings.HasPrefix(d.Error.Message, "line") || d.Input.Record != nil {
				t.Errorf("message %q record %v", d.Error.Message, d.Input.Record)
			}
		}},
		{name: "cut short", in: `{"text": "abc`, n: 3, errIn: "invalid JSON: unexpected end of input"},
		{name: "trailing garbage", in: `{"text": "abc"} x`, n: 3, errIn: "invalid JSON: "},
		{name: "null text", in: `{"text": null}`, n: 1, errIn: `field "text" is null, not a string`},
		{name: "other fields", in: `{"body": "نص\nسطر", "uid": "u-1", "title": "  "}`, n: 2,
			opt: Options{TextField: "body", IDField: "uid"},
			check: func(t *testing.T, d *document.Document) {
				if str(d.ID) != "u-1" || d.Container["title"] != "  " || d.Container["uid"] != "u-1" || d.Container["body"] != nil {
					t.Errorf("id %q container %v", str(d.ID), d.Container)
				}
				if d.Title == nil || *d.Title != "نص" {
					t.Errorf("title %v: a blank title field is no title", d.Title)
				}
			}},
		{name: "blank line", in: "  ", n: 4, check: func(t *testing.T, d *document.Document) {
			if !hasWarning(d, document.WarnEmpty) || d.Input.Record == nil || *d.Input.Record != 4 {
				t.Errorf("warnings %+v", d.Warnings)
			}
		}},
		{name: "bad date", in: `{"text": "x", "date": "yesterday", "id": {"a": 1}}`, n: 1, check: func(t *testing.T, d *document.Document) {
			if d.Date != nil || d.ID != nil || d.Container["date"] != "yesterday" {
				t.Errorf("date %v id %v", d.Date, d.ID)
			}
		}},
		{name: "invalid UTF-8 inside", in: "{\"text\": \"نص \xff\"}", n: 1, check: func(t *testing.T, d *document.Document) {
			if !hasWarning(d, document.WarnInvalidUTF8) {
				t.Errorf("warnings %+v", d.Warnings)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ExtractRecord(src, []byte(tt.in), tt.n, tt.opt)
			if d == nil {
				t.Fatal("nil document")
			}
			if tt.errIn != "" {
				if d.Error == nil || d.Error.Code != document.ErrSyntax || !strings.Contains(d.Error.Message, tt.errIn) {
					t.Fatalf("error %+v, want %q", d.Error, tt.errIn)
				}
				if d.Input.Format != container.JSONL || d.Input.SHA256 == "" {
					t.Errorf("input %+v", d.Input)
				}
				if strings.HasPrefix(d.Error.Message, "line") || tt.n > 0 && (d.Input.Record == nil || *d.Input.Record != tt.n) {
					t.Errorf("message %q record %v: the record's line is in input.record, not in the message", d.Error.Message, d.Input.Record)
				}
			} else if d.Error != nil {
				t.Fatalf("error %+v", d.Error)
			}
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, head, want string
		opt              Options
	}{
		{"a.txt", "<DOC>\n<DOCNO>x", "trec", Options{}},
		{"a.txt", "\xEF\xBB\xBF  \n<DOC id=\"x\">", "trec", Options{}},
		{"a.txt", "\xFF\xFE<\x00D\x00O\x00C\x00>\x00", "trec", Options{}},
		{"a.txt", "<DOCUMENT>", "text", Options{}},
		{"a.jsonl", "anything", "jsonl", Options{}},
		{"A.NDJSON", "", "jsonl", Options{}},
		{"a.jsonl.gz", "", "jsonl", Options{}},
		{"a.txt", `{"id": 1, "meta": {"text": 2}, "text": "نص`, "jsonl", Options{}},
		{"a.txt", `{"id": 1, "meta": {"text": "x"}}` + "\n", "text", Options{}},
		{"a.txt", `{"body": "x"}`, "jsonl", Options{TextField: "body"}},
		{"a.txt", `{"text": 5}`, "text", Options{}},
		{"a.txt", "عنوان\n\nنص", "text", Options{}},
		{"a.txt", "\x00\x01\x02", "text", Options{}},
		{"a.txt", "<DOC>", "jsonl", Options{In: "jsonl"}},
	}
	for _, tt := range tests {
		if got := Sniff(tt.name, []byte(tt.head), tt.opt); got != tt.want {
			t.Errorf("Sniff(%q, %q) = %q, want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

// FuzzJSONL: one document per line, never nil, never a panic; a record
// that is not an error has valid UTF-8 text.
func FuzzJSONL(f *testing.F) {
	for _, l := range bytes.Split(readContainer(f, "records.jsonl"), []byte("\n")) {
		f.Add(l)
	}
	f.Add([]byte(`{"text": "a\r\nb", "title": "", "id": 1e400}`))
	f.Add([]byte(`{"text": "\ud800", "date": "2015-02-30"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		d := ExtractRecord(document.Source{Path: "f.jsonl"}, line, 7, Options{})
		if d == nil {
			t.Fatal("nil document")
		}
		if d.Error != nil {
			if d.Error.Code == document.ErrRead {
				t.Fatalf("internal error: %s", d.Error.Message)
			}
			return
		}
		for _, s := range places(d) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
		}
		if d.Date != nil && len(*d.Date) != 10 {
			t.Fatalf("date %q", *d.Date)
		}
	})
}
