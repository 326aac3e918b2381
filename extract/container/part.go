package container

import (
	"bufio"
	"io"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/source"
)

// Part is one document of a container read as a stream (a <DOC> of a
// TREC file, a WARC record), cut out of it but not yet decoded: a worker
// decodes and builds it while the reader cuts the next, so that a
// container of any size costs a few documents of memory.
type Part struct {
	// Data is the document's bytes, undecoded: the <DOC> with the lines
	// before it, or a WARC record's payload.
	Data []byte
	// N is the document's 1-based number in its input; 0 when the input
	// holds one document only (its Input.Record is then null).
	N int
	// Line is the input line Data starts on (1-based); 1 when the lines
	// of Data are numbered on their own (a WARC payload).
	Line int
	// Fields are what the container said of the document outside Data
	// (a WARC record's headers); a TREC part has none.
	Fields Fields
	// Element is the name of a TREC part's <DOC> element (DocElement of
	// the whole input), "" for DOC.
	Element string
	// Err is set when the part gives no article: larger than the limit,
	// damaged. Data is then nil, Fields.ID names it when it could.
	Err *document.Error
}

// Splitter cuts a container stream into its Parts, in input order.
type Splitter interface {
	// Next returns the next part. At the end of the stream err is io.EOF;
	// another error is the stream's, and ends it.
	Next() (*Part, error)
	// Skipped is the number of records read so far that hold no article
	// (a WARC request or metadata record): counted, not errors.
	Skipped() int
}

// NewSplitter returns the Splitter of format reading r, whose parts hold
// at most limit bytes (a larger one is a Part with Err, code too-large,
// and costs no memory), or nil when format is not read as a stream of
// parts (text, JSON Lines: see RecordReader).
func NewSplitter(format string, r io.Reader, limit int64) Splitter {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	switch format {
	case TREC:
		return newTRECSplitter(br, limit)
	case WARC:
		return newWARCReader(br, limit)
	}
	return nil
}

// tooLargeError is the error of a part over limit bytes; what names it.
func tooLargeError(what string, limit int64) *document.Error {
	return &document.Error{Code: document.ErrTooLarge, Message: what + " is larger than the limit of " + source.FormatSize(limit), Remedy: document.RemedyMaxSize}
}
