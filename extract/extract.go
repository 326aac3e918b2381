// Package extract turns raw Arabic news article text into structured
// documents. It is the facade of the stages below it, in the order the
// data flows:
//
//	charset     bytes → UTF-8 text (encodings, mojibake, line ends)
//	container   text → articles: numbered lines and container fields
//	segment     lines → roles (the rules, as data)
//	fields      lines → dates, datelines, credits, attribution, bylines
//	extract     roles and fields → a document.Document (build.go)
//	encode      documents → JSON Lines, JSON, Markdown
//
// with lexicon holding the word lists and document the model they share.
// Extract and ExtractRecord run the stages for one input; package batch
// runs them over many, in parallel. It knows nothing of flags, terminals or
// files on disk: callers hand it bytes.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"path/filepath"

	"github.com/sahifa/sahifa/extract/charset"
	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// Options control how inputs are read and normalized.
type Options struct {
	In        string // auto, text, trec, jsonl or warc ("" is auto)
	Encoding  string // auto, utf-8, utf-16, windows-1256 or iso-8859-6 ("" is auto)
	TextField string // JSON Lines: the field holding the article text ("text")
	IDField   string // JSON Lines: the field holding the id ("id")
	Profile   normalize.Profile
	Norm      []normalize.Option
	// Count, when set, is given the distinct keys of each article's
	// lines (see RepeatKey, IsLongKey); Recurs, when set, says which keys
	// recur across the articles of a batch: those short lines are page
	// chrome, unless a long line recurs too (see repeats.go). A batch sets
	// them; both must be safe for concurrent use.
	Count  func(keys []string)
	Recurs func(key string) bool
}

// Extract converts one input's bytes into its documents: one for a raw text
// file, one per <DOC> of a TREC file, one per non-blank line of a JSON
// Lines file (an error record for a broken one), one per article record
// of a WARC or WET file (see ExtractPart). The format is opt.In, or
// sniffed (see Sniff) when that is "auto" or empty; the bytes are decoded
// as opt.Encoding says (see charset.Decode).
//
// It never panics and never returns an empty slice: input it cannot read
// gives an error record. An empty input gives a document with an "empty"
// warning. Every document's Input names src, the format, the encoding, and
// the size and SHA-256 of data (of the record's line, for JSON Lines).
func Extract(src document.Source, data []byte, opt Options) (docs []*document.Document) {
	inp := container.NewDocInput(src, data)
	defer func() {
		if r := recover(); r != nil {
			docs = []*document.Document{internalError(inp, r)}
		}
	}()
	name := path.Base(filepath.ToSlash(src.Name()))
	format := opt.In
	if format == "" || format == "auto" {
		format = container.SniffName(name)
	}
	if format == "" {
		format = container.SniffRaw(data[:min(len(data), sniffHead)])
	}
	utf16 := opt.Encoding == "utf-16" || charset.IsUTF16(data)
	switch {
	case format == container.JSONL && !utf16:
		// Record by record, as the streaming reader does: a bad record,
		// even a binary one, spoils only its own line.
		return extractRecords(src, data, opt)
	case format == container.WARC, format == container.TREC && !utf16:
		// Document by document, as a batch reads them (ExtractPart).
		return extractParts(src, format, data, opt)
	}
	text, res, err := charset.Decode(data, opt.Encoding)
	if err != nil {
		return []*document.Document{decodeError(inp, err)}
	}
	inp.Encoding = &res.Encoding
	if format == "" {
		format = container.Sniff(name, text, opt.TextField)
	}
	f := container.Formats[format]
	if f == nil {
		return []*document.Document{errorDoc(inp, document.ErrRead, fmt.Sprintf("unknown input format %q: valid formats are auto, text, trec, jsonl, warc", format))}
	}
	inp.Format = format
	in := &container.Input{Source: src, Doc: inp, Warnings: decodeWarnings(res), TextField: opt.TextField, IDField: opt.IDField}
	var out []*document.Document
	for _, a := range f.Articles(in, text) {
		out = append(out, buildSafe(a, opt))
	}
	return out
}

// ExtractRecord converts one JSON Lines record, line n (1-based) of src,
// given without its line end. n is 0 when the record's place is not to be
// recorded (a stream of independent records, as on standard input): then
// Input.Record is nil.
//
// A broken record (invalid JSON, not an object, no text field, a text field
// that is not a string) gives an error record with code "syntax", binary
// bytes one with code "not-text". A blank line gives a document with an
// "empty" warning, so that every input line has its output line. It never
// panics and never returns nil.
func ExtractRecord(src document.Source, line []byte, n int, opt Options) (doc *document.Document) {
	inp := container.NewDocInput(src, line)
	inp.Format = container.JSONL
	if n > 0 {
		inp.Record = &n
	}
	defer func() {
		if r := recover(); r != nil {
			doc = internalError(inp, r)
		}
	}()
	text, res, err := charset.Decode(line, opt.Encoding)
	if err != nil {
		return decodeError(inp, err)
	}
	inp.Encoding = &res.Encoding
	in := &container.Input{Source: src, Doc: inp, Warnings: decodeWarnings(res), TextField: opt.TextField, IDField: opt.IDField}
	return buildSafe(container.Record(in, text), opt)
}

// extractRecords makes one document per non-blank line of a JSON Lines
// file that is not UTF-16, each line read by ExtractRecord as a stream of
// records is read; a file with no record gives one document with an
// "empty" warning.
func extractRecords(src document.Source, data []byte, opt Options) []*document.Document {
	var docs []*document.Document
	rr := container.NewRecordReader(bytes.NewReader(data), int64(len(data)))
	for {
		line, n, _, err := rr.Next()
		if err != nil {
			break // io.EOF: a bytes.Reader has no other error
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		docs = append(docs, ExtractRecord(src, line, n, opt))
	}
	if len(docs) > 0 {
		return docs
	}
	inp := container.NewDocInput(src, data)
	inp.Format = container.JSONL
	text, res, err := charset.Decode(data, opt.Encoding)
	if err != nil {
		return []*document.Document{decodeError(inp, err)}
	}
	inp.Encoding = &res.Encoding
	in := &container.Input{Source: src, Doc: inp, Warnings: decodeWarnings(res)}
	return []*document.Document{buildSafe(container.Formats[container.Text].Articles(in, text)[0], opt)}
}

// ErrorRecord builds the error record of an input that gave no article.
func ErrorRecord(src document.Source, code document.ErrorCode, msg string) *document.Document {
	d := &document.Document{SchemaVersion: document.SchemaVersion, Input: document.Input{Path: src.Path}, Error: &document.Error{Code: code, Message: msg}}
	if src.Member != "" {
		m := src.Member
		d.Input.Member = &m
	}
	return d
}

// sniffHead is how much of an input's head decides its format.
const sniffHead = 4096

// Sniff decides the container format of an input from its name and its
// first bytes, as --in auto does (see container.Sniff); head is decoded as
// opt.Encoding says and may end anywhere. An explicit opt.In (not "auto")
// is returned as is.
func Sniff(name string, head []byte, opt Options) string {
	if opt.In != "" && opt.In != "auto" {
		return opt.In
	}
	if f := container.SniffName(name); f != "" {
		return f
	}
	if f := container.SniffRaw(head); f != "" {
		return f
	}
	text, _, err := charset.Decode(head, opt.Encoding)
	if err != nil {
		return container.Text
	}
	return container.Sniff(name, text, opt.TextField)
}

// errorDoc is an error record for an input whose bytes were read.
func errorDoc(inp document.Input, code document.ErrorCode, msg string) *document.Document {
	return &document.Document{SchemaVersion: document.SchemaVersion, Input: inp, Error: &document.Error{Code: code, Message: msg}}
}

// internalError is the error record of a panic, which is a bug.
func internalError(inp document.Input, r any) *document.Document {
	return errorDoc(inp, document.ErrRead, fmt.Sprintf("internal error: %v; please report it", r))
}

// decodeError is the error record of an input charset.Decode refused.
func decodeError(inp document.Input, err error) *document.Document {
	switch {
	case errors.Is(err, charset.ErrNotText):
		d := errorDoc(inp, document.ErrNotText, err.Error())
		d.Error.Remedy = document.RemedyUTF16
		return d
	case errors.Is(err, charset.ErrNoEncoding):
		d := errorDoc(inp, document.ErrEncoding, err.Error())
		d.Error.Remedy = document.RemedyEncoding
		return d
	}
	return errorDoc(inp, document.ErrEncoding, err.Error())
}

// decodeWarnings are the warnings of how an input was decoded.
func decodeWarnings(r charset.Result) []document.Warning {
	var out []document.Warning
	switch {
	case r.BOMMismatch:
		out = append(out, document.Warning{Code: document.WarnEncodingGuessed, Message: "a UTF-8 byte order mark before UTF-16 text: read as " + r.Encoding})
	case r.Guessed && (r.Encoding == charset.UTF16LE || r.Encoding == charset.UTF16BE):
		out = append(out, document.Warning{Code: document.WarnEncodingGuessed, Message: "no byte order mark: read as " + r.Encoding})
	case r.Guessed:
		out = append(out, document.Warning{Code: document.WarnEncodingGuessed,
			Message: "not UTF-8: guessed " + r.Encoding + " (the Arabic code page that fits best)", Remedy: document.RemedyEncoding})
	}
	switch {
	case r.Repairs > 1:
		out = append(out, document.Warning{Code: document.WarnMojibakeRepaired, Message: fmt.Sprintf("UTF-8 text decoded %d times as Windows-1256 (mojibake) was repaired %d times", r.Repairs, r.Repairs)})
	case r.Repaired:
		out = append(out, document.Warning{Code: document.WarnMojibakeRepaired, Message: "UTF-8 text once decoded as Windows-1256 (mojibake) was repaired"})
	}
	if r.MojibakeLeft {
		out = append(out, document.Warning{Code: document.WarnMojibakeLeft, Message: "text that looks like UTF-8 decoded as Windows-1256 (mojibake) was not repaired: it does not re-encode cleanly", Remedy: document.RemedyEncoding})
	}
	if r.Mixed {
		as := r.MixedAs
		if as == charset.UTF8MojibakeFix {
			as = "repaired mojibake"
		}
		out = append(out, document.Warning{Code: document.WarnMixedEncoding, Line: r.MixedLine,
			Message: fmt.Sprintf("not one encoding: %s read as %s, the first on line %d, the others as UTF-8", plural(r.MixedLines, "line"), as, r.MixedLine)})
	}
	if r.NULs > 0 {
		msg := fmt.Sprintf("%d NUL bytes dropped, the first on line %d", r.NULs, r.NULLine)
		if r.NULs == 1 {
			msg = fmt.Sprintf("1 NUL byte dropped, on line %d", r.NULLine)
		}
		out = append(out, document.Warning{Code: document.WarnNULBytes, Message: msg, Line: r.NULLine})
	}
	if r.Invalid > 0 {
		var msg string
		switch {
		case r.Encoding == charset.UTF16LE || r.Encoding == charset.UTF16BE:
			msg = fmt.Sprintf("%d invalid UTF-16 code units replaced by U+FFFD, the first on line %d", r.Invalid, r.InvalidLine)
		case r.Invalid == 1:
			msg = fmt.Sprintf("1 invalid byte replaced by U+FFFD, the first on line %d", r.InvalidLine)
		default:
			msg = fmt.Sprintf("%d invalid bytes replaced by U+FFFD, the first on line %d", r.Invalid, r.InvalidLine)
		}
		out = append(out, document.Warning{Code: document.WarnInvalidUTF8, Message: msg, Line: r.InvalidLine})
	}
	return out
}

// plural is "1 line", "2 lines".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
