// Package container reads the input formats sahifa knows, each a Format:
// raw text (one article), TREC/SGML (<DOC>s) and JSON Lines (one record a
// line). A format cuts decoded text into Articles: numbered Lines, some
// with the role the container decides (markup, a title or dateline field),
// the rest left for the segmenter, and the Fields the container gives
// (id, title, URL, date…). It knows nothing of roles beyond those, of
// normalization, or of how a Document is built.
package container

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/sahifa/sahifa/extract/document"
)

// Article is one article as cut out of its input, before segmentation.
type Article struct {
	Input    document.Input
	Lines    []document.Line // every line of the article, in input order
	HasTitle bool            // the container gave the title: the body has none
	Fields   Fields
	Warnings []document.Warning
	// Error is set when the record gave no article (a JSON Lines record
	// that is not an object, say): the error record's reason. Input and
	// Fields.ID say which record it was.
	Error *document.Error
}

// Fields are what a container said of an article; nil when it said
// nothing. ID is the container's id, else the input's default id
// (document.Source.DefaultID). Date is an ISO date (YYYY-MM-DD): a
// container parses its own (fields.ParseDate).
type Fields struct {
	ID, Title, URL, Date, Author, Excerpt, Dateline *string
	// Container is every field of the container as found, raw, keyed by
	// its lower-case tag or JSON key (the article text excluded): the
	// document's "container".
	Container map[string]any
}

// Input is one input as a format reads it.
type Input struct {
	Source   document.Source
	Doc      document.Input // the document's input: path, format, encoding, size, digest
	Warnings []document.Warning
	// TextField and IDField name the JSON fields of the article's text
	// and id ("text" and "id" when empty).
	TextField, IDField string
	// Line is the input line the text starts on, when it is a part cut
	// out of a stream (a TREC <DOC>: see Part); 1 when 0.
	Line int
	// Element is the name of a TREC part's <DOC> element (Part.Element);
	// "" when the text is the whole input, whose head tells it.
	Element string
}

func (in *Input) firstLine() int { return max(in.Line, 1) }

func (in *Input) textField() string {
	if in.TextField == "" {
		return "text"
	}
	return in.TextField
}

func (in *Input) idField() string {
	if in.IDField == "" {
		return "id"
	}
	return in.IDField
}

// Format is an input format.
type Format interface {
	// Name is the format's name, the value of document.Input.Format.
	Name() string
	// Articles cuts the decoded text of one input (LF line ends) into its
	// articles, in input order. It never returns none: an input with no
	// article gives one empty article.
	Articles(in *Input, text string) []*Article
}

// Format names.
const (
	Text  = "text"
	TREC  = "trec"
	JSONL = "jsonl"
	WARC  = "warc" // WARC and WET files, read as a stream only (see NewSplitter)
)

// Formats are the formats by name.
var Formats = map[string]Format{Text: textFormat{}, TREC: trecFormat{}, JSONL: jsonlFormat{}}

// MaxLines is the most lines an article may have. Real articles have
// hundreds; what has more is a concatenation of articles, or junk, and each
// line costs the segmenter a few hundred bytes. Readers keep at most
// MaxLines+1 lines of an article, so that the builder can refuse it
// without holding them all.
const MaxLines = 200_000

// NewDocInput describes src and its bytes: path, member, size and
// SHA-256; the format and encoding are the reader's to fill.
func NewDocInput(src document.Source, data []byte) document.Input {
	sum := sha256.Sum256(data)
	inp := document.Input{Path: src.Path, Bytes: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
	if src.Member != "" {
		m := src.Member
		inp.Member = &m
	}
	return inp
}
