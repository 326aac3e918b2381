package beamio

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/sahifa/sahifa/extract/batch"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/source"
)

// TestMain runs the pipelines of the tests on Prism, the Go SDK's local
// runner, unless --runner says otherwise.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// root is the main module's folder, whose testdata the tests read.
const root = "../../.."

// lineSink collects what batch.Run writes, one canonical JSON line per
// document, split into documents and error records.
type lineSink struct {
	t          *testing.T
	docs, errs []string
}

func (s *lineSink) Render(*document.Document) []byte { return nil }
func (s *lineSink) Buffered() bool                   { return false }
func (s *lineSink) Flush() error                     { return nil }
func (s *lineSink) Close(bool) error                 { return nil }

func (s *lineSink) Write(_ *batch.Unit, docs []*document.Document, _ map[*document.Document][]byte) error {
	for _, d := range docs {
		b, err := encode.AppendJSON(nil, d, false)
		if err != nil {
			s.t.Fatal(err)
		}
		line := strings.TrimSuffix(string(b), "\n")
		if d.Error != nil {
			s.errs = append(s.errs, line)
		} else {
			s.docs = append(s.docs, line)
		}
	}
	return nil
}

// cliLines runs batch.Run, what `sahifa extract` runs, on inputs.
func cliLines(t *testing.T, cfg Config, inputs ...string) (docs, errs []string) {
	t.Helper()
	opt, err := cfg.Options()
	if err != nil {
		t.Fatal(err)
	}
	sink := &lineSink{t: t}
	_, err = batch.Run(context.Background(), batch.Config{
		Inputs:  inputs,
		Source:  source.Options{Globs: cfg.Globs, MaxSize: cfg.MaxSize},
		Extract: opt,
		Jobs:    2,
	}, nil, sink, batch.Report{})
	if err != nil {
		t.Fatal(err)
	}
	return sink.docs, sink.errs
}

// runPipeline extracts inputs on the test runner and asserts that its
// documents are wantDocs as a set and that it gives nErrs error records.
func runPipeline(t *testing.T, cfg Config, inputs []string, wantDocs []string, nErrs int) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	docs, errs := Extract(s, cfg, Match(s, inputs...))
	want := make([]any, len(wantDocs))
	for i, d := range wantDocs {
		want[i] = d
	}
	passert.Equals(s, docs, want...)
	passert.Count(s, errs, "error records", nErrs)
	ptest.RunAndValidate(t, p)
}

// TestPipelineEqualsBatch: the sample corpus and fixtures of other
// encodings through the pipeline give exactly the documents of batch.Run
// (as sets of canonical JSON lines) and as many error records.
func TestPipelineEqualsBatch(t *testing.T) {
	tests := []struct {
		name   string
		cfg    Config
		inputs []string
	}{
		{"sample folder", Config{}, []string{filepath.Join(root, "testdata/sample")}},
		{"encodings pattern", Config{}, []string{filepath.Join(root, "testdata/encodings/libya.*.txt")}},
		{"search profile", Config{Normalize: "search"}, []string{filepath.Join(root, "testdata/sample/sabq__2015-07-21__2915.txt"), filepath.Join(root, "testdata/encodings/libya.windows-1256.txt")}},
		{"missing input", Config{}, []string{filepath.Join(root, "testdata/sample/sabq__2015-07-21__2915.txt"), filepath.Join(t.TempDir(), "absent.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var expanded []string
			for _, in := range tt.inputs {
				if m, _ := filepath.Glob(in); len(m) > 0 {
					sort.Strings(m)
					expanded = append(expanded, m...)
				} else {
					expanded = append(expanded, in)
				}
			}
			docs, errs := cliLines(t, tt.cfg, expanded...)
			if len(docs) == 0 {
				t.Fatalf("batch.Run gave no document for %v", expanded)
			}
			runPipeline(t, tt.cfg, tt.inputs, docs, len(errs))
		})
	}
}

// TestDamagedMember: an archive with a binary member gives the good
// documents plus one error record, and the bundle does not fail.
func TestDamagedMember(t *testing.T) {
	dir := t.TempDir()
	arc := filepath.Join(dir, "corpus.tar.gz")
	f, err := os.Create(arc)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	tw := tar.NewWriter(zw)
	add := func(name string, body []byte) {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(body); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"sabq__2015-07-21__2915.txt", "was__2015-08-10__1509.txt"} {
		b, err := os.ReadFile(filepath.Join(root, "testdata/sample", name))
		if err != nil {
			t.Fatal(err)
		}
		add("news/"+name, b)
	}
	add("news/damaged.txt", []byte("\x00\x01\x02\xff\xfe binary \x00\x00\x00 data \x00"))
	for _, c := range []interface{ Close() error }{tw, zw, f} {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
	docs, errs := cliLines(t, Config{}, arc)
	if len(docs) != 2 || len(errs) != 1 {
		t.Fatalf("batch.Run: %d documents and %d error records, want 2 and 1: %v", len(docs), len(errs), errs)
	}
	runPipeline(t, Config{}, []string{arc}, docs, 1)
}
