package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/fatih/color"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/batch"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/review"
	"github.com/sahifa/sahifa/extract/source"
)

// inspectOptions are the flags of `sahifa inspect`.
type inspectOptions struct {
	inputFlags
	json, html, all bool
	output          string
}

func (a *app) newInspectCmd() *cobra.Command {
	o := &inspectOptions{}
	cmd := &cobra.Command{
		Use:   "inspect [flags] [FILE | ARCHIVE!/MEMBER | -]",
		Short: "Show one article line by line, with each line's role and rule",
		Long:  helpText("inspect"),
		Example: `  sahifa inspect article.txt
  sahifa inspect --html -o review.html article.txt
  sahifa inspect --json article.txt | jq -c 'select(.role == "residue")'`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("inspect reads one file: got %d arguments", len(args))
			}
			if o.json && o.html {
				return usagef("--json and --html cannot be used together")
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
	f.BoolVar(&o.html, "html", false, "a review page: filter, walk and correct the roles, download the labels")
	f.StringVarP(&o.output, "output", "o", "", "write to `FILE` (- for standard output)")
	f.BoolVarP(&o.all, "all", "a", false, "show blank lines too")
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

	data, src, err := source.ReadArticle(a.stdin, path, source.DefaultMaxSize)
	if err != nil {
		return err
	}

	docs := extract.Extract(src, data, o.options())
	failed := false
	for _, d := range docs {
		addHints(d)
		if d.Error != nil {
			a.errorf("%s: %s", review.DocName(d, path), d.Error.Message)
			failed = true
		} else {
			a.reportWarnings(review.DocName(d, path), d.Warnings, true, nil)
		}
	}
	out, tty := a.stdout, a.stdoutTTY
	if o.output != "" && o.output != "-" {
		f, err := os.Create(o.output)
		if err != nil {
			return fmt.Errorf("%s: cannot write: %v", o.output, batch.UnwrapPath(err))
		}
		defer f.Close()
		out, tty = f, false
	}
	format, opt := review.FormatTable, review.TableOptions{Width: a.termWidth(tty), All: o.all, Header: len(docs) > 1}
	if o.html {
		format = review.FormatHTML
	} else if o.json {
		format = review.FormatJSON
	}
	if a.useColor(tty) {
		opt.Style = paint
	}
	if err := review.Write(out, review.NewPage(path, o.profile, docs), format, opt); err != nil {
		return err
	}
	if failed {
		return &exitError{code: exitFailure}
	}
	return nil
}

// termWidth is the width the table fits: $COLUMNS when set, else the
// terminal's when standard output is one, else none (0).
func (a *app) termWidth(tty bool) int {
	if n, err := strconv.Atoi(a.getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if tty {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			return w
		}
	}
	return 0
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
	document.RoleListItem:    {color.FgGreen},
	document.RoleEmbed:       {color.FgBlue},
	document.RoleAttribution: {color.Bold, color.FgGreen},
	document.RoleResidue:     {color.FgRed},
	document.RoleMarkup:      {color.Faint},
	document.RoleBlank:       {color.Faint},
}

// kindColours are the colours of the other pieces of the table.
var kindColours = map[review.Kind][]color.Attribute{
	review.KindHeader:        {color.Bold},
	review.KindNumber:        {color.Faint},
	review.KindRule:          {color.Faint},
	review.KindEscape:        {color.ReverseVideo},
	review.KindChanged:       {color.Underline, color.FgYellow},
	review.KindChangedEscape: {color.ReverseVideo, color.FgYellow},
}

// paint is the table's Style in colour: roles in their colour, escapes
// in reverse video, what normalization changes in yellow, and the text
// of lines that are not article text in their role's colour.
func paint(k review.Kind, role document.Role, s string) string {
	attrs := kindColours[k]
	if k == review.KindRole || k == review.KindText && (role == document.RoleMarkup || role == document.RoleResidue) {
		attrs = roleColours[role]
	}
	if len(attrs) == 0 {
		return s
	}
	c := color.New(attrs...)
	c.EnableColor()
	return c.Sprint(s)
}
