package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/sahifa/sahifa/extract/batch"
	"github.com/sahifa/sahifa/extract/source"
)

// walkFlags say what a folder walk takes: -g, --glob and -L, --follow.
type walkFlags struct {
	globs  []string
	follow bool
}

// register adds the flags to cmd.
func (o *walkFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringArrayVarP(&o.globs, "glob", "g", nil, "take the files of folders and the archive members matching `GLOB` "+
		"(*, **, {a,b}; a leading ! leaves them out; repeatable, the last match wins); "+
		"without it, a folder gives its article-like files only")
	f.BoolVarP(&o.follow, "follow", "L", false, "follow the symbolic links found in folders, also outside them (with a warning); "+
		"a link named as an argument is always followed")
}

// check validates the globs.
func (o *walkFlags) check() error {
	for _, g := range o.globs {
		if err := source.CheckGlob(g); err != nil {
			return usagef("invalid pattern %q for -g, --glob: %v", g, err)
		}
	}
	return nil
}

// noticed reports what the folder walk told: a link followed outside its
// folder or a loop always (a warning), the links and files left out with
// -v only.
func (a *app) noticed(verbose bool) func(source.Notice) {
	return func(n source.Notice) {
		switch {
		case n.Kind == source.NoticeOutside || n.Kind == source.NoticeLoop:
			a.warningf("%s: %s", n.Path, n.Msg)
		case verbose:
			a.infof("skipped %s: %s", n.Path, n.Msg)
		}
	}
}

// walkHint is what the summary adds when something was skipped: the
// flags that take it, and -v that names it.
func walkHint(st batch.Stats, o *extractOptions) string {
	var h []string
	if st.LinksSkipped > 0 && !o.follow {
		h = append(h, "-L follows links")
	}
	if st.OthersSkipped > 0 && len(o.globs) == 0 {
		h = append(h, "-g GLOB takes other files")
	}
	if (st.Skipped > 0 || st.LinksSkipped > 0 || st.OthersSkipped > 0) && !o.verbose {
		h = append(h, "-v names what was skipped")
	}
	if len(h) == 0 {
		return ""
	}
	return " (" + strings.Join(h, "; ") + ")"
}

// noInputHint says why a walk found nothing, when it left things out.
func noInputHint(st batch.Stats, o *extractOptions) string {
	if len(o.globs) > 0 {
		return "" // the globs are named
	}
	return batch.LeftOut(st) + walkHint(st, o)
}
