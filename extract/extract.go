// Package extract turns raw Arabic news article text into structured
// documents: it reads containers (raw text, TREC/SGML, JSON Lines), gives
// every line a role, and builds the Document of the spec. It knows nothing
// of flags, terminals or files on disk: callers hand it bytes.
//
// PLACEHOLDER: the container owner fills in the bodies; the signatures are
// the contract the command line codes against.
package extract

import "github.com/sahifa/sahifa/normalize"

// Options control how inputs are read and normalized.
type Options struct {
	In        string // auto, text, trec or jsonl
	Encoding  string // auto, utf-8, utf-16, windows-1256 or iso-8859-6
	TextField string // JSON Lines: the field holding the article text ("text")
	IDField   string // JSON Lines: the field holding the id ("id")
	Profile   normalize.Profile
	Norm      []normalize.Option
}

// Source names an input: a file path (or "-"), and the member inside an
// archive, empty when the input is not an archive member.
type Source struct {
	Path   string
	Member string
}

// Extract converts one input's bytes into its documents: one for a raw text
// file, one per <DOC> of a TREC file, one per record of a JSON Lines file.
// It never panics and never returns an empty slice: input it cannot read
// gives an error record.
func Extract(src Source, data []byte, opt Options) []*Document {
	return []*Document{ErrorRecord(src, ErrRead, "not yet implemented")}
}

// ExtractRecord converts one JSON Lines record, line n (1-based) of src.
func ExtractRecord(src Source, line []byte, n int, opt Options) *Document {
	return ErrorRecord(src, ErrRead, "not yet implemented")
}

// ErrorRecord builds the error record of an input that gave no article.
func ErrorRecord(src Source, code, msg string) *Document {
	d := &Document{SchemaVersion: SchemaVersion, Input: Input{Path: src.Path}, Error: &Error{Code: code, Message: msg}}
	if src.Member != "" {
		m := src.Member
		d.Input.Member = &m
	}
	return d
}

// Sniff decides the container format of an input from its name and its
// first bytes, as --in auto does: text, trec or jsonl.
func Sniff(name string, head []byte, opt Options) string { return "text" }
