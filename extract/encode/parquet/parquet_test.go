package parquet

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	pq "github.com/parquet-go/parquet-go"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
)

var update = flag.Bool("update", false, "rewrite testdata/schema.txt")

// The schema is a contract: a change shows in testdata/schema.txt, to be
// reviewed (columns are added at the end only).
func TestSchemaStable(t *testing.T) {
	got := Schema() + "\n"
	if *update {
		if err := os.WriteFile("testdata/schema.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/schema.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("schema changed (go test -update to accept):\n%s", got)
	}
	for _, col := range []string{"metadata", "blocks", "captions"} {
		if !strings.Contains(got, "group "+col) {
			t.Errorf("no group column %s", col)
		}
	}
	if strings.Contains(got, "(MAP)") {
		t.Error("a map column: Hugging Face datasets cannot load it")
	}
}

func TestRegistered(t *testing.T) {
	e := encode.ByName("parquet")
	if e == nil || !encode.IsColumnar(e) || encode.IsColumnar(encode.JSONL{}) {
		t.Fatalf("parquet format not registered as columnar: %v", e)
	}
}

// testDocs are the documents of the repository's test inputs, error
// records and dedup's members included.
func testDocs(t *testing.T) []*document.Document {
	t.Helper()
	var docs []*document.Document
	for _, dir := range []string{"../../testdata/containers", "../../../testdata/sample"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, extract.Extract(document.Source{Path: filepath.ToSlash(p)}, data, extract.Options{In: "auto", Encoding: "auto"})...)
		}
	}
	docs = append(docs, extract.ErrorRecord(document.Source{Path: "x.bin", Member: "a/b"}, document.ErrNotText, "binary data"))
	c, dup := "k", "k"
	docs[0].Cluster = &c
	docs[1].Cluster, docs[1].DuplicateOf = &c, &dup
	hijri := "1436-10-25"
	docs[2].DateHijri = &hijri // the column added last
	if len(docs) < 10 {
		t.Fatalf("only %d test documents", len(docs))
	}
	return docs
}

func jsonOf(t *testing.T, d *document.Document) string {
	t.Helper()
	b, err := encode.AppendJSON(nil, d, false)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Written and read back with the Parquet library, every document gives
// the JSON it was written from.
func TestRoundTrip(t *testing.T) {
	docs := testDocs(t)
	var buf bytes.Buffer
	s := Format{}.NewStream(&buf)
	for _, d := range docs {
		if err := s.Write(d, nil); err != nil {
			t.Fatal(err)
		}
	}
	if s.(encode.SizedStream).Size() <= 0 {
		t.Error("no size")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := pq.Read[Row](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(docs) {
		t.Fatalf("%d rows, want %d", len(rows), len(docs))
	}
	for i := range rows {
		back, err := rows[i].Document()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := jsonOf(t, back), jsonOf(t, docs[i]); got != want {
			t.Fatalf("row %d:\ngot  %s\nwant %s", i, got, want)
		}
	}
	f, err := pq.OpenFile(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.Lookup("sahifa.schema"); v != Version {
		t.Errorf("sahifa.schema = %q", v)
	}
	if col, ok := f.Schema().Lookup("metadata", "stats", "words_ar"); !ok || col.Node.Type().Kind() != pq.Int32 {
		t.Errorf("metadata.stats.words_ar: %v %v", ok, col)
	}
}

// A one-document file (AppendFile) reads back too; a container that JSON
// cannot hold is an error.
func TestAppendFile(t *testing.T) {
	d := testDocs(t)[0]
	b, err := Format{}.AppendFile([]byte("x"), d)
	if err != nil || !bytes.HasPrefix(b, []byte("xPAR1")) || !bytes.HasSuffix(b, []byte("PAR1")) {
		t.Fatalf("AppendFile: %v %q", err, b[:min(len(b), 8)])
	}
	bad := *d
	bad.Container = map[string]any{"f": func() {}}
	if _, err := (Format{}).AppendFile(nil, &bad); err == nil {
		t.Error("no error for a container JSON cannot hold")
	}
	var r Row
	s := "[1]"
	r.Metadata.Container = &s
	if _, err := r.Document(); err == nil || !strings.Contains(err.Error(), "metadata.container") {
		t.Errorf("container not an object: %v", err)
	}
}

// benchDocs returns the test documents, and counts their JSON Lines bytes.
func benchDocs(b *testing.B) []*document.Document {
	docs := testDocs(&testing.T{})
	var n int64
	for _, d := range docs {
		j, _ := encode.AppendJSON(nil, d, false)
		n += int64(len(j))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	return docs
}

// BenchmarkStream writes the test documents to a Parquet stream; the bytes
// are those of their JSON Lines.
func BenchmarkStream(b *testing.B) {
	docs := benchDocs(b)
	for b.Loop() {
		s := Format{}.NewStream(io.Discard)
		for _, d := range docs {
			if err := s.Write(d, nil); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONL writes the same documents as JSON Lines, to compare.
func BenchmarkJSONL(b *testing.B) {
	docs := benchDocs(b)
	var buf []byte
	for b.Loop() {
		for _, d := range docs {
			buf, _ = encode.AppendJSON(buf[:0], d, false)
		}
	}
}
