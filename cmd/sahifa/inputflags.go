package main

import "github.com/spf13/pflag"

// inputFlags say how inputs are read and normalized; extract and inspect
// share them, so that inspect shows exactly what extract would do.
type inputFlags struct {
	in        string
	encoding  string
	textField string
	idField   string
	profile   string
}

// The allowed values of the enumerated input flags.
var (
	inValues       = []string{"auto", "text", "trec", "jsonl"}
	encodingValues = []string{"auto", "utf-8", "utf-16", "windows-1256", "iso-8859-6"}
	profileValues  = []string{"none", "display", "search"}
)

// registerReading adds the flags that say how inputs are read.
func (o *inputFlags) registerReading(f *pflag.FlagSet) {
	f.StringVar(&o.in, "in", "auto", "input format: auto, text, trec or jsonl")
	f.StringVar(&o.encoding, "encoding", "auto", "input encoding: auto, utf-8, utf-16, windows-1256 or iso-8859-6")
	f.StringVar(&o.textField, "text-field", "text", "JSON Lines: the field holding the article text")
	f.StringVar(&o.idField, "id-field", "id", "JSON Lines: the field holding the id")
}

// registerProfile adds -n, --normalize.
func (o *inputFlags) registerProfile(f *pflag.FlagSet) {
	f.StringVarP(&o.profile, "normalize", "n", "display", "normalization: none, display or search")
}

// check validates the values: a bad one is a usage error naming the valid.
func (o *inputFlags) check() error {
	for _, c := range []struct {
		flag, value string
		allowed     []string
	}{
		{"--in", o.in, inValues},
		{"--encoding", o.encoding, encodingValues},
		{"-n, --normalize", o.profile, profileValues},
	} {
		if err := checkEnum(c.flag, c.value, c.allowed...); err != nil {
			return err
		}
	}
	return nil
}
