package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/sahifa/sahifa/normalize"
	"github.com/spf13/cobra"
	"golang.org/x/text/transform"
)

// normalizeOptions are the flags of sahifa normalize.
type normalizeOptions struct {
	profile     normalize.Profile
	digits      normalize.DigitStyle
	zwnjSpace   bool
	keepPersian bool
	foldHamza   bool
	daggerAlef  bool
	stats       bool
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
	digitsFlag(cmd, &o.digits, "digits: keep, latin (ASCII) or arabic (Arabic-Indic); search always makes them ASCII")
	f.BoolVar(&o.keepPersian, "keep-persian", false, "keep Persian and Urdu letters (ک ی ہ ھ) instead of folding them")
	f.BoolVar(&o.foldHamza, "fold-hamza", false, "search: fold the hamza seats ؤ → و and ئ → ي")
	f.BoolVar(&o.daggerAlef, "dagger-alef", false, "search: turn the superscript alef U+0670 into ا instead of removing it")
	enumFlag(cmd, f, &o.zwnjSpace, "zwnj", "", "what", "remove", "search: what to do with ZWNJ, remove or space",
		choice[bool]{"remove", false}, choice[bool]{"space", true})
	f.BoolVar(&o.stats, "stats", false, "print the counts of what changed, by rule, on standard error")
	return cmd
}

// normalizer builds the Normalizer the flags ask for.
func (o *normalizeOptions) normalizer() *normalize.Normalizer {
	opts := []normalize.Option{normalize.Digits(o.digits)}
	if o.keepPersian {
		opts = append(opts, normalize.KeepPersian())
	}
	if o.foldHamza {
		opts = append(opts, normalize.FoldHamza())
	}
	if o.daggerAlef {
		opts = append(opts, normalize.DaggerAlef())
	}
	if o.zwnjSpace {
		opts = append(opts, normalize.ZWNJAsSpace())
	}
	return normalize.New(o.profile, opts...)
}

// normalizeRun streams each input through the Normalizer to stdout. A file
// that cannot be read is reported and skipped (exit 1 at the end); a write
// error ends the run.
func (a *app) normalizeRun(o *normalizeOptions, args []string) error {
	n := o.normalizer()
	if len(args) == 0 {
		args = []string{"-"}
	}
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	buf := make([]byte, 64<<10)
	br := bufio.NewReaderSize(nil, 256<<10)
	total := map[string]int{}
	for _, path := range args {
		name := path
		var in io.Reader
		var file *os.File
		if path == "-" {
			name = "stdin"
			in = a.stdin
		} else {
			f, err := openRegular(path)
			if err != nil {
				a.errorf("%s", err)
				a.raise(exitFailure)
				continue
			}
			in, file = f, f
		}
		n.ResetChanges()
		werr, rerr := copyNormalized(out, br, in, n, buf)
		if file != nil {
			file.Close()
		}
		ch := n.Changes()
		total = normalize.AddChanges(total, ch)
		if werr != nil {
			return werr
		}
		if rerr != nil {
			a.errorf("%s: %v", name, unwrapPathError(rerr))
			a.raise(exitFailure)
			continue
		}
		if k := ch["invalid_utf8"]; k > 0 {
			a.warningf("%s: %d invalid UTF-8 bytes replaced by U+FFFD", name, k)
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if o.stats {
		a.printStats(total)
	}
	return nil
}

// printStats writes the counts of what changed on stderr, one rule a line.
func (a *app) printStats(total map[string]int) {
	changed := false
	for _, r := range normalize.Rules() {
		if k := total[r]; k > 0 {
			a.infof("%s: %d", r, k)
			changed = true
		}
	}
	if !changed {
		a.infof("no changes")
	}
}

// copyNormalized streams in through n to out, in constant memory, and
// returns the write error and the read error, if any. transform.Reader reads
// 4 KB at a time, so br (a large buffer) stands under it to save read calls;
// out is flushed whenever the input has nothing more ready, so that a pipe
// is answered as it goes.
func copyNormalized(out *bufio.Writer, br *bufio.Reader, in io.Reader, n *normalize.Normalizer, buf []byte) (werr, rerr error) {
	br.Reset(in)
	tr := transform.NewReader(br, n)
	for {
		k, err := tr.Read(buf)
		if k > 0 {
			if _, werr := out.Write(buf[:k]); werr != nil {
				return werr, nil
			}
		}
		if err == io.EOF {
			return nil, nil
		}
		if err != nil {
			return out.Flush(), err
		}
		if br.Buffered() == 0 {
			if werr := out.Flush(); werr != nil {
				return werr, nil
			}
		}
	}
}

// openRegular opens a file to read, refusing directories, with messages in
// the form "PATH: no such file or directory".
func openRegular(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, unwrapPathError(err))
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	return f, nil
}

// unwrapPathError drops the operation and path of an *fs.PathError, which
// the message already names.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
