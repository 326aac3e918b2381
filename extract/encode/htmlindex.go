package encode

import (
	"bytes"

	"github.com/sahifa/sahifa/extract/document"
)

// Indexer is an Encoder whose output tree (-O) gets an index page in
// every folder, listing its folders and its articles.
type Indexer interface {
	Encoder
	// IndexName is the file name of a folder's index page.
	IndexName() string
	// AppendIndex appends the index page of a folder to dst.
	AppendIndex(dst []byte, p *IndexPage) ([]byte, error)
}

// IndexPage is the index of one folder of an output tree.
type IndexPage struct {
	// Folder is the folder's slash path in the tree, "" for its top.
	Folder string
	// Folders are its subfolders, by name.
	Folders []IndexFolder
	// Articles are the articles written in it, in the order of the run.
	Articles []IndexEntry
}

// IndexFolder is a subfolder an index links to.
type IndexFolder struct {
	Name string
	// Articles counts the articles under it, at any depth.
	Articles int
}

// IndexEntry is an article an index links to: its file name and what a
// reader picks it by.
type IndexEntry struct {
	File                      string
	Title, Date, Agency, Lang string
}

// NewIndexEntry is the entry of d written as file: its title (or the
// file name), date, and agency (the dateline's, the first caption's, or
// the attribution).
func NewIndexEntry(file string, d *document.Document) IndexEntry {
	e := IndexEntry{File: file, Title: file}
	val := func(p *string) string {
		if p == nil {
			return ""
		}
		return cleanText(*p)
	}
	if t := val(d.Title); t != "" {
		e.Title = t
	}
	if d.Language != nil {
		e.Lang = *d.Language
	}
	e.Date = val(d.Date)
	switch {
	case d.Dateline != nil && d.Dateline.Agency != nil:
		e.Agency = val(d.Dateline.Agency)
	case len(d.Captions) > 0 && d.Captions[0].Agency != nil:
		e.Agency = val(d.Captions[0].Agency)
	case d.Attribution != nil:
		e.Agency = cleanText(d.Attribution.Text)
	}
	return e
}

// IndexName implements Indexer.
func (HTML) IndexName() string { return "index.html" }

// AppendIndex implements Indexer: a page in the style of the articles',
// the folders first, then a table of the articles: title (a link), date,
// agency.
func (HTML) AppendIndex(dst []byte, p *IndexPage) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	err := htmlTmpl.ExecuteTemplate(buf, "index", p)
	return buf.Bytes(), err
}
