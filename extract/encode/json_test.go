package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
)

// keysInOrder returns the top-level keys of a JSON object in order.
func keysInOrder(t *testing.T, b []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %s", b)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestWriteJSONFieldOrder(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, specDocument(), false); err != nil {
		t.Fatal(err)
	}
	want := []string{"schema_version", "id", "input", "language", "dir", "title", "date", "date_hijri", "url", "author",
		"excerpt", "container", "captions", "dateline", "blocks", "attribution", "residue", "text",
		"fingerprint", "stats", "normalization", "warnings", "error"}
	if got := keysInOrder(t, buf.Bytes()); !slices.Equal(got, want) {
		t.Errorf("keys = %v\nwant   %v", got, want)
	}
	if bytes.Count(buf.Bytes(), []byte("\n")) != 1 || !bytes.HasSuffix(buf.Bytes(), []byte("}\n")) {
		t.Errorf("a JSON Lines record must be one line ending in a newline: %q", buf.String())
	}
	in := buf.String()[strings.Index(buf.String(), `"input":`):]
	if !strings.HasPrefix(in, `"input":{"path":"corpus/seed/aljazeera-2016-02-02-libya-coalition.txt","member":null,"format":"text","encoding":"utf-8","bytes":4775,"sha256":"`) {
		t.Errorf("input in the wrong order: %s", in)
	}
	validateAgainstSchema(t, buf.Bytes())
}

func TestWriteJSONNoHTMLEscape(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, specDocument(), true); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if !strings.Contains(s, "<وفق> ما قاله & كيري") {
		t.Errorf("HTML characters escaped or text changed:\n%s", s)
	}
	if strings.Contains(s, `\u003c`) || strings.Contains(s, `\u0026`) {
		t.Errorf("HTML escapes in output:\n%s", s)
	}
	if !strings.HasPrefix(s, "{\n  \"schema_version\": 3,\n  \"id\": ") {
		t.Errorf("not indented with two spaces:\n%s", s)
	}
	validateAgainstSchema(t, buf.Bytes())
}

func TestWriteJSONNulls(t *testing.T) {
	d := &document.Document{SchemaVersion: document.SchemaVersion, Input: document.Input{Path: "a.txt", Format: "text", Encoding: ptr("utf-8"), SHA256: strings.Repeat("0", 64)},
		Attribution: &document.Attribution{Text: "x", Line: 3}, Stats: &document.Stats{}, Normalization: &document.Normalization{Profile: "none"}}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, d, false); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "language", "dir", "title", "date", "date_hijri", "url", "author", "excerpt", "container", "dateline", "text", "fingerprint", "error"} {
		if v, ok := m[k]; !ok || v != nil {
			t.Errorf("%s = %v (present %v), want null", k, v, ok)
		}
	}
	for _, k := range []string{"captions", "blocks", "residue", "warnings"} {
		if v, ok := m[k].([]any); !ok || len(v) != 0 {
			t.Errorf("%s = %#v, want []", k, m[k])
		}
	}
	if names, ok := m["attribution"].(map[string]any)["names"].([]any); !ok || len(names) != 0 {
		t.Errorf("attribution.names = %#v, want []", m["attribution"])
	}
	if ch, ok := m["normalization"].(map[string]any)["changes"].(map[string]any); !ok || len(ch) != 0 {
		t.Errorf("normalization.changes = %#v, want {}", m["normalization"])
	}
	if strings.Contains(buf.String(), "0001-01-01") {
		t.Errorf("zero time in output: %s", buf.String())
	}
	validateAgainstSchema(t, buf.Bytes())
}

func TestWriteJSONErrorRecord(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    *document.Document
		want string
	}{
		{"unread", errorDocument(),
			`{"schema_version":3,"input":{"path":"in.zip","member":"a/b.txt","format":null,"encoding":null,"bytes":null,"sha256":null},"error":{"code":"too-large","message":"larger than --max-size 32MiB"}}`},
		{"with id", func() *document.Document {
			d := extract.ErrorRecord(document.Source{Path: "a.jsonl"}, document.ErrSyntax, "line 3: invalid JSON <here>")
			d.ID = ptr("rec-3")
			d.Input.Format = "jsonl"
			d.Input.SHA256 = strings.Repeat("a", 64)
			d.Input.Bytes = 0
			d.Input.Record = ptr(3)
			d.Title = ptr("ignored")
			d.Blocks = []document.Block{{Type: document.BlockParagraph, Text: "ignored"}}
			return d
		}(),
			`{"schema_version":3,"id":"rec-3","input":{"path":"a.jsonl","member":null,"format":"jsonl","encoding":null,"bytes":0,"sha256":"` + strings.Repeat("a", 64) + `","record":3},"error":{"code":"syntax","message":"line 3: invalid JSON <here>"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteJSON(&buf, tc.d, false); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(buf.String(), "\n"); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			validateAgainstSchema(t, buf.Bytes())
		})
	}
}

// json.Marshal on a document.Document (a value or a pointer) gives the same
// document as WriteJSON, HTML escapes apart.
func TestMarshalJSONMatchesWriteJSON(t *testing.T) {
	d := specDocument()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, d, false); err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{d, *d} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var x, y any
		json.Unmarshal(b, &x)
		json.Unmarshal(buf.Bytes(), &y)
		if fmt.Sprint(x) != fmt.Sprint(y) {
			t.Errorf("json.Marshal(%T) differs:\n%s\n%s", v, b, buf.Bytes())
		}
	}
}

func TestJSONArrayWriter(t *testing.T) {
	docs := []*document.Document{specDocument(), errorDocument(), specDocument()}
	for _, indent := range []bool{false, true} {
		for _, single := range []bool{false, true} {
			for n := 0; n <= len(docs); n++ {
				t.Run(fmt.Sprintf("indent=%v/single=%v/n=%d", indent, single, n), func(t *testing.T) {
					var buf bytes.Buffer
					w := NewJSONArrayWriter(&buf, indent)
					w.Single = single
					for _, d := range docs[:n] {
						if err := w.Write(d); err != nil {
							t.Fatal(err)
						}
					}
					if err := w.Close(); err != nil {
						t.Fatal(err)
					}
					out := buf.Bytes()
					if !bytes.HasSuffix(out, []byte("\n")) || bytes.HasSuffix(out, []byte("\n\n")) {
						t.Errorf("output must end in exactly one newline: %q", out)
					}
					if !json.Valid(out) {
						t.Fatalf("invalid JSON:\n%s", out)
					}
					if single && n == 1 {
						var want bytes.Buffer
						WriteJSON(&want, docs[0], indent)
						if !bytes.Equal(out, want.Bytes()) {
							t.Errorf("a lone document must be written as with WriteJSON:\n%s", out)
						}
					} else {
						var elems []json.RawMessage
						if err := json.Unmarshal(out, &elems); err != nil {
							t.Fatalf("not an array: %v\n%s", err, out)
						}
						if len(elems) != n {
							t.Errorf("%d elements, want %d", len(elems), n)
						}
						if indent && n > 0 {
							var compact, want bytes.Buffer
							json.Compact(&compact, out)
							json.Indent(&want, compact.Bytes(), "", "  ")
							want.WriteByte('\n')
							if !bytes.Equal(out, want.Bytes()) {
								t.Errorf("not indented as json.Indent would:\n%s", out)
							}
						}
						if !indent && bytes.Count(out, []byte("\n")) != 1 {
							t.Errorf("compact output must be one line:\n%s", out)
						}
					}
					if n > 0 {
						validateAgainstSchema(t, out)
					}
				})
			}
		}
	}
}

// The array streams: each document reaches the writer when it is written.
func TestJSONArrayWriterStreams(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONArrayWriter(&buf, false)
	w.Write(specDocument())
	first := buf.Len()
	if first == 0 {
		t.Fatal("first document held back")
	}
	w.Write(specDocument())
	if buf.Len() <= first {
		t.Fatal("second document held back")
	}

	buf.Reset()
	w = NewJSONArrayWriter(&buf, false)
	w.Single = true
	w.Write(specDocument())
	if buf.Len() != 0 {
		t.Fatal("Single: the first document must wait for a second")
	}
	w.Write(specDocument())
	if !bytes.HasPrefix(buf.Bytes(), []byte(`[{"schema_version"`)) || !bytes.Contains(buf.Bytes(), []byte(`},{"schema_version"`)) {
		t.Fatalf("Single: both documents should be out once the second arrives: %s", buf.Bytes())
	}
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

func TestJSONArrayWriterErrors(t *testing.T) {
	w := NewJSONArrayWriter(&failWriter{n: 1}, true)
	if err := w.Write(specDocument()); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(specDocument()); err == nil {
		t.Fatal("write error not reported")
	}
	if err := w.Close(); err == nil {
		t.Fatal("error not sticky")
	}
	if err := WriteJSON(&failWriter{}, specDocument(), false); err == nil {
		t.Fatal("WriteJSON: write error not reported")
	}
	w = NewJSONArrayWriter(&bytes.Buffer{}, false)
	w.Close()
	if err := w.Write(specDocument()); err == nil {
		t.Fatal("write after close accepted")
	}
}

func ExampleWriteJSON() {
	d := extract.ErrorRecord(document.Source{Path: "big.txt"}, document.ErrTooLarge, "larger than --max-size 32MiB")
	WriteJSON(os.Stdout, d, false)
	// Output:
	// {"schema_version":3,"input":{"path":"big.txt","member":null,"format":null,"encoding":null,"bytes":null,"sha256":null},"error":{"code":"too-large","message":"larger than --max-size 32MiB"}}
}

func ExampleJSONArrayWriter() {
	w := NewJSONArrayWriter(os.Stdout, false)
	w.Single = true // one document alone is written as an object
	for _, name := range []string{"a.txt", "b.txt"} {
		w.Write(extract.ErrorRecord(document.Source{Path: name}, document.ErrRead, "permission denied"))
	}
	w.Close()
	// Output:
	// [{"schema_version":3,"input":{"path":"a.txt","member":null,"format":null,"encoding":null,"bytes":null,"sha256":null},"error":{"code":"read","message":"permission denied"}},{"schema_version":3,"input":{"path":"b.txt","member":null,"format":null,"encoding":null,"bytes":null,"sha256":null},"error":{"code":"read","message":"permission denied"}}]
}

// BenchmarkWriteJSON writes JSON Lines records with WriteJSON ("fast") and,
// for comparison, with encoding/json on the Document ("encoding-json"): the
// spec's example, and every document of the sample articles.
func BenchmarkWriteJSON(b *testing.B) {
	var corpus []*document.Document
	files, _ := filepath.Glob("../../testdata/sample/*.txt")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		corpus = append(corpus, extract.Extract(document.Source{Path: p}, data, extract.Options{In: "auto", Encoding: "auto"})...)
	}
	if len(corpus) == 0 {
		b.Fatal("no sample articles")
	}
	reflectWrite := func(w io.Writer, d *document.Document, indent bool) error {
		e, err := referenceJSON(d, "", indent)
		if err != nil {
			return err
		}
		_, err = w.Write(append(e, '\n'))
		return err
	}
	for _, set := range []struct {
		name string
		docs []*document.Document
	}{{"spec", []*document.Document{specDocument()}}, {"sample", corpus}} {
		for _, indent := range []bool{false, true} {
			for _, impl := range []struct {
				name  string
				write func(io.Writer, *document.Document, bool) error
			}{{"fast", WriteJSON}, {"encoding-json", reflectWrite}} {
				name := set.name + "/" + impl.name
				if indent {
					name = set.name + "/indent/" + impl.name
				}
				b.Run(name, func(b *testing.B) {
					var buf bytes.Buffer
					for _, d := range set.docs {
						impl.write(&buf, d, indent)
					}
					b.SetBytes(int64(buf.Len()))
					b.ReportAllocs()
					for b.Loop() {
						buf.Reset()
						for _, d := range set.docs {
							if err := impl.write(&buf, d, indent); err != nil {
								b.Fatal(err)
							}
						}
					}
				})
			}
		}
	}
}
