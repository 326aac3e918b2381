package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"github.com/sahifa/sahifa/extract/internal/jsonesc"
	"io"

	"github.com/sahifa/sahifa/extract/document"
)

// This file writes documents as JSON, in the field order and with the nulls
// of the spec (document.md). Three rules hold for every writer here:
//   - HTML characters are not escaped: Arabic text, <, > and & stay readable;
//   - an unknown value is null, never a zero value, and a list is [], never
//     null (a nil slice of a hand-built document.Document is written as []);
//   - an error record (document.Error set) holds only schema_version, id (when
//     known), input and error: the article fields are absent.

// marshalNoEscape is json.Marshal without HTML escaping and without the
// final newline, the C1 controls escaped (see jsonesc).
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return jsonesc.C1(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))), nil
}

// AppendJSON appends d to dst as one JSON document followed by a newline,
// exactly as WriteJSON writes it, and returns the extended slice. It lets a
// caller reuse its buffers across documents.
func AppendJSON(dst []byte, d *document.Document, indent bool) ([]byte, error) {
	b, err := appendEncoded(dst, d, "", indent)
	if err != nil {
		return dst, err
	}
	return append(b, '\n'), nil
}

// WriteJSON writes d as one JSON document followed by a newline: on one line
// (a JSON Lines record) when indent is false, pretty-printed with two-space
// indentation when it is true.
func WriteJSON(w io.Writer, d *document.Document, indent bool) error {
	buf := getBuffer()
	defer putBuffer(buf)
	b, err := AppendJSON((*buf)[:0], d, indent)
	if err != nil {
		return err
	}
	*buf = b
	_, err = w.Write(b)
	return err
}

// encodeDocument returns d's JSON without a final newline; when indent is
// set, every line after the first starts with prefix.
func encodeDocument(d *document.Document, prefix string, indent bool) ([]byte, error) {
	return appendEncoded(nil, d, prefix, indent)
}

// appendEncoded appends d's JSON without a final newline to dst; when indent
// is set, every line after the first starts with prefix. The compact form is
// written by appendDocument; the indented one is that form indented as an
// Encoder with SetIndent(prefix, "  ") indents it.
func appendEncoded(dst []byte, d *document.Document, prefix string, indent bool) ([]byte, error) {
	if d == nil {
		return nil, errors.New("extract: nil document")
	}
	if !indent {
		return appendDocument(dst, d)
	}
	buf := getBuffer()
	defer putBuffer(buf)
	compact, err := appendDocument((*buf)[:0], d)
	if err != nil {
		return nil, err
	}
	*buf = compact
	out := bytes.NewBuffer(dst)
	if err := json.Indent(out, compact, prefix, "  "); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// JSONArrayWriter streams documents as one JSON array, the output of
// `-f json` with several articles: each Write sends one element to the
// underlying writer at once; nothing but the current document is held in
// memory. Close ends the array. A stream of no documents is written as [].
//
// When Single is set, a stream of exactly one document is written as that
// document alone rather than an array of one (the spec's "one object, or an
// array when there are several articles"). The writer then holds the first
// document back until a second arrives or Close is called.
//
// A JSONArrayWriter is not safe for concurrent use. After an error, every
// later call returns that error.
type JSONArrayWriter struct {
	// Single writes a lone document as an object rather than an array.
	Single bool

	w       io.Writer
	indent  bool
	n       int                // documents written or held
	pending *document.Document // the first document, held back when Single is set
	closed  bool
	err     error
}

// NewJSONArrayWriter returns a JSONArrayWriter writing to w, pretty-printed
// with two-space indentation when indent is true, on one line otherwise.
func NewJSONArrayWriter(w io.Writer, indent bool) *JSONArrayWriter {
	return &JSONArrayWriter{w: w, indent: indent}
}

// Write adds d to the array.
func (j *JSONArrayWriter) Write(d *document.Document) error {
	if j.err != nil {
		return j.err
	}
	if j.closed {
		j.err = errors.New("extract: write to a closed JSONArrayWriter")
		return j.err
	}
	if d == nil {
		return errors.New("extract: nil document")
	}
	j.n++
	if j.Single && j.n == 1 {
		j.pending = d
		return nil
	}
	if j.pending != nil {
		p := j.pending
		j.pending = nil
		if err := j.element(p, 1); err != nil {
			return err
		}
	}
	return j.element(d, j.n)
}

// element writes d as the n-th element (1-based) of the array.
func (j *JSONArrayWriter) element(d *document.Document, n int) error {
	buf := getBuffer()
	defer putBuffer(buf)
	b := (*buf)[:0]
	switch {
	case n == 1 && j.indent:
		b = append(b, "[\n  "...)
	case n == 1:
		b = append(b, '[')
	case j.indent:
		b = append(b, ",\n  "...)
	default:
		b = append(b, ',')
	}
	b, err := appendEncoded(b, d, "  ", j.indent)
	if err != nil {
		j.err = err
		return err
	}
	*buf = b
	if _, err := j.w.Write(b); err != nil {
		j.err = err
		return err
	}
	return nil
}

// Close ends the array (or writes the lone document held back when Single
// is set) and a final newline. It does not close the underlying writer.
func (j *JSONArrayWriter) Close() error {
	if j.err != nil {
		return j.err
	}
	if j.closed {
		return nil
	}
	j.closed = true
	var b []byte
	switch {
	case j.pending != nil:
		e, err := encodeDocument(j.pending, "", j.indent)
		if err != nil {
			j.err = err
			return err
		}
		j.pending = nil
		b = append(e, '\n')
	case j.n == 0:
		b = []byte("[]\n")
	case j.indent:
		b = []byte("\n]\n")
	default:
		b = []byte("]\n")
	}
	if _, err := j.w.Write(b); err != nil {
		j.err = err
		return err
	}
	return nil
}
