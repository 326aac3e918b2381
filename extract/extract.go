// Package extract turns raw Arabic news article text into structured
// documents: it reads containers (raw text, TREC/SGML, JSON Lines), gives
// every line a role, and builds the Document of the spec. It knows nothing
// of flags, terminals or files on disk: callers hand it bytes.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/sahifa/sahifa/extract/charset"
	"github.com/sahifa/sahifa/normalize"
)

// Input formats, the values of Options.In besides "auto" and of
// Document.Input.Format.
const (
	FormatText  = "text"
	FormatTREC  = "trec"
	FormatJSONL = "jsonl"
)

// Options control how inputs are read and normalized.
type Options struct {
	In        string // auto, text, trec or jsonl
	Encoding  string // auto, utf-8, utf-16, windows-1256 or iso-8859-6
	TextField string // JSON Lines: the field holding the article text ("text")
	IDField   string // JSON Lines: the field holding the id ("id")
	Profile   normalize.Profile
	Norm      []normalize.Option
}

func (o Options) textField() string {
	if o.TextField == "" {
		return "text"
	}
	return o.TextField
}

func (o Options) idField() string {
	if o.IDField == "" {
		return "id"
	}
	return o.IDField
}

// Source names an input: a file path (or "-"), and the member inside an
// archive, empty when the input is not an archive member.
type Source struct {
	Path   string
	Member string
}

// name is the name the input is known by: the member inside an archive,
// else the path.
func (s Source) name() string {
	if s.Member != "" {
		return s.Member
	}
	return s.Path
}

// defaultID is the id of a document whose container gives none: the file
// name without extension, or for an archive member the member path without
// extension; nil for standard input.
func (s Source) defaultID() *string {
	var id string
	if s.Member != "" {
		id = strings.TrimSuffix(s.Member, path.Ext(s.Member))
	} else {
		if s.Path == "" || s.Path == "-" {
			return nil
		}
		base := filepath.Base(s.Path)
		id = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if id == "" {
		return nil
	}
	return &id
}

// Extract converts one input's bytes into its documents: one for a raw text
// file, one per <DOC> of a TREC file, one per non-blank line of a JSON
// Lines file (an error record for a broken one). The format is opt.In, or
// sniffed (see Sniff) when that is "auto" or empty; the bytes are decoded
// as opt.Encoding says (see charset.Decode).
//
// It never panics and never returns an empty slice: input it cannot read
// gives an error record. An empty input gives a document with an "empty"
// warning. Every document's Input names src, the format, the encoding, and
// the size and SHA-256 of data (of the record's line, for JSON Lines).
func Extract(src Source, data []byte, opt Options) (docs []*Document) {
	inp := newInput(src, data)
	defer func() {
		if r := recover(); r != nil {
			docs = []*Document{errorDoc(inp, ErrRead, fmt.Sprintf("internal error: %v; please report it", r))}
		}
	}()
	name := path.Base(filepath.ToSlash(src.name()))
	format := opt.In
	if format == "" || format == "auto" {
		format = sniffName(name)
	}
	if format == FormatJSONL && opt.Encoding != "utf-16" && !charset.IsUTF16(data) {
		// Record by record, as the streaming reader does: a bad record,
		// even a binary one, spoils only its own line.
		return readJSONLRaw(src, data, opt)
	}
	text, res, err := charset.Decode(data, opt.Encoding)
	if err != nil {
		return []*Document{decodeError(inp, err)}
	}
	inp.Encoding = &res.Encoding
	warns := convertWarnings(res.Warnings)
	if format == "" {
		format = sniffText(name, text, opt)
	}
	inp.Format = format
	switch format {
	case FormatTREC:
		return readTREC(src, inp, text, warns, opt)
	case FormatJSONL:
		return readJSONL(src, inp, text, warns, opt)
	case FormatText:
		return []*Document{buildSafe(readText(inp, text, warns, src.defaultID()), opt)}
	}
	return []*Document{errorDoc(inp, ErrRead, fmt.Sprintf("unknown input format %q: valid formats are auto, text, trec, jsonl", format))}
}

// ExtractRecord converts one JSON Lines record, line n (1-based) of src,
// given without its line end. n is 0 when the record's place is not to be
// recorded (a stream of independent records, as on standard input): then
// Input.Record is nil and messages name no line.
//
// A broken record (invalid JSON, not an object, no text field, a text field
// that is not a string) gives an error record with code "syntax", binary
// bytes one with code "not-text"; messages start with "line n: ". A blank
// line gives a document with an "empty" warning, so that every input line
// has its output line. It never panics and never returns nil.
func ExtractRecord(src Source, line []byte, n int, opt Options) (doc *Document) {
	inp := newInput(src, line)
	inp.Format = FormatJSONL
	if n > 0 {
		inp.Record = &n
	}
	defer func() {
		if r := recover(); r != nil {
			doc = errorDoc(inp, ErrRead, fmt.Sprintf("%sinternal error: %v; please report it", linePrefix(n), r))
		}
	}()
	text, res, err := charset.Decode(line, opt.Encoding)
	if err != nil {
		d := decodeError(inp, err)
		d.Error.Message = linePrefix(n) + d.Error.Message
		return d
	}
	inp.Encoding = &res.Encoding
	return readRecord(src, inp, text, convertWarnings(res.Warnings), n, opt)
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
// first bytes, as --in auto does: "trec" when the text starts with <DOC
// (after a BOM and white space); "jsonl" for a .jsonl or .ndjson name, or
// when the first line is a JSON object with the text field (opt.TextField,
// "text" by default); else "text". head is decoded as opt.Encoding says and
// may end anywhere. An explicit opt.In (not "auto") is returned as is.
func Sniff(name string, head []byte, opt Options) string {
	if opt.In != "" && opt.In != "auto" {
		return opt.In
	}
	if f := sniffName(name); f != "" {
		return f
	}
	text, _, err := charset.Decode(head, opt.Encoding)
	if err != nil {
		return FormatText
	}
	return sniffText(name, text, opt)
}

// sniffName is the format a file name says: "jsonl" for .jsonl and .ndjson
// (also gzipped), else "" (the content decides).
func sniffName(name string) string {
	lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
	if strings.HasSuffix(lower, ".jsonl") || strings.HasSuffix(lower, ".ndjson") {
		return FormatJSONL
	}
	return ""
}

// sniffText is Sniff on decoded text.
func sniffText(name, text string, opt Options) string {
	if f := sniffName(name); f != "" {
		return f
	}
	s := strings.TrimLeft(text, " \t\r\n\uFEFF")
	if len(s) >= 5 && strings.EqualFold(s[:4], "<DOC") && (s[4] == '>' || s[4] == ' ' || s[4] == '\t' || s[4] == '\n') {
		return FormatTREC
	}
	if strings.HasPrefix(s, "{") {
		first, _, _ := strings.Cut(s, "\n")
		if hasTopLevelString(first, opt.textField()) {
			return FormatJSONL
		}
	}
	return FormatText
}

// newInput describes src and its bytes.
func newInput(src Source, data []byte) Input {
	sum := sha256.Sum256(data)
	inp := Input{Path: src.Path, Bytes: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
	if src.Member != "" {
		m := src.Member
		inp.Member = &m
	}
	return inp
}

// errorDoc is an error record for an input whose bytes were read.
func errorDoc(inp Input, code, msg string) *Document {
	return &Document{SchemaVersion: SchemaVersion, Input: inp, Error: &Error{Code: code, Message: msg}}
}

// decodeError is the error record of an input charset.Decode refused.
func decodeError(inp Input, err error) *Document {
	if errors.Is(err, charset.ErrNotText) {
		return errorDoc(inp, ErrNotText, err.Error())
	}
	return errorDoc(inp, ErrEncoding, err.Error())
}

func convertWarnings(ws []charset.Warning) []Warning {
	var out []Warning
	for _, w := range ws {
		out = append(out, Warning{Code: w.Code, Message: w.Message, Line: w.Line})
	}
	return out
}

// buildSafe builds one article's document; a panic in the segmenter or the
// builder gives an error record for this article alone.
// maxArticleLines is the most lines an article may have. Real articles have
// hundreds; what has more is a concatenation of articles, or junk, and each
// line costs the builder a few hundred bytes.
const maxArticleLines = 200_000

func buildSafe(a *article, opt Options) (d *Document) {
	if len(a.Lines) > maxArticleLines {
		hint := "split it into articles"
		if a.Input.Format == FormatText {
			hint += ", or read it with --in trec or --in jsonl"
		}
		d = errorDoc(a.Input, ErrTooLarge, fmt.Sprintf("more than %d lines: not one article; %s", maxArticleLines, hint))
		d.ID = a.Fields.ID
		return d
	}
	defer func() {
		if r := recover(); r != nil {
			d = errorDoc(a.Input, ErrRead, fmt.Sprintf("internal error: %v; please report it", r))
			d.ID = a.Fields.ID
		}
	}()
	return build(a, opt)
}
