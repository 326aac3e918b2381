package encode

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/jsonesc"
	"github.com/sahifa/sahifa/normalize"
)

// referenceJSON is d's JSON as encoding/json writes it (an Encoder with
// SetEscapeHTML(false), and SetIndent(prefix, "  ") when indent is set;
// see document.Document.MarshalJSON), without the final newline, the C1
// controls escaped (jsonesc.C1): what appendDocument must match byte for
// byte.
func referenceJSON(d *document.Document, prefix string, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent(prefix, "  ")
	}
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return jsonesc.C1(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))), nil
}

// referenceString is s as encoding/json writes a string without HTML
// escaping, the C1 controls escaped (jsonesc.C1).
func referenceString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return string(jsonesc.C1([]byte(strings.TrimSuffix(buf.String(), "\n"))))
}

// trickyStrings are strings that exercise every branch of appendJSONString.
func trickyStrings() []string {
	ss := []string{
		"", " ", `"`, `\`, `\\"`, "<>&", "<script>&amp;</script>",
		"\u2028", "\u2029", "a\u2028b\u2029c", "\u2027\u202a\u2020…“”–",
		"\xe2", "\xe2\x80", "\xe2\x80\xa8\xe2", "\xe2\x81\xa8", "\xe2\x80\x28",
		"\xff", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xd8", "\xd8\x41", "ا\xd8", "\xd8\xa7\xa7",
		"\ufffd", "\ufeffنص", "𝄞 emoji 😀", "\x7f", "a\x00b",
		"التحالف يستبعد تدخلا عسكريا وشيكا بليبيا",
		"دبي، الإمارات العربية المتحدة (CNN)-- \"قال\" \\ <وفق> & كيري\n\tالسطر\r\n",
	}
	for b := range 0x20 {
		ss = append(ss, string(rune(b)), "x"+string(rune(b))+"ي")
	}
	for b := 0x80; b < 0x100; b++ {
		ss = append(ss, string([]byte{byte(b)}), "ع"+string([]byte{byte(b), 'a'}), string([]byte{byte(b), 0x80, 0x80, 0x80}))
	}
	return ss
}

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	var all strings.Builder
	for _, s := range trickyStrings() {
		all.WriteString(s)
		if got, want := string(appendJSONString(nil, s)), referenceString(s); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
	s := all.String()
	if got, want := string(appendJSONString([]byte("prefix"), s)), "prefix"+referenceString(s); got != want {
		t.Errorf("appendJSONString of all the strings:\ngot  %s\nwant %s", got, want)
	}
	// Each one inside clean text, at every offset of the eight-byte
	// blocks that utf8run.JSON takes, and cut short at every length.
	for _, tr := range trickyStrings() {
		for k := range 17 {
			for _, s := range []string{
				strings.Repeat("ب", k/2) + strings.Repeat("a", k%2) + tr + "سلام عليكم and more text",
				"سلام عليكم ورحمة"[:k] + tr,
			} {
				if got, want := string(appendJSONString(nil, s)), referenceString(s); got != want {
					t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
				}
			}
		}
	}
}

func BenchmarkAppendJSONString(b *testing.B) {
	s := strings.Repeat("قال وزير الخارجية، في مؤتمر صحفي: “لن نقبل بذلك” (2016). ", 100)
	buf := make([]byte, 0, 2*len(s))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		buf = appendJSONString(buf[:0], s)
	}
}

// BenchmarkAppendJSONStringLatin1 is Arabic text with guillemets and
// no-break spaces (U+00A0–U+00FF, where the fast run stops since the C1
// controls sit just below them).
func BenchmarkAppendJSONStringLatin1(b *testing.B) {
	s := strings.Repeat("قال الوزير «لن نقبل بذلك» في مؤتمر صحفي، وأضاف «سنرد». ", 100)
	buf := make([]byte, 0, 2*len(s))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		buf = appendJSONString(buf[:0], s)
	}
}

func FuzzJSONString(f *testing.F) {
	for _, s := range trickyStrings() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendJSONString(nil, s)
		if want := referenceString(s); string(got) != want {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
		if !utf8.Valid(got) || !json.Valid(got) {
			t.Fatalf("appendJSONString(%q) = %s: not valid JSON", s, got)
		}
	})
}

// edgeDocuments are hand-built documents covering every field in each of
// its states: nil, empty, and odd values.
func edgeDocuments() []*document.Document {
	tricky := strings.Join(trickyStrings(), "|")
	var docs []*document.Document
	docs = append(docs,
		specDocument(),
		errorDocument(),
		&document.Document{},
		&document.Document{Error: &document.Error{}},
		&document.Document{SchemaVersion: -7, ID: ptr(""), Input: document.Input{Record: ptr(0)}, Error: &document.Error{Code: document.ErrorCode(tricky), Message: "\u2028<>&"}},
		&document.Document{SchemaVersion: document.SchemaVersion, Input: document.Input{Path: "a.txt", Format: "text", Encoding: ptr("utf-8"), SHA256: strings.Repeat("0", 64)},
			Attribution: &document.Attribution{Text: "x", Line: 3}, Stats: &document.Stats{}, Normalization: &document.Normalization{Profile: "none"}},
		&document.Document{
			Captions: []document.Caption{}, Blocks: []document.Block{}, Residue: []document.Residue{}, Warnings: []document.Warning{},
			Container: map[string]any{}, Attribution: &document.Attribution{Names: []string{}},
			Normalization: &document.Normalization{Changes: map[string]int{}}, Dateline: &document.Dateline{},
		},
	)
	d := specDocument()
	s := func(x string) *string { return &x }
	d.ID, d.Title, d.Date, d.URL, d.Author, d.Excerpt, d.Text, d.Fingerprint = s(tricky), s(""), s("\x00"), s("<a href=\"x\">&</a>"), s("\\"), s("\u2029"), s(tricky), s("\xff\xfe")
	d.Language, d.Dir = s("\t"), s("")
	d.Input = document.Input{Path: tricky, Member: s("m\u2028"), Format: "\x1f", Encoding: s(""), Bytes: math.MinInt64, SHA256: "x", Record: ptr(math.MaxInt)}
	d.Captions = []document.Caption{{}, {EN: s(tricky), AR: s("\xd8"), Credit: s(""), Agency: s("\""), Date: s("d"), Place: s("p"), Line: -1}}
	d.Dateline = &document.Dateline{Text: tricky, Place: s("\u2028"), Line: math.MaxInt64}
	d.Blocks = append(d.Blocks, document.Block{}, document.Block{Type: tricky, Lang: "\n", Text: tricky, Line: math.MinInt})
	d.Attribution = &document.Attribution{Text: tricky, Names: []string{"", tricky, "<&>"}, Line: 0}
	d.Residue = []document.Residue{{}, {Text: tricky, Kind: "\r", Line: 1}}
	d.Stats = &document.Stats{Lines: 1, Paragraphs: -2, Headings: 3, ListItems: math.MaxInt32, Captions: 5, WordsAR: 6, WordsEN: 1 << 40}
	d.Normalization = &document.Normalization{Profile: tricky, Changes: map[string]int{"b": 1, "a": -2, "": 0, "\u2028<": 3, "ب": 4, "B": 5, tricky: 6}}
	d.Warnings = []document.Warning{{}, {Code: document.WarningCode(tricky), Message: tricky}, {Code: "c", Message: "m", Line: 7}, {Line: -1}}
	d.Container = map[string]any{
		"s": tricky, "n": nil, "t": true, "f": false, "": "empty key", "<&>": "\u2028",
		"num": json.Number("1500"), "neg": json.Number("-0.5e+10"), "bad": json.Number(""),
		"f64": []any{0.0, math.Copysign(0, -1), 1.0, -1.5, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, 5e-324, math.MaxFloat64},
		"int": 42, "i64": int64(-9), "u8": uint8(7), "f32": float32(0.1),
		"list": []any{}, "nillist": []any(nil), "nilmap": map[string]any(nil), "strs": []string{"x", "<"},
		"nested": map[string]any{"z": []any{map[string]any{"k": "v", "a": []any{nil, "ا"}}}, "a": map[string]any{}},
		"obj":    struct{ A string }{"<x>"},
		"raw":    json.RawMessage(`{"b" : [1, 2], "a":"<\u2028>"}`),
		tricky:   tricky,
	}
	docs = append(docs, d)
	// The same, as an error record.
	e := *d
	e.Error = &document.Error{Code: document.ErrSyntax, Message: tricky}
	docs = append(docs, &e)
	return append(docs, textDocuments()...)
}

// textDocuments have a Text that is, or nearly is, their paragraphs,
// headings and list items joined by blank lines: the fast writer copies
// Text from the blocks only when it is exactly that.
func textDocuments() []*document.Document {
	blocks := []document.Block{
		{Type: document.BlockParagraph, Text: "أ\"ب\u2028"},
		{Type: document.BlockByline, Text: "not in the text"},
		{Type: document.BlockHeading, Text: "\xd8"},
		{Type: document.BlockListItem, Text: "\x01\n\t<&>"},
		{Type: document.BlockParagraph, Text: ""},
	}
	join := "أ\"ب\u2028\n\n\xd8\n\n\x01\n\t<&>\n\n"
	var docs []*document.Document
	for _, text := range []string{
		join, join + "x", join[:len(join)-1], "x" + join, "", "\n\n",
		strings.Replace(join, "\n\n", "\n", 1), strings.Replace(join, "\xd8", "\xd9", 1),
		"أ\"ب\u2028\n\nnot in the text\n\n\xd8\n\n\x01\n\t<&>\n\n",
	} {
		docs = append(docs, &document.Document{Blocks: blocks, Text: &text})
	}
	docs = append(docs,
		&document.Document{Blocks: blocks},
		&document.Document{Blocks: blocks[:1], Text: &blocks[0].Text},
		&document.Document{Blocks: blocks[1:2], Text: &blocks[1].Text},
		&document.Document{Blocks: []document.Block{}, Text: new(string)},
	)
	return docs
}

// fastFiles lists the files whose every document is checked: the test
// inputs of the repository, and the shared corpus when present.
func fastFiles(t *testing.T) []string {
	t.Helper()
	return walkFiles(t, []string{"../../testdata", "../testdata", "../segment/testdata", "../../../shared/corpus"}, func(string) bool { return true })
}

// checkFast checks that the fast writer gives encoding/json's bytes for d,
// compact and indented, alone and as an array element.
func checkFast(t *testing.T, name string, d *document.Document) {
	t.Helper()
	want, err := referenceJSON(d, "", false)
	if err != nil {
		t.Fatalf("%s: encoding/json: %v", name, err)
	}
	got, err := appendDocument([]byte("x"), d)
	if err != nil {
		t.Fatalf("%s: appendDocument: %v", name, err)
	}
	if !bytes.Equal(got[1:], want) || got[0] != 'x' {
		t.Fatalf("%s: appendDocument differs from encoding/json:\ngot  %s\nwant %s", name, got[1:], want)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, d, false); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), append(want, '\n')) {
		t.Fatalf("%s: WriteJSON differs from encoding/json:\ngot  %s\nwant %s", name, buf.Bytes(), want)
	}
	for _, prefix := range []string{"", "  "} {
		want, err := referenceJSON(d, prefix, true)
		if err != nil {
			t.Fatal(err)
		}
		got, err := encodeDocument(d, prefix, true)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s: indented with prefix %q differs from encoding/json:\ngot  %s\nwant %s", name, prefix, got, want)
		}
	}
	if b, err := json.Marshal(d); err != nil || !json.Valid(b) {
		t.Fatalf("%s: json.Marshal: %v", name, err)
	}
}

func TestAppendDocumentMatchesEncodingJSON(t *testing.T) {
	for i, d := range edgeDocuments() {
		checkFast(t, "edge document "+string(rune('0'+i)), d)
	}
	files := fastFiles(t)
	if len(files) == 0 {
		t.Fatal("no test files")
	}
	n := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, prof := range []normalize.Profile{normalize.None, normalize.Display, normalize.Search} {
			docs := extract.Extract(document.Source{Path: filepath.ToSlash(p)}, data, extract.Options{In: "auto", Encoding: "auto", Profile: prof})
			for _, d := range docs {
				checkFast(t, p+"/"+prof.String(), d)
				n++
			}
		}
	}
	t.Logf("%d documents from %d files", n, len(files))
}

// A container value encoding/json cannot encode is an error, encoding/json's
// (which wraps it in the name of the Document's MarshalJSON).
func TestAppendDocumentContainerError(t *testing.T) {
	for _, v := range []any{math.NaN(), math.Inf(-1), json.Number("1x"), func() {}, make(chan int)} {
		d := specDocument()
		d.Container = map[string]any{"k": []any{v}}
		_, werr := referenceJSON(d, "", false)
		_, err := appendDocument(nil, d)
		if err == nil || werr == nil || !strings.HasSuffix(werr.Error(), ": "+err.Error()) {
			t.Errorf("%v: error %v, want %v", v, err, werr)
		}
		if err := WriteJSON(&bytes.Buffer{}, d, false); err == nil {
			t.Errorf("%v: WriteJSON: no error", v)
		}
	}
}

// The members dedup adds are written after error, both or neither, by the
// fast writer and by encoding/json alike, and read back.
func TestAppendDocumentCluster(t *testing.T) {
	keeper, odd := "a/1", "x\"<\u2028"
	for _, c := range []struct{ cluster, dup *string }{{&keeper, nil}, {&keeper, &keeper}, {&odd, &keeper}} {
		d := specDocument()
		d.Cluster, d.DuplicateOf = c.cluster, c.dup
		checkFast(t, "cluster", d)
		b, _ := appendDocument(nil, d)
		if !bytes.Contains(b, []byte(`"error":null,"cluster":`)) || !bytes.Contains(b, []byte(`,"duplicate_of":`)) {
			t.Fatalf("cluster members not after error: %s", b)
		}
		var back document.Document
		if err := json.Unmarshal(b, &back); err != nil || *back.Cluster != *c.cluster || (back.DuplicateOf == nil) != (c.dup == nil) {
			t.Fatalf("read back %v: %+v %+v", err, back.Cluster, back.DuplicateOf)
		}
	}
	d := specDocument()
	if b, _ := appendDocument(nil, d); bytes.Contains(b, []byte("cluster")) {
		t.Fatalf("cluster written without one: %s", b)
	}
}
