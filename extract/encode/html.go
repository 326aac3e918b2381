package encode

import (
	"bytes"
	"embed"
	"html/template"
	"io"
	"net/url"
	"path"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// HTML writes each document as one self-contained web page (see
// html/article.html): inline CSS, no script, no resource from elsewhere,
// so that a page opens offline from file://. The page and every block
// carry lang and dir (an English caption is ltr inside an rtl page); the
// title is the one <h1>; the captions, blocks and attribution follow in
// the order of their input lines (an article without a title is headed
// by its source), a caption's two languages and its
// credit, agency, date and place in one <figcaption>; the residue is left
// out of the article and listed in a closed <details>; the source and the
// warnings close the page. Text is written as it is in the document,
// HTML-escaped; invalid UTF-8 and NUL become U+FFFD.
//
// A stream of several documents is one page, an <article> each. In an
// output tree (-O), each folder gets an index page (see Indexer).
type HTML struct{}

//go:embed html/*.html html/*.css
var htmlFS embed.FS

var htmlTmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"dir":       dirOf,
	"lang":      script.Lang,
	"css":       func() template.CSS { return template.CSS(htmlCSS) },
	"indexName": HTML{}.IndexName,
	"href":      func(name string) string { return (&url.URL{Path: name}).String() },
}).ParseFS(htmlFS, "html/*.html"))

var htmlCSS = func() string {
	b, err := htmlFS.ReadFile("html/style.css")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// Name implements Encoder.
func (HTML) Name() string { return "html" }

// Ext implements Encoder.
func (HTML) Ext() string { return ".html" }

// AppendFile implements Encoder: a page holding d.
func (HTML) AppendFile(dst []byte, d *document.Document) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	if err := htmlTmpl.ExecuteTemplate(buf, "head", pageHead(d)); err != nil {
		return dst, err
	}
	if err := htmlTmpl.ExecuteTemplate(buf, "article", newHTMLArticle(d)); err != nil {
		return dst, err
	}
	err := htmlTmpl.ExecuteTemplate(buf, "foot", nil)
	return buf.Bytes(), err
}

// NewStream implements Encoder: one page, the documents an <article>
// each, in order.
func (HTML) NewStream(w io.Writer) Stream { return &htmlStream{w: w} }

type htmlStream struct {
	w     io.Writer
	begun bool
}

func (s *htmlStream) Render(dst []byte, d *document.Document) ([]byte, bool, error) {
	buf := bytes.NewBuffer(dst)
	err := htmlTmpl.ExecuteTemplate(buf, "article", newHTMLArticle(d))
	return buf.Bytes(), err == nil, err
}

func (s *htmlStream) Write(d *document.Document, rendered []byte) error {
	if !s.begun {
		s.begun = true
		if err := htmlTmpl.ExecuteTemplate(s.w, "head", pageHead(d)); err != nil {
			return err
		}
	}
	if rendered == nil {
		return htmlTmpl.ExecuteTemplate(s.w, "article", newHTMLArticle(d))
	}
	_, err := s.w.Write(rendered)
	return err
}

func (s *htmlStream) Close() error {
	if !s.begun {
		if err := htmlTmpl.ExecuteTemplate(s.w, "head", pageHead(nil)); err != nil {
			return err
		}
	}
	return htmlTmpl.ExecuteTemplate(s.w, "foot", nil)
}

// dirOf is the writing direction of a language.
func dirOf(lang string) string {
	if lang == "ar" {
		return "rtl"
	}
	return "ltr"
}

// htmlHead is what the page's <head> needs.
type htmlHead struct {
	Lang, Title string
}

func pageHead(d *document.Document) htmlHead {
	h := htmlHead{Title: "sahifa"}
	if d == nil {
		return h
	}
	if d.Language != nil {
		h.Lang = *d.Language
	}
	h.Title = cleanText(source(d.Input))
	if d.Title != nil {
		h.Title = cleanText(*d.Title)
	}
	return h
}

// htmlArticle is a document as the article template reads it.
type htmlArticle struct {
	*document.Document
	Lang        string // the article's language, "" when unknown
	Source      string
	Name        string // the source's base name, heading an untitled article
	Items       []htmlItem
	Attribution *document.Attribution
}

// htmlItem is a figure, a list or one block, in reading order.
type htmlItem struct {
	Caption *document.Caption
	Block   *document.Block
	List    []document.Block
}

// newHTMLArticle orders d's captions and blocks by their input lines (a
// caption before a block of the same line), consecutive list items one
// list, and cleans every text of invalid UTF-8 and NUL.
func newHTMLArticle(d *document.Document) htmlArticle {
	a := htmlArticle{Document: cleanDoc(d), Source: cleanText(source(d.Input))}
	a.Name = path.Base(strings.ReplaceAll(a.Source, `\`, "/"))
	d = a.Document
	if d.Language != nil {
		a.Lang = *d.Language
	}
	a.Attribution = d.Attribution
	ci, bi := 0, 0
	for ci < len(d.Captions) || bi < len(d.Blocks) {
		if ci < len(d.Captions) && (bi == len(d.Blocks) || d.Captions[ci].Line <= d.Blocks[bi].Line) {
			if c := &d.Captions[ci]; c.AR != nil || c.EN != nil || c.Credit != nil {
				a.Items = append(a.Items, htmlItem{Caption: c})
			}
			ci++
			continue
		}
		b := &d.Blocks[bi]
		bi++
		switch {
		case b.Type == document.BlockListItem:
			if n := len(a.Items); n > 0 && a.Items[n-1].List != nil {
				a.Items[n-1].List = append(a.Items[n-1].List, *b)
			} else {
				a.Items = append(a.Items, htmlItem{List: []document.Block{*b}})
			}
		case b.Text != "":
			a.Items = append(a.Items, htmlItem{Block: b})
		}
	}
	return a
}

// cleanDoc returns a copy of d whose texts are valid UTF-8 without NUL.
func cleanDoc(d *document.Document) *document.Document {
	c := *d
	str := func(p *string) *string {
		if p == nil {
			return nil
		}
		s := cleanText(*p)
		return &s
	}
	c.Title, c.Date, c.DateHijri, c.Author, c.URL, c.ID = str(d.Title), str(d.Date), str(d.DateHijri), str(d.Author), str(d.URL), str(d.ID)
	c.Captions = make([]document.Caption, len(d.Captions))
	for i, k := range d.Captions {
		k.EN, k.AR, k.Credit, k.Agency, k.Date, k.Place = str(k.EN), str(k.AR), str(k.Credit), str(k.Agency), str(k.Date), str(k.Place)
		c.Captions[i] = k
	}
	c.Blocks = make([]document.Block, len(d.Blocks))
	for i, b := range d.Blocks {
		b.Text = cleanText(b.Text)
		c.Blocks[i] = b
	}
	if d.Attribution != nil {
		at := *d.Attribution
		at.Label, at.Text = str(at.Label), cleanText(at.Text)
		c.Attribution = &at
	}
	c.Residue = make([]document.Residue, len(d.Residue))
	for i, r := range d.Residue {
		r.Text = cleanText(r.Text)
		c.Residue[i] = r
	}
	return &c
}
