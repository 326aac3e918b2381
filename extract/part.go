package extract

import (
	"bytes"

	"github.com/sahifa/sahifa/extract/charset"
	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
)

// ExtractPart converts one document of a container read as a stream (a
// TREC <DOC>, a WARC record: see container.NewSplitter), cut out of the
// input src of the given format, into its documents: one, or an error
// record for a part that gave none (too large, damaged). Its Input gives
// the part's bytes (size, SHA-256), the format, and its number among the
// input's documents (Record, when the input holds several). It never
// panics and never returns an empty slice.
func ExtractPart(src document.Source, format string, p *container.Part, opt Options) (docs []*document.Document) {
	inp := container.NewDocInput(src, p.Data)
	inp.Format = format
	if p.N > 0 {
		n := p.N
		inp.Record = &n
	}
	defer func() {
		if r := recover(); r != nil {
			docs = []*document.Document{internalError(inp, r)}
		}
	}()
	if p.Err != nil {
		e := *p.Err
		if p.Data == nil {
			inp.Bytes, inp.SHA256 = 0, ""
		}
		return []*document.Document{{SchemaVersion: document.SchemaVersion, Input: inp, ID: p.Fields.ID, Error: &e}}
	}
	text, res, err := charset.Decode(p.Data, opt.Encoding)
	if err != nil {
		d := decodeError(inp, err)
		d.ID = p.Fields.ID
		return []*document.Document{d}
	}
	inp.Encoding = &res.Encoding
	ws := decodeWarnings(res)
	for i := range ws {
		if ws[i].Line > 0 {
			ws[i].Line += max(p.Line, 1) - 1
		}
	}
	in := &container.Input{Source: src, Doc: inp, Warnings: ws, TextField: opt.TextField, IDField: opt.IDField, Line: p.Line, Element: p.Element}
	var arts []*container.Article
	switch format {
	case container.TREC:
		arts = container.Formats[container.TREC].Articles(in, text)
		if len(arts) == 1 {
			arts[0].Input.Record = inp.Record
		}
	default: // WARC: the payload is the article's text
		a := container.Formats[container.Text].Articles(in, text)[0]
		f := p.Fields
		if f.ID == nil {
			f.ID = a.Fields.ID
		}
		a.Fields = f
		arts = []*container.Article{a}
	}
	for _, a := range arts {
		docs = append(docs, buildSafe(a, opt))
	}
	return docs
}

// extractParts converts the documents of a container read as a stream
// (TREC, WARC) held whole in data, part by part, as a batch reads it.
func extractParts(src document.Source, format string, data []byte, opt Options) []*document.Document {
	sp := container.NewSplitter(format, bytes.NewReader(data), int64(len(data))+1)
	var docs []*document.Document
	for {
		p, err := sp.Next()
		if err != nil {
			break // io.EOF: a bytes.Reader has no other error
		}
		docs = append(docs, ExtractPart(src, format, p, opt)...)
	}
	if len(docs) == 0 {
		inp := container.NewDocInput(src, data)
		inp.Format = format
		in := &container.Input{Source: src, Doc: inp}
		return []*document.Document{buildSafe(container.Formats[container.Text].Articles(in, "")[0], opt)}
	}
	return docs
}
