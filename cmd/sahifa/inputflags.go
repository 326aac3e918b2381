package main

import (
	"github.com/spf13/cobra"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/normalize"
)

// inputFlags say how inputs are read and normalized; extract and inspect
// share them, so that inspect shows exactly what extract would do.
type inputFlags struct {
	in        string
	encoding  string
	textField string
	idField   string
	profile   normalize.Profile
}

// registerReading adds the flags that say how inputs are read.
func (o *inputFlags) registerReading(cmd *cobra.Command) {
	f := cmd.Flags()
	enumFlag(cmd, f, &o.in, "in", "", "format", "auto", "input format: auto, text, trec, jsonl or warc",
		choice[string]{"auto", "auto"}, choice[string]{"text", "text"}, choice[string]{"trec", "trec"}, choice[string]{"jsonl", "jsonl"}, choice[string]{"warc", "warc"})
	encodingFlag(cmd, &o.encoding)
	f.StringVar(&o.textField, "text-field", "text", "JSON Lines: the field holding the article text")
	f.StringVar(&o.idField, "id-field", "id", "JSON Lines: the field holding the id")
}

// registerProfile adds -n, --normalize (and its old spelling -p,
// --profile, hidden).
func (o *inputFlags) registerProfile(cmd *cobra.Command) { profileFlag(cmd, &o.profile) }

// profileFlag adds -n, --normalize, the normalization profile, to cmd,
// with -p, --profile as a hidden alias: one name in every command.
func profileFlag(cmd *cobra.Command, p *normalize.Profile) {
	e := enumFlag(cmd, cmd.Flags(), p, "normalize", "n", "profile", "display", "normalization profile: none, display or search",
		choice[normalize.Profile]{"none", normalize.None}, choice[normalize.Profile]{"display", normalize.Display},
		choice[normalize.Profile]{"search", normalize.Search})
	alias(cmd.Flags(), e, "profile", "p")
}

// encodingFlag adds --encoding to cmd.
func encodingFlag(cmd *cobra.Command, p *string) {
	enumFlag(cmd, cmd.Flags(), p, "encoding", "", "encoding", "auto", "input encoding: auto, utf-8, utf-16, windows-1256 or iso-8859-6",
		choice[string]{"auto", "auto"}, choice[string]{"utf-8", "utf-8"}, choice[string]{"utf-16", "utf-16"},
		choice[string]{"windows-1256", "windows-1256"}, choice[string]{"iso-8859-6", "iso-8859-6"})
}

// digitsFlag adds --digits to cmd.
func digitsFlag(cmd *cobra.Command, p *normalize.DigitStyle, usage string) {
	enumFlag(cmd, cmd.Flags(), p, "digits", "", "style", "keep", usage,
		choice[normalize.DigitStyle]{"keep", normalize.DigitsKeep}, choice[normalize.DigitStyle]{"latin", normalize.DigitsLatin},
		choice[normalize.DigitStyle]{"arabic", normalize.DigitsArabic})
}

// options are the extract.Options of the flags.
func (o *inputFlags) options(norm ...normalize.Option) extract.Options {
	return extract.Options{In: o.in, Encoding: o.encoding, TextField: o.textField, IDField: o.idField, Profile: o.profile, Norm: norm}
}
