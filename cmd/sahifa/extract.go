package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/source"
	"github.com/sahifa/sahifa/normalize"
)

// extractOptions are the flags of `sahifa extract`, parsed and checked.
type extractOptions struct {
	inputFlags
	args      []string
	maxSizeS  string
	maxSize   int64
	format    string
	output    string
	outDir    string
	overwrite bool
	skipExist bool
	digits    string
	persian   bool
	foldHamza bool
	globs     []string
	filesFrom string
	nul       bool
	jobs      int
	onError   string
	strict    bool
	progress  string
	quiet     bool
}

const extractLong = `Extract reads raw Arabic news articles and writes structured documents.

Inputs are files, folders (walked recursively in sorted order; hidden files
skipped unless named), archives read as streams (.zip, .tar, .tar.gz/.tgz,
a single .gz; a member is shown as ARCHIVE!/MEMBER) and - for standard
input (no argument and a piped standard input: standard input). A zip on
standard input is copied to a temporary file first (at most 1 GiB).

--glob filters the articles found in folders and archives by base name or
relative path (path.Match syntax: *, ?, [a-z]); archives found in a folder
are always opened.

--max-size takes bytes or a unit: 500k, 32MiB (binary: k, KiB, M, MiB, G,
GiB) or 10MB (decimal: KB, MB, GB).

Output is one stream (standard output, or -o FILE written when the run
ends), or with -O DIR one file per article (.json or .md):
  a file named on the command line    DIR/NAME.json
  a file found in a folder            DIR/PATH/IN/FOLDER/NAME.json
  an archive member                   DIR/ARCHIVE/MEMBER/PATH.json
                                      (ARCHIVE without .zip, .tar.gz, …)
  an input holding several articles   DIR/…/NAME/ID.json, one per article
Files are written atomically and never overwritten: an existing file is a
conflict (exit 1) unless --overwrite, or --skip-existing to resume a run.
Error records are not written to DIR (they are reported on stderr).

JSON Lines input (--in jsonl) is streamed: one output line per input line,
in order, flushed as it goes, no state across records, so that
"sahifa extract --in jsonl -f jsonl" is a mapper for GNU parallel --pipe,
Hadoop Streaming or Spark's RDD.pipe.

Exit status: 0 all extracted, 1 some article failed or an output conflict,
2 usage error, 3 --strict and there were warnings, 4 no input matched,
130 interrupted.`

func (a *app) newExtractCmd() *cobra.Command {
	o := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [flags] [PATH | DIR | ARCHIVE | -]...",
		Short: "Extract articles into JSON, JSON Lines or Markdown",
		Long:  extractLong,
		Example: `  sahifa extract article.txt
  sahifa extract -O out/ archive.tar.gz
  cat records.jsonl | sahifa extract --in jsonl -f jsonl
  parallel --pipe -k sahifa extract --in jsonl -f jsonl < big.jsonl > out.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.args = args
			if err := a.checkExtract(cmd, o); err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return a.runExtract(ctx, o)
		},
	}
	f := cmd.Flags()
	f.SortFlags = false
	o.registerReading(f)
	f.StringVar(&o.maxSizeS, "max-size", "32MiB", "largest article, also inside archives")
	f.StringVarP(&o.format, "format", "f", "jsonl", "output format: jsonl, json or md")
	f.StringVarP(&o.output, "output", "o", "", "write one stream to `FILE`")
	f.StringVarP(&o.outDir, "output-dir", "O", "", "write one file per article under `DIR`")
	f.BoolVar(&o.overwrite, "overwrite", false, "with -O: replace existing files")
	f.BoolVar(&o.skipExist, "skip-existing", false, "with -O: leave existing files and go on (resume a run)")
	o.registerProfile(f)
	f.StringVar(&o.digits, "digits", "keep", "digits: keep, latin or arabic")
	f.BoolVar(&o.persian, "keep-persian", false, "keep Persian and Urdu look-alike letters (ی ک) as they are")
	f.BoolVar(&o.foldHamza, "fold-hamza", false, "search profile: fold the hamza seats (ؤ → و, ئ → ي)")
	f.StringArrayVar(&o.globs, "glob", nil, "only articles whose name or relative path matches `PATTERN` (repeatable)")
	f.StringVar(&o.filesFrom, "files-from", "", "read more paths from `FILE` (- for standard input), one a line")
	f.BoolVarP(&o.nul, "null", "0", false, "--files-from: paths are separated by NUL, not newline")
	f.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "articles converted in parallel")
	f.StringVar(&o.onError, "on-error", "record", "on a failed article: record, skip or fail")
	f.BoolVar(&o.strict, "strict", false, "warnings count as failures (exit 3)")
	f.StringVar(&o.progress, "progress", "auto", "progress bar on stderr: auto, always or never")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "no summary line, no progress bar")
	return cmd
}

// checkExtract validates the flags: every bad value is a usage error.
func (a *app) checkExtract(cmd *cobra.Command, o *extractOptions) error {
	if err := o.inputFlags.check(); err != nil {
		return err
	}
	checks := []struct {
		flag, value string
		allowed     []string
	}{
		{"-f, --format", o.format, []string{"jsonl", "json", "md"}},
		{"--digits", o.digits, []string{"keep", "latin", "arabic"}},
		{"--on-error", o.onError, []string{"record", "skip", "fail"}},
		{"--progress", o.progress, []string{"auto", "always", "never"}},
	}
	for _, c := range checks {
		if err := checkEnum(c.flag, c.value, c.allowed...); err != nil {
			return err
		}
	}
	n, err := parseSize(o.maxSizeS)
	if err != nil {
		return usagef("invalid value %q for --max-size: %v", o.maxSizeS, err)
	}
	o.maxSize = n
	if o.jobs < 1 {
		return usagef("invalid value %d for -j, --jobs: give at least 1", o.jobs)
	}
	if o.output != "" && o.outDir != "" {
		return usagef("-o, --output and -O, --output-dir cannot be used together")
	}
	if (o.overwrite || o.skipExist) && o.outDir == "" {
		return usagef("--overwrite and --skip-existing go with -O, --output-dir")
	}
	if o.overwrite && o.skipExist {
		return usagef("--overwrite and --skip-existing cannot be used together")
	}
	if o.outDir != "" && o.format == "jsonl" && cmd.Flags().Changed("format") {
		return usagef("-O, --output-dir writes one file per article: use -f json or -f md, not jsonl")
	}
	for _, g := range o.globs {
		if _, err := filepath.Match(g, ""); err != nil {
			return usagef("invalid pattern %q for --glob: %v", g, err)
		}
	}
	if o.nul && o.filesFrom == "" {
		return usagef("-0, --null goes with --files-from")
	}
	stdinUsed := o.filesFrom == "-"
	for _, p := range o.args {
		if p == "-" {
			if stdinUsed {
				return usagef("standard input (-) can be read only once")
			}
			stdinUsed = true
		}
	}
	if len(o.args) == 0 && o.filesFrom == "" {
		if a.stdinTTY {
			return usagef("no input: give files, folders or archives, or pipe articles to standard input")
		}
		o.args = []string{"-"}
	}
	if _, err := normalize.ParseProfile(o.profile); err != nil {
		return usagef("%v", err)
	}
	return nil
}

// parseSize reads 32MiB, 10MB, 500k, 1.5G or plain bytes.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	num, unit := t, ""
	if i >= 0 {
		num, unit = t[:i], strings.TrimSpace(t[i:])
	}
	mult := map[string]float64{
		"": 1, "b": 1,
		"k": 1 << 10, "kib": 1 << 10, "kb": 1e3,
		"m": 1 << 20, "mib": 1 << 20, "mb": 1e6,
		"g": 1 << 30, "gib": 1 << 30, "gb": 1e9,
	}[strings.ToLower(unit)]
	if mult == 0 {
		return 0, fmt.Errorf("unknown unit %q: use bytes, k, KiB, MiB, GiB, KB, MB or GB", unit)
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || num == "" {
		return 0, fmt.Errorf("not a size: give a number with an optional unit, like 32MiB")
	}
	n := int64(v * mult)
	if n < 1 {
		return 0, fmt.Errorf("the size must be at least 1 byte")
	}
	return n, nil
}

// tuneGC trades memory for speed: a batch allocates much short-lived
// garbage, and GOGC=400 spends a quarter less CPU than the default while the
// heap stays far below the 100 MB budget; the soft memory limit makes the
// collector work harder before that budget is reached. GOGC and GOMEMLIMIT
// in the environment win.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(80 << 20)
	}
}

// normOptions turns the normalization flags into options of package
// normalize (the values were checked by checkExtract).
func normOptions(o *extractOptions) []normalize.Option {
	var opts []normalize.Option
	if d, err := normalize.ParseDigits(o.digits); err == nil && d != normalize.DigitsKeep {
		opts = append(opts, normalize.Digits(d))
	}
	if o.persian {
		opts = append(opts, normalize.KeepPersian())
	}
	if o.foldHamza {
		opts = append(opts, normalize.FoldHamza())
	}
	return opts
}

// runExtract runs the pipeline and reports.
func (a *app) runExtract(ctx context.Context, o *extractOptions) error {
	tuneGC(a.getenv)
	prof, _ := normalize.ParseProfile(o.profile)
	p := &pipeline{
		a: a,
		o: o,
		eopt: extract.Options{
			In: o.in, Encoding: o.encoding, TextField: o.textField, IDField: o.idField,
			Profile: prof, Norm: normOptions(o),
		},
		sopt: source.Options{Stdin: a.stdin, Globs: o.globs, MaxSize: o.maxSize, NUL: o.nul},
	}
	if o.filesFrom != "" {
		p.sopt.FilesFromName = "--files-from" // what is wrong with the list is said of the flag
		if o.filesFrom == "-" {
			p.sopt.FilesFrom = a.stdin
		} else {
			f, err := os.Open(o.filesFrom)
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("--files-from %s: %v", o.filesFrom, unwrapPath(err))}
			}
			defer f.Close()
			p.sopt.FilesFrom = f
		}
	}
	var tree *treeSink
	if o.outDir != "" {
		if err := os.MkdirAll(o.outDir, 0o755); err != nil {
			return fmt.Errorf("%s: cannot make the output folder: %v", o.outDir, unwrapPath(err))
		}
		exist := existConflict
		switch {
		case o.overwrite:
			exist = existOverwrite
		case o.skipExist:
			exist = existSkip
		}
		format := o.format
		if format == "jsonl" {
			format = "json"
		}
		tree = newTreeSink(a, o.outDir, format, exist)
		p.out = tree
	} else {
		p.out = newStreamSink(o.format, a.stdout, o.output)
	}
	if o.progress == "always" || o.progress == "auto" && a.stderrTTY && !o.quiet {
		p.prog = newProgress(a.stderr, inputSize(o.args))
	}

	start := time.Now()
	err := p.run(ctx)
	if p.prog != nil {
		p.prog.done()
	}
	interrupted := ctx.Err() != nil
	if cerr := p.out.close(err == nil); err == nil {
		err = cerr
	}
	if interrupted {
		a.errorf("interrupted")
		return &exitError{code: 130}
	}
	if err != nil && !errors.Is(err, errFailFast) {
		return err
	}
	st := p.st
	if tree != nil {
		st.failed += tree.failed
	}
	if st.inputs == 0 && err == nil {
		a.errorf("no input matched%s", globHint(o))
		return &exitError{code: exitNoInput}
	}
	// The summary closes a batch; one clean article needs none (as jq or
	// pandoc print nothing on success).
	if !o.quiet && (st.inputs > 1 || st.articles != 1 || st.failed > 0 || st.warnings > 0 || tree != nil) {
		a.infof("%s", summary(st, time.Since(start), tree))
	}
	switch {
	case errors.Is(err, errFailFast):
		return &exitError{code: exitFailure}
	case st.failed > 0 || tree != nil && len(tree.conflicts) > 0:
		a.raise(exitFailure)
	case o.strict && st.warnings > 0:
		a.raise(exitWarnings)
	}
	return nil
}

func globHint(o *extractOptions) string {
	if len(o.globs) > 0 {
		return " (--glob " + strings.Join(o.globs, ", --glob ") + ")"
	}
	return ""
}

// summary is the last line on stderr:
// "10572 articles, 0 failed, 35.2 MB in 0.41s".
func summary(st stats, d time.Duration, tree *treeSink) string {
	s := fmt.Sprintf("%s, %d failed, %.1f MB in %.2fs", plural(st.articles, "article"), st.failed, float64(st.bytes)/1e6, d.Seconds())
	if st.warnings > 0 {
		s += ", " + plural(st.warnings, "warning")
	}
	if tree != nil {
		s += "; " + plural(tree.written, "file") + " written"
		if tree.skipped > 0 {
			s += fmt.Sprintf(", %d existing skipped", tree.skipped)
		}
		if len(tree.conflicts) > 0 {
			s += ", " + plural(len(tree.conflicts), "conflict")
		}
	}
	return s
}

// plural writes a count and its noun: "1 article", "2 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// inputSize is the size on disk of the inputs, for the progress bar; -1
// when unknown (standard input, a list of files).
func inputSize(args []string) int64 {
	var total int64
	for _, p := range args {
		if p == "-" {
			return -1
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			total += fi.Size()
			continue
		}
		_ = filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if i, err := d.Info(); err == nil {
					total += i.Size()
				}
			}
			return nil
		})
	}
	return total
}
