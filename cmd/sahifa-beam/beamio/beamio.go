// Package beamio runs sahifa on Apache Beam: composite transforms that
// read articles (files, folders, archives and their members, JSON Lines
// records, TREC and WARC/WET files: whatever `sahifa extract` reads),
// extract them with sahifa's own library, and write JSON Lines or Parquet
// in shards.
//
// Errors are data: an article that fails becomes an error record in a
// second output, counted in the Beam metric sahifa/errors; the bundle
// never fails for it. The documents are those `sahifa extract` writes
// for the same inputs, order aside.
//
// An input is the unit of work: a worker walks it and converts its
// articles one by one (streamed, so a worker holds a few articles of
// memory); split a large archive into several to spread it over workers.
// Inputs are read with the operating system's file calls, so they must
// be on a file system every worker sees.
package beamio

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/batch"
	"github.com/sahifa/sahifa/extract/charset"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/source"
	"github.com/sahifa/sahifa/normalize"
)

// Config is how articles are read and extracted: the options of `sahifa
// extract` that a pipeline takes, as plain values (a DoFn is serialized to
// its workers).
type Config struct {
	// In is the input format: auto, text, trec, jsonl or warc ("" is auto).
	In string
	// Encoding is the input encoding: auto, utf-8, utf-16, windows-1256
	// or iso-8859-6 ("" is auto).
	Encoding string
	// TextField and IDField name the JSON Lines fields of the text and the
	// id ("text" and "id" when empty).
	TextField, IDField string
	// Normalize is the normalization profile: none, display or search
	// ("" is display).
	Normalize string
	// MaxSize is the size limit of one article (source.DefaultMaxSize when
	// not positive).
	MaxSize int64
	// Globs filter the articles found in folders and archives, as
	// `sahifa extract --glob` does.
	Globs []string
}

// Options returns the extract.Options of c, or what is wrong with it.
func (c Config) Options() (extract.Options, error) {
	name := c.Normalize
	if name == "" {
		name = "display"
	}
	p, err := normalize.ParseProfile(name)
	if err != nil {
		return extract.Options{}, err
	}
	in := c.In
	if in == "" {
		in = "auto"
	}
	switch in {
	case "auto", "text", "trec", "jsonl", "warc":
	default:
		return extract.Options{}, fmt.Errorf("unknown input format %q: valid formats are auto, text, trec, jsonl, warc", c.In)
	}
	enc := c.Encoding
	if enc == "" {
		enc = "auto"
	}
	if !charset.Valid(enc) {
		return extract.Options{}, fmt.Errorf("unknown encoding %q: valid encodings are auto, %s", c.Encoding, strings.Join(charset.Forced, ", "))
	}
	tf, idf := c.TextField, c.IDField
	if tf == "" {
		tf = "text"
	}
	if idf == "" {
		idf = "id"
	}
	return extract.Options{In: in, Encoding: enc, TextField: tf, IDField: idf, Profile: p}, nil
}

// The metrics of Extract, in the namespace "sahifa".
var (
	documents      = beam.NewCounter("sahifa", "documents")
	errorRecords   = beam.NewCounter("sahifa", "errors")
	warnings       = beam.NewCounter("sahifa", "warnings")
	skippedRecords = beam.NewCounter("sahifa", "skipped_records")
)

func init() {
	register.DoFn2x0[string, func(string)](&matchFn{})
	register.DoFn4x1[context.Context, string, func(string), func(string), error](&extractFn{})
	register.Emitter1[string]()
}

// Match turns inputs (paths of files, folders and archives, or patterns
// of filepath.Match, expanded here) into a PCollection of paths, spread
// over the workers. A pattern that matches nothing is kept as it is: its
// extraction gives an error record that names it, so that nothing asked
// for is lost silently.
func Match(s beam.Scope, inputs ...string) beam.PCollection {
	s = s.Scope("sahifa.Match")
	paths := beam.ParDo(s, &matchFn{}, beam.CreateList(s, inputs))
	return beam.Reshuffle(s, paths)
}

type matchFn struct{}

func (f *matchFn) ProcessElement(pattern string, emit func(string)) {
	if strings.ContainsAny(pattern, "*?[") {
		if m, err := filepath.Glob(pattern); err == nil && len(m) > 0 {
			sort.Strings(m)
			for _, p := range m {
				emit(p)
			}
			return
		}
	}
	emit(pattern)
}

// Extract converts the inputs of paths (as Match gives them) into
// documents: docs holds the documents, errs the error records, each one
// JSON Lines line (no newline) exactly as `sahifa extract -f jsonl` writes
// it. cfg must be valid (Config.Options).
func Extract(s beam.Scope, cfg Config, paths beam.PCollection) (docs, errs beam.PCollection) {
	s = s.Scope("sahifa.Extract")
	return beam.ParDo2(s, &extractFn{Config: cfg}, paths)
}

type extractFn struct {
	Config Config

	opt  extract.Options
	conv batch.Convert
}

func (f *extractFn) Setup() error {
	opt, err := f.Config.Options()
	if err != nil {
		return err
	}
	f.opt, f.conv = opt, batch.Extract(opt)
	return nil
}

func (f *extractFn) ProcessElement(ctx context.Context, path string, doc, bad func(string)) error {
	var skipped atomic.Int64
	sopt := source.Options{Globs: f.Config.Globs, MaxSize: f.Config.MaxSize}
	var buf []byte
	for it := range source.Walk([]string{path}, sopt) {
		for u := range batch.Units(ctx, it, f.opt, f.Config.MaxSize, &skipped) {
			for _, d := range f.conv(u) {
				var err error
				buf, err = encode.AppendJSON(buf[:0], d, false)
				if err != nil {
					// Cannot happen for a document of the library; kept as
					// data all the same.
					buf = fmt.Appendf(buf[:0], `{"schema_version":%d,"error":{"code":"read","message":%q}}`, document.SchemaVersion, "internal error: "+err.Error()+"; please report it")
				}
				line := strings.TrimSuffix(string(buf), "\n")
				if d.Error != nil {
					errorRecords.Inc(ctx, 1)
					bad(line)
					continue
				}
				documents.Inc(ctx, 1)
				warnings.Inc(ctx, int64(len(d.Warnings)))
				doc(line)
			}
		}
	}
	skippedRecords.Inc(ctx, skipped.Load())
	return ctx.Err()
}
