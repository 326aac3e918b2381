// Command sahifa-beam runs `sahifa extract` as an Apache Beam pipeline:
// the inputs (files, folders, archives, patterns) are spread over the
// workers of a runner (Prism locally; Flink, Spark, Dataflow), each worker
// converts its inputs with sahifa's library, and the documents are written
// in JSON Lines or Parquet shards, the error records in shards of their own.
//
//	sahifa-beam --input 'corpus/*.tar.gz' --output out/docs
//
// writes out/docs-00000-of-00004.jsonl... and out/docs-errors-00000-of-00001.jsonl
// (when there are error records). The runner is Beam's --runner flag
// (prism when not given).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/sahifa/sahifa/cmd/sahifa-beam/beamio"
	"github.com/sahifa/sahifa/extract/source"
)

// flags are the pipeline's own flags (Beam adds its own: --runner, ...).
type flags struct {
	input, output, errors, format, in, encoding, normalize, maxSize, glob string
	shards                                                                int
}

func register(fs *flag.FlagSet) *flags {
	f := &flags{}
	fs.StringVar(&f.input, "input", "", "inputs: files, folders, archives or patterns (* ? [...]), comma-separated")
	fs.StringVar(&f.output, "output", "", "prefix of the document shards: PREFIX-00000-of-00004.jsonl")
	fs.StringVar(&f.errors, "errors", "", "prefix of the error-record shards (default: the --output prefix with -errors)")
	fs.StringVar(&f.format, "format", "jsonl", "output format: jsonl or parquet (error records are always jsonl)")
	fs.IntVar(&f.shards, "shards", 4, "number of document shards")
	fs.StringVar(&f.in, "in", "auto", "input format: auto, text, trec, jsonl or warc")
	fs.StringVar(&f.encoding, "encoding", "auto", "input encoding: auto, utf-8, utf-16, windows-1256 or iso-8859-6")
	fs.StringVar(&f.normalize, "normalize", "display", "normalization profile: none, display or search")
	fs.StringVar(&f.maxSize, "max-size", "32MiB", "size limit of one article (e.g. 64MiB)")
	fs.StringVar(&f.glob, "glob", "", "only the articles of folders and archives matching these patterns, comma-separated")
	return f
}

// plan checks the flags and builds the pipeline.
func (f *flags) plan() (*beam.Pipeline, error) {
	if f.input == "" {
		return nil, fmt.Errorf("--input is missing: give the files, folders, archives or patterns to read")
	}
	if f.output == "" {
		return nil, fmt.Errorf("--output is missing: give the prefix of the shards to write, e.g. out/docs")
	}
	if f.format != "jsonl" && f.format != "parquet" {
		return nil, fmt.Errorf("--format %q: valid formats are jsonl and parquet", f.format)
	}
	if f.shards < 1 {
		return nil, fmt.Errorf("--shards %d: give 1 or more", f.shards)
	}
	size, err := source.ParseSize(f.maxSize)
	if err != nil {
		return nil, fmt.Errorf("--max-size %q: %v", f.maxSize, err)
	}
	cfg := beamio.Config{In: f.in, Encoding: f.encoding, Normalize: f.normalize, MaxSize: size, Globs: split(f.glob)}
	if _, err := cfg.Options(); err != nil {
		return nil, err
	}
	errs := f.errors
	if errs == "" {
		errs = f.output + "-errors"
	}
	p, s := beam.NewPipelineWithRoot()
	docs, bad := beamio.Extract(s, cfg, beamio.Match(s, split(f.input)...))
	beamio.Write(s.Scope("documents"), f.output, f.format, f.shards, docs)
	beamio.Write(s.Scope("errors"), errs, "jsonl", 1, bad)
	return p, nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// run parses args (after beam.Init's flags), runs the pipeline and
// returns the exit code: 0, 1 when it failed, 2 for a usage error.
func run(ctx context.Context, f *flags, stderr io.Writer) int {
	p, err := f.plan()
	if err != nil {
		fmt.Fprintf(stderr, "sahifa-beam: %v\n", err)
		return 2
	}
	if err := beamx.Run(ctx, p); err != nil {
		fmt.Fprintf(stderr, "sahifa-beam: the pipeline failed: %v\n", err)
		return 1
	}
	return 0
}

func main() {
	f := register(flag.CommandLine)
	flag.Parse()
	beam.Init()
	os.Exit(run(context.Background(), f, os.Stderr))
}
