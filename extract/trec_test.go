package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

const containers = "testdata/containers"

func readContainer(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(containers, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestTRECANT(t *testing.T) {
	tests := []struct {
		file, id, title, url, date, excerpt string
		author                              *string // CNN's is empty: null
		container                           map[string]string
	}{
		{
			file: "CNN__middleEast__CN-middleEast-66-20180223.txt", id: "CN-middleEast-66-20180223",
			title: "بعد انتشاره على مواقع التواصل.. هيئة النقل في السعودية تطلب معلومات عن هذا المقطع",
			url:   "https://arabic.cnn.com/social-media/2018/02/23/saudi-bus-driver-social", date: "2018-02-23",
			excerpt: "طلبت هيئة النقل العام في المملكة العربية السعودية، مساء الخميس، معلومات حول مقطع فيديو تناقله نشطاء على مواقع التواصل الاجتماعي، لسائق حافلة نقل جماعي.",
			container: map[string]string{"docno": "CN-middleEast-66-20180223", "src": "CNN", "cat": "middleEast",
				"time": "Fri, 23 Feb 2018 08:47:39 +0000", "author": ""},
		},
		{
			file: "BBC__culture__BB-culture-12-20180209.txt", id: "BB-culture-12-20180209",
			url: "http://www.bbc.co.uk/arabic/art-and-culture-43006001", date: "2018-02-09",
			container: map[string]string{"src": "BBC", "cat": "culture", "time": "Fri, 09 Feb 2018 18:14:38 GMT"},
		},
		{
			file: "SkyNews__technology__SK-technology-415-20180416.txt", id: "SK-technology-415-20180416", date: "2018-04-16",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data := readContainer(t, tt.file)
			docs := Extract(document.Source{Path: tt.file}, data, noneOpt())
			if len(docs) != 1 || docs[0].Error != nil {
				t.Fatalf("%d docs, %+v", len(docs), docs[0].Error)
			}
			d := docs[0]
			if d.Input.Format != container.TREC || d.Input.Record != nil {
				t.Errorf("format %q record %v", d.Input.Format, d.Input.Record)
			}
			eq := func(field string, got *string, want string) {
				t.Helper()
				if want == "" {
					return
				}
				if got == nil || *got != want {
					t.Errorf("%s = %v, want %q", field, str(got), want)
				}
			}
			eq("id", d.ID, tt.id)
			eq("title", d.Title, tt.title)
			eq("url", d.URL, tt.url)
			eq("date", d.Date, tt.date)
			eq("excerpt", d.Excerpt, tt.excerpt)
			if d.Title == nil || d.URL == nil || d.Excerpt == nil {
				t.Errorf("title %v url %v excerpt %v", d.Title != nil, d.URL != nil, d.Excerpt != nil)
			}
			if tt.author == nil && strings.HasPrefix(tt.file, "CNN") && d.Author != nil {
				t.Errorf("author %q, want null", *d.Author)
			}
			for k, v := range tt.container {
				if d.Container[k] != v {
					t.Errorf("container[%s] = %v, want %q", k, d.Container[k], v)
				}
			}
			if _, ok := d.Container["text"]; ok {
				t.Error("the article text is in the container")
			}
			// Roles: tags and fields are markup, the title line title,
			// the body lines are the segmenter's.
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			if len(d.Lines) != len(lines) {
				t.Fatalf("%d lines, input has %d", len(d.Lines), len(lines))
			}
			inText := false
			for i, l := range d.Lines {
				if l.N != i+1 {
					t.Fatalf("line %d numbered %d", i+1, l.N)
				}
				raw := lines[i]
				switch {
				case raw == "</TEXT>":
					inText = false
				case inText:
					if l.Role == document.RoleMarkup || l.Role == document.RoleTitle {
						t.Errorf("body line %d: role %s", l.N, l.Role)
					}
					continue
				case raw == "<TEXT>":
					inText = true
				case strings.HasPrefix(raw, "<TITLE>"):
					if l.Role != document.RoleTitle || script.TrimSpace(l.Text) != *d.Title {
						t.Errorf("title line: %s %q", l.Role, l.Text)
					}
					continue
				}
				if l.Role != document.RoleMarkup {
					t.Errorf("line %d %q: role %s, want markup", l.N, raw, l.Role)
				}
			}
			checkInvariant(t, tt.file, string(data), docs)
		})
	}
}

func str(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func TestTRECGigaword(t *testing.T) {
	data := readContainer(t, "gigaword-afp.sgml")
	docs := Extract(document.Source{Path: "afp/gigaword-afp.sgml"}, data, noneOpt())
	if len(docs) != 3 {
		t.Fatalf("%d docs", len(docs))
	}
	want := []struct{ id, title, date, typ, dateline string }{
		{"AFP_ARB_20000103.0001", "قمة عربية طارئة & اجتماع وزاري في القاهرة", "2000-01-03", "story", "القاهرة 3-1 (اف ب) -"},
		{"AFP_ARB_20000103.0002", "ابرز الانباء", "2000-01-03", "multi", ""},
		{"AFP_ARB_20000104.0003", "", "2000-01-04", "advis", ""},
	}
	for i, d := range docs {
		w := want[i]
		if d.Error != nil {
			t.Fatalf("doc %d: %+v", i, d.Error)
		}
		if d.Input.Record == nil || *d.Input.Record != i+1 || d.Input.Format != container.TREC {
			t.Errorf("doc %d: record %v", i, d.Input.Record)
		}
		if str(d.ID) != w.id || str(d.Date) != w.date || d.Container["type"] != w.typ || d.Container["id"] != w.id {
			t.Errorf("doc %d: id %s date %s container %v", i, str(d.ID), str(d.Date), d.Container)
		}
		if w.title == "" && d.Title != nil || w.title != "" && str(d.Title) != w.title {
			t.Errorf("doc %d: title %q, want %q", i, str(d.Title), w.title)
		}
		if w.dateline != "" && (d.Dateline == nil || d.Dateline.Text != w.dateline || d.Dateline.Line != 6) {
			t.Errorf("doc %d: dateline %+v", i, d.Dateline)
		}
		if w.dateline != "" && d.Container["dateline"] != w.dateline {
			t.Errorf("doc %d: container dateline %v", i, d.Container["dateline"])
		}
	}
	// The raw headline keeps its entity in the container.
	if docs[0].Container["headline"] != "قمة عربية طارئة &amp; اجتماع وزاري في القاهرة" {
		t.Errorf("headline %q", docs[0].Container["headline"])
	}
	roles := map[int]document.Role{}
	for _, d := range docs {
		for _, l := range d.Lines {
			roles[l.N] = l.Role
		}
	}
	for n, r := range map[int]document.Role{1: document.RoleMarkup, 2: document.RoleMarkup, 3: document.RoleTitle, 6: document.RoleDateline, 9: document.RoleMarkup, 12: document.RoleMarkup, 20: document.RoleTitle, 35: document.RoleMarkup} {
		if roles[n] != r {
			t.Errorf("line %d: role %s, want %s", n, roles[n], r)
		}
	}
	for _, n := range []int{10, 11, 14, 23, 25, 32} {
		if roles[n] == document.RoleMarkup || roles[n] == document.RoleBlank || roles[n] == "" {
			t.Errorf("body line %d: role %q", n, roles[n])
		}
	}
	// <P>text</P> on one line: the text is the line's.
	for _, l := range docs[1].Lines {
		if l.N == 23 && l.Text != "اسعار النفط ترتفع في الاسواق العالمية." {
			t.Errorf("line 23 text %q", l.Text)
		}
	}
	checkInvariant(t, "gigaword-afp.sgml", string(data), docs)
}

func TestTRECTruncated(t *testing.T) {
	data := readContainer(t, "gigaword-truncated.sgml")
	docs := Extract(document.Source{Path: "gigaword-truncated.sgml"}, data, noneOpt())
	if len(docs) != 2 || docs[0].Error != nil || docs[1].Error != nil {
		t.Fatalf("%d docs", len(docs))
	}
	if hasWarning(docs[0], document.WarnTruncated) || !hasWarning(docs[1], document.WarnTruncated) {
		t.Errorf("warnings %+v / %+v", docs[0].Warnings, docs[1].Warnings)
	}
	if str(docs[1].Title) != "ارتفاع عدد السياح" || len(docs[1].Blocks) == 0 {
		t.Errorf("truncated doc: title %q blocks %+v", str(docs[1].Title), docs[1].Blocks)
	}
	checkInvariant(t, "gigaword-truncated.sgml", string(data), docs)

	// Cut anywhere, a file keeps every complete <DOC> before the cut.
	full := readContainer(t, "gigaword-afp.sgml")
	for cut := 0; cut <= len(full); cut++ {
		docs := Extract(document.Source{Path: "x.sgml"}, full[:cut], Options{In: "trec"})
		complete := strings.Count(string(full[:cut]), "</DOC>")
		ok := 0
		for _, d := range docs {
			if d.Error == nil && !hasWarning(d, document.WarnTruncated) && d.ID != nil && strings.HasPrefix(*d.ID, "AFP_ARB_") {
				ok++
			}
		}
		if ok < complete {
			t.Fatalf("cut at %d: %d complete documents, want %d", cut, ok, complete)
		}
	}
}

func TestTRECOddities(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
		warn     []string // per document, "" for none
		check    func(t *testing.T, docs []*document.Document)
	}{
		{
			name: "two docs back to back, no blank lines",
			in:   "<DOC>\n<DOCNO>A-1</DOCNO>\n<TEXT>\nنص أول\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>A-2</DOCNO>\n<TEXT>\nنص ثان\n</TEXT>\n</DOC>\n",
			ids:  []string{"A-1", "A-2"}, warn: []string{"", ""},
		},
		{
			name: "unclosed DOC followed by another",
			in:   "<DOC>\n<DOCNO>A-1</DOCNO>\n<TEXT>\nنص أول\n<DOC>\n<DOCNO>A-2</DOCNO>\n<TEXT>\nنص ثان\n</TEXT>\n</DOC>",
			ids:  []string{"A-1", "A-2"}, warn: []string{string(document.WarnTruncated), ""},
		},
		{
			name: "text outside DOC is kept",
			in:   "<?xml version=\"1.0\"?>\nمقدمة خارج الوثيقة\n<DOC>\n<DOCNO>A-1</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\nخاتمة\n",
			ids:  []string{"A-1"}, warn: []string{"outside-doc"},
			check: func(t *testing.T, docs []*document.Document) {
				if docs[0].Container["outside"] != "مقدمة خارج الوثيقة\nخاتمة" {
					t.Errorf("outside %q", docs[0].Container["outside"])
				}
			},
		},
		{
			// The title is the field's (or, by the builder's choice, its
			// first line, the next a heading).
			name: "entities, a multi-line title, fields after TEXT, repeated fields",
			in:   "<DOC>\n<DOCNO> B&amp;1 </DOCNO>\n<TITLE>سطر أول\nسطر ثان</TITLE>\n<TEXT>\nنص\n</TEXT>\n<URL>http://x/?a=1&amp;b=2</URL>\n<CAT>a</CAT>\n<CAT>b</CAT>\n<AUTHOR> </AUTHOR>\n</DOC>",
			ids:  []string{"B&1"}, warn: []string{""},
			check: func(t *testing.T, docs []*document.Document) {
				d := docs[0]
				if str(d.Title) != "سطر أول سطر ثان" && str(d.Title) != "سطر أول" || str(d.URL) != "http://x/?a=1&b=2" || d.Author != nil {
					t.Errorf("title %q url %q author %v", str(d.Title), str(d.URL), d.Author)
				}
				if !reflect.DeepEqual(d.Container["cat"], []any{"a", "b"}) || d.Container["title"] != "سطر أول\nسطر ثان" {
					t.Errorf("container %v", d.Container)
				}
			},
		},
		{
			name: "a DOC without TEXT: its loose lines are the article",
			in:   "<DOC>\n<DOCNO>C-1</DOCNO>\nعنوان\n\nنص الخبر.\n</DOC>\n",
			ids:  []string{"C-1"}, warn: []string{""},
			check: func(t *testing.T, docs []*document.Document) {
				if len(docs[0].Blocks)+boolInt(docs[0].Title != nil) < 2 {
					t.Errorf("title %v blocks %+v", docs[0].Title, docs[0].Blocks)
				}
			},
		},
		{
			name: "lines starting with < in the text stay text",
			in:   "<DOC>\n<DOCNO>D-1</DOCNO>\n<TEXT>\n< تحية واجبة\n<< وأخيراً\n<HR>\n</TEXT>\n</DOC>\n",
			ids:  []string{"D-1"}, warn: []string{""},
			check: func(t *testing.T, docs []*document.Document) {
				for _, l := range docs[0].Lines[3:6] {
					if l.Role == document.RoleMarkup {
						t.Errorf("line %d %q is markup", l.N, l.Text)
					}
				}
			},
		},
		{
			// TREC 2001 Arabic (AFP_ARB) wraps the parts in <BODY>.
			name: "wrapper tags",
			in:   "<DOC>\n<DOCNO> 19940513_AFP_ARB.0001 </DOCNO>\n<HEADER> AFP </HEADER>\n<BODY>\n<HEADLINE>\nعنوان الخبر\n</HEADLINE>\n<TEXT>\nنص الخبر.\n</TEXT>\n</BODY>\n<TRAILER> AFP </TRAILER>\n</DOC>\n",
			ids:  []string{"19940513_AFP_ARB.0001"}, warn: []string{""},
			check: func(t *testing.T, docs []*document.Document) {
				d := docs[0]
				if str(d.Title) != "عنوان الخبر" || str(d.Date) != "1994-05-13" || len(d.Blocks) != 1 || d.Container["header"] != " AFP " {
					t.Errorf("title %q date %q blocks %+v container %v", str(d.Title), str(d.Date), d.Blocks, d.Container)
				}
				if _, ok := d.Container["body"]; ok {
					t.Errorf("the wrapper is a field: %v", d.Container)
				}
			},
		},
		{
			name: "no DOC at all under --in trec",
			in:   "عنوان\n\nنص.",
			ids:  []string{"x"}, warn: []string{"no-doc"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := Extract(document.Source{Path: "x.sgml"}, []byte(tt.in), Options{In: "trec"})
			if len(docs) != len(tt.ids) {
				t.Fatalf("%d docs, want %d", len(docs), len(tt.ids))
			}
			for i, d := range docs {
				if d.Error != nil {
					t.Fatalf("doc %d: %+v", i, d.Error)
				}
				if str(d.ID) != tt.ids[i] {
					t.Errorf("doc %d: id %q, want %q", i, str(d.ID), tt.ids[i])
				}
				if w := tt.warn[i]; w != "" && !hasWarning(d, document.WarningCode(w)) || w == "" && (hasWarning(d, document.WarnTruncated) || hasWarning(d, "outside-doc")) {
					t.Errorf("doc %d: warnings %+v, want %q", i, d.Warnings, w)
				}
			}
			if tt.check != nil {
				tt.check(t, docs)
			}
			checkInvariant(t, tt.name, tt.in, docs)
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// FuzzTREC: no panic, never an empty result, valid UTF-8 everywhere, and
// line numbers within the input.
func FuzzTREC(f *testing.F) {
	for _, name := range []string{"CNN__middleEast__CN-middleEast-66-20180223.txt", "gigaword-afp.sgml", "gigaword-truncated.sgml"} {
		f.Add(readContainer(f, name))
	}
	f.Add([]byte("<DOC>\n<TITLE>a\n<DOC id='x'>\n<P>b</P>\n</TEXT>\n</DOC>\n</DOC>"))
	f.Add([]byte("<DOC/>\n<A/>\n<B>\n</B>\nx</DOC>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := Extract(document.Source{Path: "f.sgml"}, data, Options{In: "trec"})
		if len(docs) == 0 {
			t.Fatal("no documents")
		}
		lines := strings.Count(string(data), "\n") + strings.Count(string(data), "\r") + 1
		for _, d := range docs {
			if d.Error != nil {
				if d.Error.Code == document.ErrRead {
					t.Fatalf("internal error: %s", d.Error.Message)
				}
				continue
			}
			for _, l := range d.Lines {
				if l.N < 1 || l.N > lines || !utf8.ValidString(l.Text) {
					t.Fatalf("line %d of %d: %q", l.N, lines, l.Text)
				}
			}
			for _, s := range places(d) {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q", s)
				}
			}
		}
	})
}
