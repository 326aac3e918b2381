package review

import (
	"bufio"
	"io"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// NewPage is the review page of the documents extracted from source (the
// input as the user named it), with the changes of the normalization
// profile shown (none for normalize.None). An error record has no lines
// to review: it is left out.
func NewPage(source string, profile normalize.Profile, docs []*document.Document) Page {
	var norm func(string) string
	if profile != normalize.None {
		norm = normalize.New(profile).String
	}
	p := Page{Source: source, Profile: profile.String()}
	for _, d := range docs {
		if d.Error == nil {
			p.Articles = append(p.Articles, New(DocName(d, source), d, norm))
		}
	}
	return p
}

// Format is the form in which Write writes a page.
type Format int

// The formats of Write.
const (
	// FormatTable is each article's table (WriteTable), a blank line
	// between two articles.
	FormatTable Format = iota
	// FormatJSON is one JSON object per line (WriteJSON).
	FormatJSON
	// FormatHTML is the review page (WriteHTML).
	FormatHTML
)

// Write writes p to w in format f, buffered; opt lays out FormatTable.
func Write(w io.Writer, p Page, f Format, opt TableOptions) error {
	bw := bufio.NewWriter(w)
	var err error
	switch f {
	case FormatHTML:
		err = WriteHTML(bw, p)
	case FormatJSON:
		for _, a := range p.Articles {
			if err = a.WriteJSON(bw); err != nil {
				break
			}
		}
	default:
		for i, a := range p.Articles {
			if i > 0 {
				bw.WriteByte('\n')
			}
			if err = a.WriteTable(bw, opt); err != nil {
				break
			}
		}
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}
