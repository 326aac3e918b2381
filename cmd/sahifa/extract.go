package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/batch"
	"github.com/sahifa/sahifa/extract/batch/progress"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	_ "github.com/sahifa/sahifa/extract/encode/parquet" // -f parquet
	"github.com/sahifa/sahifa/extract/source"
	"github.com/sahifa/sahifa/normalize"
)

// extractOptions are the flags of `sahifa extract`, parsed and checked.
type extractOptions struct {
	inputFlags
	walkFlags
	args      []string
	maxSize   int64
	format    encode.Encoder
	output    string
	outDir    string
	shardSize int64
	overwrite bool
	skipExist bool
	norm      normalize.Settings
	filesFrom string
	nul       bool
	jobs      int
	onError   batch.OnError
	repeats   int
	strict    bool
	progress  string
	quiet     bool
	verbose   bool
}

func (a *app) newExtractCmd() *cobra.Command {
	o := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [flags] [PATH | DIR | ARCHIVE | -]...",
		Short: "Extract articles into JSON, JSON Lines, Markdown or HTML",
		Long:  helpText("extract"),
		Example: `  sahifa extract article.txt
  sahifa extract -O out/ archive.tar.gz
  cat records.jsonl | sahifa extract --in jsonl -f jsonl
  parallel --pipe -k sahifa extract --in jsonl -f jsonl < big.jsonl > out.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.args = args
			if err := a.checkExtract(cmd, o); err != nil {
				return err
			}
			ctx, status, stop := signalContext(cmd.Context())
			defer stop()
			a.signalStatus = status
			return a.runExtract(ctx, o)
		},
	}
	f := cmd.Flags()
	f.SortFlags = false
	o.registerReading(cmd)
	sizeFlag(f, &o.maxSize, "max-size", "32MiB", "largest article, also inside archives")
	var formats []choice[encode.Encoder]
	for _, e := range encode.Formats {
		formats = append(formats, choice[encode.Encoder]{e.Name(), e})
	}
	enumFlag(cmd, f, &o.format, "format", "f", "format", "jsonl", "output format: "+strings.Join(encode.Names(), ", "), formats...).alias("markdown", encode.Markdown{})
	f.StringVarP(&o.output, "output", "o", "", "write one stream to `FILE`")
	f.StringVarP(&o.outDir, "output-dir", "O", "", "write one file per article under `DIR` (-f parquet: shards)")
	sizeFlag(f, &o.shardSize, "shard-size", "256MiB", "with -O and -f parquet: size of a shard")
	f.BoolVar(&o.overwrite, "overwrite", false, "with -O: replace existing files")
	f.BoolVar(&o.skipExist, "skip-existing", false, "with -O: leave existing files and go on (resume a run)")
	o.registerProfile(cmd)
	digitsFlag(cmd, &o.norm.Digits, "digits: keep, latin or arabic")
	f.BoolVar(&o.norm.KeepPersian, "keep-persian", false, "keep Persian and Urdu look-alike letters (ی ک) as they are")
	f.BoolVar(&o.norm.FoldHamza, "fold-hamza", false, "search profile: fold the hamza seats (ؤ → و, ئ → ي)")
	o.walkFlags.register(cmd)
	f.StringVar(&o.filesFrom, "files-from", "", "read more paths from `FILE` (- for standard input), one a line")
	f.BoolVarP(&o.nul, "null", "0", false, "--files-from: paths are separated by NUL, not newline")
	f.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "articles converted in parallel")
	enumFlag(cmd, f, &o.onError, "on-error", "", "policy", "record", "on a failed article: record, skip or fail",
		choice[batch.OnError]{"record", batch.OnErrorRecord}, choice[batch.OnError]{"skip", batch.OnErrorSkip}, choice[batch.OnError]{"fail", batch.OnErrorFail})
	f.IntVar(&o.repeats, "repeats", 0, "a short line in `K` or more articles of one folder is page chrome (0: off; reads the inputs twice)")
	f.BoolVar(&o.strict, "strict", false, "warnings count as failures (exit 3)")
	enumFlag(cmd, f, &o.progress, "progress", "", "when", "auto", "progress bar on stderr: auto, always or never",
		choice[string]{"auto", "auto"}, choice[string]{"always", "always"}, choice[string]{"never", "never"})
	f.BoolVarP(&o.quiet, "quiet", "q", false, "no summary line, no progress bar")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "name what was skipped: links, other files, archive members")
	return cmd
}

// checkExtract validates the flags: every bad value is a usage error.
func (a *app) checkExtract(cmd *cobra.Command, o *extractOptions) error {
	if err := checkOutputNames(cmd, o); err != nil {
		return err
	}
	if o.repeats == 1 || o.repeats < 0 {
		return usagef("invalid value %d for --repeats: give 0 (off) or 2 or more (%d is a good start)", o.repeats, batch.DefaultRepeats)
	}
	if o.jobs < 1 || o.jobs > batch.MaxJobs() {
		return usagef("invalid value %d for -j, --jobs: give 1 to %d", o.jobs, batch.MaxJobs())
	}
	if st, err := os.Stat(o.output); err == nil && st.IsDir() {
		return usagef("-o %s: is a directory, and -o writes one stream to a file; use -O %s to write one file per article", o.output, o.output)
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
	if o.outDir != "" && o.format.Name() == "jsonl" && cmd.Flags().Changed("format") {
		return usagef("-O, --output-dir writes one file per article: use -f json or -f md, not jsonl")
	}
	if columnar := encode.IsColumnar(o.format); columnar && o.output == "" && o.outDir == "" {
		return usagef("-f %s is written whole to a file: give -o FILE, or -O DIR for shards", o.format.Name())
	} else if columnar && o.skipExist {
		return usagef("--skip-existing does not go with -f %s: shards are replaced with --overwrite", o.format.Name())
	}
	if err := o.walkFlags.check(); err != nil {
		return err
	}
	if o.nul && o.filesFrom == "" {
		return usagef("-0, --null goes with --files-from")
	}
	if err := source.CheckStdin(o.args, o.filesFrom == "-"); err != nil {
		return usagef("%v", err)
	}
	if len(o.args) == 0 && o.filesFrom == "" {
		if a.stdinTTY {
			return usagef("no input: give files, folders or archives, or pipe articles to standard input")
		}
		o.args = []string{"-"}
	}
	return nil
}

// newConvert is the conversion of a batch: the library's, with the
// command line's hints added to its messages. Tests replace it to exercise
// the plumbing.
var newConvert = func(opt extract.Options) batch.Convert {
	conv := batch.Extract(opt)
	return func(u *batch.Unit) []*document.Document {
		docs := conv(u)
		for _, d := range docs {
			addHints(d)
		}
		return docs
	}
}

// progressDelay: a run shorter than this shows no progress bar.
var progressDelay = 500 * time.Millisecond

// runExtract runs the batch and reports.
func (a *app) runExtract(ctx context.Context, o *extractOptions) error {
	batch.TuneGC(a.getenv)
	cfg := batch.Config{
		Inputs:  o.args,
		Extract: o.options(o.norm.Options()...),
		Source:  source.Options{Stdin: a.stdin, Globs: o.globs, Follow: o.follow, MaxSize: o.maxSize, NUL: o.nul, SkipDirs: outDirs(o.outDir)},
		Jobs:    o.jobs,
		OnError: o.onError,
		Repeats: o.repeats,
	}
	if o.filesFrom != "" {
		cfg.Source.FilesFromName = "--files-from" // what is wrong with the list is said of the flag
		if o.filesFrom == "-" {
			cfg.Source.FilesFrom = a.stdin
		} else {
			f, err := os.Open(o.filesFrom)
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("--files-from %s: %v", o.filesFrom, batch.UnwrapPath(err))}
			}
			defer f.Close()
			cfg.Source.FilesFrom = f
		}
	}
	enc := batch.Shaped(o.format, o.args, o.in, o.filesFrom != "")
	out := batch.Output{Dir: o.outDir, File: o.output, W: a.stdout, ShardSize: o.shardSize,
		Problem: func(where, msg string) { a.errorf("%s: %s", where, msg) },
		Renamed: func(where, msg string) { a.warningf("%s: %s", where, msg) }}
	switch {
	case o.overwrite:
		out.Exist = batch.ExistOverwrite
	case o.skipExist:
		out.Exist = batch.ExistSkip
	}
	sink, err := batch.Open(out, enc)
	if err != nil {
		return err
	}
	var failFlood, warnFlood batch.Flood
	rep := batch.Report{
		Failed: func(where string, _ *batch.Unit, d *document.Document) {
			if failFlood.Admit(d.Error.Message) {
				a.errorf("%s: %s", where, d.Error.Message)
			}
		},
	}
	if o.strict {
		rep.Warned = func(where string, u *batch.Unit, d *document.Document) {
			a.reportWarnings(where, d.Warnings, !u.IsRecord, warnFlood.Admit)
		}
	}
	rep.Noticed = a.noticed(o.verbose)
	if o.verbose {
		rep.Skipped = func(what string) { a.infof("skipped %s", what) }
	}
	var prog *progress.Bar
	if o.progress == "always" || o.progress == "auto" && a.stderrTTY && !o.quiet {
		prog = progress.NewBar(a.stderr, source.SizeOnDisk(o.args))
		prog.Delay = progressDelay
		rep.Progress = prog.Update
	}

	start := time.Now()
	st, err := batch.Run(ctx, cfg, newConvert(cfg.Extract), sink, rep)
	if prog != nil {
		prog.Done()
	}
	failFlood.Flush(a.errorf)
	warnFlood.Flush(a.warningf)
	interrupted := ctx.Err() != nil
	if cerr := sink.Close(err == nil); err == nil {
		err = cerr
	}
	a.reportConflicts(sink.Conflicts())
	if interrupted {
		code := 130
		if a.signalStatus != nil && a.signalStatus() != 0 {
			code = a.signalStatus()
		}
		a.errorf("interrupted")
		return &exitError{code: code}
	}
	if errors.Is(err, encode.ErrSeveralMarkdown) {
		a.errorf("%v; use -O DIR for one Markdown file per article", err)
		return &exitError{code: exitUsage}
	}
	if errors.Is(err, batch.ErrConflict) {
		return &exitError{code: exitFailure}
	} else if err != nil && !errors.Is(err, batch.ErrFailFast) {
		return err
	}
	if sink.Tree != nil {
		st.Failed += sink.Tree.Failed
	}
	if st.Inputs == 0 && err == nil {
		a.errorf("no input matched%s%s", globHint(o), noInputHint(st, o))
		return &exitError{code: exitNoInput}
	}
	if s := sink.Summary(st, time.Since(start)); s != "" && !o.quiet {
		a.infof("%s%s", s, walkHint(st, o))
	}
	switch {
	case errors.Is(err, batch.ErrFailFast):
		return &exitError{code: exitFailure}
	case st.Failed > 0 || sink.Tree != nil && len(sink.Tree.Conflicts) > 0:
		a.raise(exitFailure)
	case o.strict && st.Warnings > 0:
		a.raise(exitWarnings)
	}
	return nil
}

// reportWarnings prints the warnings of the document named where, each
// with its line when lines is set and it has one, those that admit lets
// through (all when admit is nil).
func (a *app) reportWarnings(where string, warnings []document.Warning, lines bool, admit func(string) bool) {
	for _, w := range warnings {
		switch {
		case admit != nil && !admit(w.Message):
		case w.Line > 0 && lines:
			a.warningf("%s:%d: %s", where, w.Line, w.Message)
		default:
			a.warningf("%s: %s", where, w.Message)
		}
	}
}

// reportConflicts lists the targets of an output that existed (the first
// batch.ConflictsShown), with the flags that resolve them.
func (a *app) reportConflicts(conflicts []string) {
	for _, line := range batch.ConflictLines(conflicts) {
		a.errorf("%s", line)
	}
	if len(conflicts) > 0 {
		a.errorf("%d output conflicts; use --skip-existing to resume or --overwrite to replace", len(conflicts))
	}
}

func globHint(o *extractOptions) string {
	if len(o.globs) > 0 {
		return " (--glob " + strings.Join(o.globs, ", --glob ") + ")"
	}
	return ""
}
