// Package encode writes documents in sahifa's output formats, each an
// Encoder: JSON Lines (one compact JSON document a line), JSON (pretty,
// one document or an array), Markdown (YAML front matter and CommonMark).
// A new format is a new Encoder in Formats.
//
// Encoders are safe for concurrent use; a Stream is not.
package encode

import (
	"bytes"
	"errors"
	"io"

	"github.com/sahifa/sahifa/extract/document"
)

// Encoder is an output format.
type Encoder interface {
	// Name is the format's name, the value of `-f`.
	Name() string
	// Ext is the file extension of a file holding one document.
	Ext() string
	// AppendFile appends d to dst as a file of its own (one file per
	// article, `-O DIR`).
	AppendFile(dst []byte, d *document.Document) ([]byte, error)
	// NewStream starts a stream of documents written to w, one after
	// another (one output, `-o FILE` or standard output).
	NewStream(w io.Writer) Stream
}

// Stream writes documents one after another to one output.
type Stream interface {
	// Render appends to dst the bytes Write writes for d, when those do
	// not depend on the documents before it, so that callers can render
	// documents in parallel and write them in order; ok is false when the
	// stream renders documents itself as they come. Render is safe for
	// concurrent use.
	Render(dst []byte, d *document.Document) (b []byte, ok bool, err error)
	// Write writes d; rendered is Render's output for d, or nil.
	Write(d *document.Document, rendered []byte) error
	// Close ends the stream (a JSON array's closing bracket); it does not
	// close the underlying writer.
	Close() error
}

// Formats are the encoders by name, in the order `sahifa extract --help`
// lists them.
var Formats = []Encoder{JSONL{}, JSON{}, Markdown{}, HTML{}}

// Register adds a format to Formats: a package implementing one calls it
// from its init, so that only programs importing it link it (Parquet).
func Register(e Encoder) { Formats = append(Formats, e) }

// Columnar is implemented by formats that hold many documents in a file
// written whole, its index at the end (Parquet): such a format is never
// written to a pipe, and a folder of it holds size-rotated shards rather
// than one file per document. Its streams implement SizedStream.
type Columnar interface {
	Encoder
	Columnar()
}

// SizedStream is a Stream that estimates the bytes of its output so far,
// those written and those it holds to write.
type SizedStream interface {
	Stream
	Size() int64
}

// IsColumnar reports whether e is a Columnar format.
func IsColumnar(e Encoder) bool {
	_, ok := e.(Columnar)
	return ok
}

// ByName returns the encoder of a format name, or nil.
func ByName(name string) Encoder {
	for _, e := range Formats {
		if e.Name() == name {
			return e
		}
	}
	return nil
}

// Names lists the format names.
func Names() []string {
	out := make([]string, len(Formats))
	for i, e := range Formats {
		out[i] = e.Name()
	}
	return out
}

// JSONL writes JSON Lines: each document as one line of compact JSON.
type JSONL struct{}

// Name implements Encoder.
func (JSONL) Name() string { return "jsonl" }

// Ext implements Encoder: a one-document file of JSON Lines is JSON.
func (JSONL) Ext() string { return ".json" }

// AppendFile implements Encoder: a document alone is pretty JSON.
func (JSONL) AppendFile(dst []byte, d *document.Document) ([]byte, error) {
	return AppendJSON(dst, d, true)
}

// NewStream implements Encoder.
func (JSONL) NewStream(w io.Writer) Stream { return &lineStream{w: w} }

type lineStream struct{ w io.Writer }

func (s *lineStream) Render(dst []byte, d *document.Document) ([]byte, bool, error) {
	b, err := AppendJSON(dst, d, false)
	return b, err == nil, err
}

func (s *lineStream) Write(d *document.Document, rendered []byte) error {
	if rendered == nil {
		return WriteJSON(s.w, d, false)
	}
	_, err := s.w.Write(rendered)
	return err
}

func (s *lineStream) Close() error { return nil }

// JSON writes pretty JSON: one document alone, or an array of several.
// With Array set, a stream is an array even of one document or none (the
// shape the command line decides, see batch.OneInput).
type JSON struct {
	// Array makes every stream an array.
	Array bool
}

// Name implements Encoder.
func (JSON) Name() string { return "json" }

// Ext implements Encoder.
func (JSON) Ext() string { return ".json" }

// AppendFile implements Encoder.
func (JSON) AppendFile(dst []byte, d *document.Document) ([]byte, error) {
	return AppendJSON(dst, d, true)
}

// NewStream implements Encoder: a stream of one document is that document,
// of several an array (see JSONArrayWriter); with Array, always an array.
func (j JSON) NewStream(w io.Writer) Stream {
	a := NewJSONArrayWriter(w, true)
	a.Single = !j.Array
	return &arrayStream{a: a}
}

type arrayStream struct{ a *JSONArrayWriter }

func (s *arrayStream) Render([]byte, *document.Document) ([]byte, bool, error) {
	return nil, false, nil
}

func (s *arrayStream) Write(d *document.Document, _ []byte) error { return s.a.Write(d) }

func (s *arrayStream) Close() error { return s.a.Close() }

// Markdown writes CommonMark with YAML front matter (see WriteMarkdown).
// A stream holds one document: the second one's Write fails with
// ErrSeveralMarkdown, as a Markdown file has one front matter.
type Markdown struct{}

// ErrSeveralMarkdown is the error of a Markdown stream given a second
// document: Markdown has no separator between documents, so several go to
// one file each.
var ErrSeveralMarkdown = errors.New("several articles cannot share one Markdown output: a Markdown document has one front matter, and the first article was written alone")

// Name implements Encoder.
func (Markdown) Name() string { return "md" }

// Ext implements Encoder.
func (Markdown) Ext() string { return ".md" }

// AppendFile implements Encoder.
func (Markdown) AppendFile(dst []byte, d *document.Document) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	err := WriteMarkdown(buf, d)
	return buf.Bytes(), err
}

// NewStream implements Encoder: documents are written one after another,
// a blank line between two.
func (Markdown) NewStream(w io.Writer) Stream { return &mdStream{w: w} }

type mdStream struct {
	w io.Writer
	n int
}

func (s *mdStream) Render(dst []byte, d *document.Document) ([]byte, bool, error) {
	b, err := Markdown{}.AppendFile(dst, d)
	return b, err == nil, err
}

func (s *mdStream) Write(d *document.Document, rendered []byte) error {
	s.n++
	if s.n > 1 {
		// Glued together, the documents would read as one: pandoc folds a
		// later front matter into the first.
		return ErrSeveralMarkdown
	}
	if rendered == nil {
		return WriteMarkdown(s.w, d)
	}
	_, err := s.w.Write(rendered)
	return err
}

func (s *mdStream) Close() error { return nil }
