package main

import (
	"bufio"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
	"github.com/spf13/cobra"
)

// normalizeOptions are the flags of sahifa normalize.
type normalizeOptions struct {
	profile  normalize.Profile
	norm     normalize.Settings
	stats    bool
	encoding string
}

func (a *app) newNormalizeCmd() *cobra.Command {
	o := &normalizeOptions{}
	cmd := &cobra.Command{
		Use:   "normalize [flags] [FILE | -]...",
		Short: "Normalize Arabic text: a stream filter",
		Long:  helpText("normalize"),
		Example: `  sahifa normalize article.txt > clean.txt
  cat dump.txt | sahifa normalize -n search --fold-hamza
  sahifa normalize --digits latin --stats a.txt b.txt > out.txt`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.normalizeRun(o, args)
		},
	}
	f := cmd.Flags()
	profileFlag(cmd, &o.profile)
	digitsFlag(cmd, &o.norm.Digits, "digits: keep, latin (ASCII) or arabic (Arabic-Indic); search always makes them ASCII")
	f.BoolVar(&o.norm.KeepPersian, "keep-persian", false, "keep Persian and Urdu letters (ک ی ہ ھ) instead of folding them")
	f.BoolVar(&o.norm.FoldHamza, "fold-hamza", false, "search: fold the hamza seats ؤ → و and ئ → ي")
	f.BoolVar(&o.norm.DaggerAlef, "dagger-alef", false, "search: turn the superscript alef U+0670 into ا instead of removing it")
	enumFlag(cmd, f, &o.norm.ZWNJAsSpace, "zwnj", "", "what", "remove", "search: what to do with ZWNJ, remove or space",
		choice[bool]{"remove", false}, choice[bool]{"space", true})
	encodingFlag(cmd, &o.encoding)
	f.BoolVar(&o.stats, "stats", false, "print the counts of what changed, by rule, on standard error")
	return cmd
}

// normalizeRun streams each input through the Normalizer to stdout,
// decoded as extract decodes it. A file that cannot be read is reported and
// skipped (exit 1 at the end); a write error ends the run.
func (a *app) normalizeRun(o *normalizeOptions, args []string) error {
	n := normalize.New(o.profile, o.norm.Options()...)
	if len(args) == 0 && a.stdinTTY {
		return usagef("no input: give files, or pipe text to standard input")
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	total := map[string]int{}
	for _, path := range args {
		name := path
		if path == "-" {
			name = "stdin"
		}
		n.ResetChanges()
		warns, rerr, werr := extract.NormalizeFile(out, path, a.stdin, o.encoding, n)
		total = normalize.AddChanges(total, n.Changes())
		if werr != nil {
			return werr
		}
		d := &document.Document{Warnings: warns, Error: rerr}
		addHints(d)
		for _, w := range d.Warnings {
			a.warningf("%s: %s", name, w.Message)
		}
		if rerr != nil {
			a.errorf("%s: %s", name, rerr.Message)
			a.raise(exitFailure)
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if o.stats {
		for _, line := range normalize.StatsLines(total) {
			a.infof("%s", line)
		}
	}
	return nil
}
