package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/fatih/color"
	"github.com/spf13/cobra"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/review"
	"github.com/sahifa/sahifa/extract/source"
	"github.com/sahifa/sahifa/normalize"
)

// inspectOptions are the flags of `sahifa inspect`.
type inspectOptions struct {
	inputFlags
	json bool
}

func (a *app) newInspectCmd() *cobra.Command {
	o := &inspectOptions{}
	cmd := &cobra.Command{
		Use:   "inspect [flags] [FILE | -]",
		Short: "Show one article line by line, with each line's role and rule",
		Long:  helpText("inspect"),
		Example: `  sahifa inspect article.txt
  sahifa inspect --json article.txt | jq -c 'select(.role == "residue")'`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("inspect reads one file: got %d arguments", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runInspect(o, args)
		},
	}
	f := cmd.Flags()
	f.SortFlags = false
	f.BoolVar(&o.json, "json", false, "one JSON object per line: line, role, rule, text")
	o.registerReading(cmd)
	o.registerProfile(cmd)
	return cmd
}

func (a *app) runInspect(o *inspectOptions, args []string) error {
	path := "-"
	if len(args) == 1 {
		path = args[0]
	} else if a.stdinTTY {
		return usagef("no input: give a file, or pipe an article to standard input")
	}

	data, err := readLimited(a.stdin, path, source.DefaultMaxSize)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("%s: %v", path, err)
	}

	docs := extract.Extract(document.Source{Path: path}, data, o.options())
	for _, d := range docs {
		addHints(d)
	}
	w := bufio.NewWriter(a.stdout)
	v := &inspectView{
		w:      w,
		color:  a.useColor(a.stdoutTTY),
		norm:   normalize.New(o.profile),
		normOn: o.profile != normalize.None,
	}
	failed := false
	for i, d := range docs {
		if d.Error != nil {
			// Flush first so that the message follows the lines before it.
			w.Flush()
			a.errorf("%s: %s", docName(d, path), d.Error.Message)
			failed = true
			continue
		}
		for _, warn := range d.Warnings {
			w.Flush()
			if warn.Line > 0 {
				a.warningf("%s:%d: %s", docName(d, path), warn.Line, warn.Message)
			} else {
				a.warningf("%s: %s", docName(d, path), warn.Message)
			}
		}
		if o.json {
			err = writeLinesJSON(w, d.Lines)
		} else {
			if len(docs) > 1 {
				if i > 0 {
					w.WriteByte('\n')
				}
				v.header(docName(d, path))
			}
			v.lines(d.Lines)
		}
		if err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if failed {
		return &exitError{code: exitFailure}
	}
	return nil
}

// readLimited reads the file (standard input for "-") to its end, at most
// limit bytes: inspect shows one article, and an endless input (/dev/zero,
// a runaway pipe) must not take all memory.
func readLimited(stdin io.Reader, path string, limit int64) ([]byte, error) {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > limit {
			return nil, fmt.Errorf("too large: %s, more than the limit of %s; inspect shows one article", source.FormatSize(fi.Size()), source.FormatSize(limit))
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("too large: more than the limit of %s; inspect shows one article", source.FormatSize(limit))
	}
	return data, nil
}

// docName names a document in messages: its path, and its id or record in
// a file holding several.
func docName(d *document.Document, path string) string {
	switch {
	case d.Input.Record != nil:
		return fmt.Sprintf("%s:%d", path, *d.Input.Record)
	case d.Input.Format == container.TREC && d.ID != nil:
		return path + ": " + *d.ID
	}
	return path
}

// writeLinesJSON writes one JSON object per line: line, role, rule, text.
func writeLinesJSON(w io.Writer, lines []document.Line) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, l := range lines {
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}

// inspectView writes the human view of `sahifa inspect`.
type inspectView struct {
	w      *bufio.Writer
	color  bool
	norm   *normalize.Normalizer
	normOn bool
}

// colour returns attrs as a colour that is on only when the view is, and
// that leaves text as it is when attrs is empty.
func (v *inspectView) colour(attrs ...color.Attribute) *color.Color {
	c := color.New(attrs...)
	if v.color && len(attrs) > 0 {
		c.EnableColor()
	} else {
		c.DisableColor()
	}
	return c
}

// roleColours are the colours of the role column (and of the text of lines
// that are not article text).
var roleColours = map[document.Role][]color.Attribute{
	document.RoleTitle:       {color.Bold, color.FgBlue},
	document.RoleCaptionEN:   {color.FgCyan},
	document.RoleCaptionAR:   {color.FgCyan},
	document.RoleCredit:      {color.FgMagenta},
	document.RoleDateline:    {color.FgMagenta},
	document.RoleByline:      {color.FgMagenta},
	document.RoleHeading:     {color.Bold, color.FgYellow},
	document.RoleParagraph:   nil,
	document.RoleListItem:    {color.FgGreen},
	document.RoleEmbed:       {color.FgBlue},
	document.RoleAttribution: {color.Bold, color.FgGreen},
	document.RoleResidue:     {color.FgRed},
	document.RoleMarkup:      {color.Faint},
	document.RoleBlank:       {color.Faint},
}

func (v *inspectView) header(name string) {
	v.colour(color.Bold).Fprintf(v.w, "== %s ==\n", name)
}

// lines writes one row per line: number, role, rule and text, in aligned
// columns.
func (v *inspectView) lines(lines []document.Line) {
	numW, roleW, ruleW := 1, 0, 0
	for _, l := range lines {
		numW = max(numW, len(fmt.Sprint(l.N)))
		roleW = max(roleW, len(l.Role))
		ruleW = max(ruleW, len(l.Rule))
	}
	faint := v.colour(color.Faint)
	for _, l := range lines {
		role := v.colour(roleColours[l.Role]...)
		text := v.text(l)
		row := fmt.Sprintf("%s  %s  %s  %s",
			faint.Sprintf("%*d", numW+1, l.N),
			role.Sprintf("%-*s", roleW, l.Role),
			faint.Sprintf("%-*s", ruleW, l.Rule),
			text)
		v.w.WriteString(strings.TrimRight(row, " "))
		v.w.WriteByte('\n')
	}
}

// text renders a line's text: invisible characters as visible escapes
// (reverse video in colour), and, in colour, the characters that the
// normalization profile changes highlighted. Lines that are not article
// text are faint.
func (v *inspectView) text(l document.Line) string {
	raw := []rune(l.Text)
	var changed []bool
	if v.color && v.normOn {
		changed = review.Changed(raw, []rune(v.norm.String(l.Text)))
	}
	plain := v.colour()
	if l.Role == document.RoleMarkup || l.Role == document.RoleResidue {
		plain = v.colour(roleColours[l.Role]...)
	}
	escape := v.colour(color.ReverseVideo)
	changeC := v.colour(color.Underline, color.FgYellow)
	changeEsc := v.colour(color.ReverseVideo, color.FgYellow)
	var b strings.Builder
	var run strings.Builder
	runChanged := false
	flush := func() {
		if run.Len() == 0 {
			return
		}
		if runChanged {
			b.WriteString(changeC.Sprint(run.String()))
		} else {
			b.WriteString(plain.Sprint(run.String()))
		}
		run.Reset()
	}
	for i, r := range raw {
		ch := changed != nil && changed[i]
		if name, ok := review.Visible(r); ok {
			flush()
			if ch {
				b.WriteString(changeEsc.Sprint(name))
			} else {
				b.WriteString(escape.Sprint(name))
			}
			continue
		}
		if ch != runChanged {
			flush()
			runChanged = ch
		}
		run.WriteRune(r)
	}
	flush()
	return b.String()
}
