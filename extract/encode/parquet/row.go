// Package parquet writes documents as Apache Parquet (`-f parquet`), in a
// schema of its own, Row, that every Parquet reader loads as it is: DuckDB,
// pyarrow, Hugging Face datasets (no map column, which datasets cannot
// load: metadata is a struct, the container's fields one JSON string).
// Columns are zstd-compressed; row groups hold at most RowGroupRows rows or
// about RowGroupBytes bytes, so that a streaming reader holds one at a time.
//
// It is a package of its own so that a program importing package encode
// does not link the Parquet library; importing this one adds the format to
// encode.Formats.
package parquet

import (
	"encoding/json"
	"fmt"
	"github.com/sahifa/sahifa/extract/internal/jsonesc"
	"slices"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// Row is one document as a Parquet row. Its columns, in order, are the
// format's schema (README, "Parquet schema"); a column is added only at the
// end, and none changes meaning while Version stays.
type Row struct {
	ID          *string      `parquet:"id,optional"`
	Text        *string      `parquet:"text,optional"`
	Title       *string      `parquet:"title,optional"`
	Date        *string      `parquet:"date,optional"`
	URL         *string      `parquet:"url,optional"`
	Author      *string      `parquet:"author,optional"`
	Language    *string      `parquet:"language,optional"`
	Source      Source       `parquet:"source"`
	Fingerprint *string      `parquet:"fingerprint,optional"`
	Captions    []Caption    `parquet:"captions,list"`
	Blocks      []Block      `parquet:"blocks,list"`
	Attribution *Attribution `parquet:"attribution,optional"`
	Residue     []Residue    `parquet:"residue,list"`
	Warnings    []Warning    `parquet:"warnings,list"`
	Metadata    Metadata     `parquet:"metadata"`
	Error       *Error       `parquet:"error,optional"`
	Cluster     *string      `parquet:"cluster,optional"`
	DuplicateOf *string      `parquet:"duplicate_of,optional"`
	// DateHijri is the document's date_hijri (schema_version 3).
	DateHijri *string `parquet:"date_hijri,optional"`
}

// Source is where a document came from: the input's path, the archive
// member, and the record (line of a JSON Lines file, <DOC> of a TREC file).
type Source struct {
	Path   string  `parquet:"path"`
	Member *string `parquet:"member,optional"`
	Record *int32  `parquet:"record,optional"`
}

// Caption is document.Caption.
type Caption struct {
	EN     *string `parquet:"en,optional"`
	AR     *string `parquet:"ar,optional"`
	Credit *string `parquet:"credit,optional"`
	Agency *string `parquet:"agency,optional"`
	Date   *string `parquet:"date,optional"`
	Place  *string `parquet:"place,optional"`
	Line   int32   `parquet:"line"`
}

// Block is document.Block.
type Block struct {
	Type  string  `parquet:"type"`
	Lang  string  `parquet:"lang"`
	Text  string  `parquet:"text"`
	Line  int32   `parquet:"line"`
	Lines []int32 `parquet:"lines,list"`
}

// Attribution is document.Attribution.
type Attribution struct {
	Label *string  `parquet:"label,optional"`
	Text  string   `parquet:"text"`
	Names []string `parquet:"names,list"`
	Line  int32    `parquet:"line"`
}

// Residue is document.Residue.
type Residue struct {
	Text string `parquet:"text"`
	Kind string `parquet:"kind"`
	Line int32  `parquet:"line"`
}

// Warning is document.Warning; Line is 0 for the whole input.
type Warning struct {
	Code    string `parquet:"code"`
	Message string `parquet:"message"`
	Line    int32  `parquet:"line"`
}

// Error is document.Error: set on an error record, whose article columns
// are null.
type Error struct {
	Code    string `parquet:"code"`
	Message string `parquet:"message"`
}

// Metadata is the rest of the document, as a struct of fixed fields.
type Metadata struct {
	SchemaVersion int32 `parquet:"schema_version"`
	// Format, Encoding, Bytes and SHA256 are the input's (document.Input).
	Format        *string   `parquet:"format,optional"`
	Encoding      *string   `parquet:"encoding,optional"`
	Bytes         *int64    `parquet:"bytes,optional"`
	SHA256        *string   `parquet:"sha256,optional"`
	Dir           *string   `parquet:"dir,optional"`
	Excerpt       *string   `parquet:"excerpt,optional"`
	Dateline      *Dateline `parquet:"dateline,optional"`
	Stats         *Stats    `parquet:"stats,optional"`
	Normalization *string   `parquet:"normalization,optional"` // the profile
	Changes       []Change  `parquet:"changes,list"`           // by rule, sorted
	Container     *string   `parquet:"container,optional"`     // JSON object
}

// Dateline is document.Dateline.
type Dateline struct {
	Text   string  `parquet:"text"`
	Place  *string `parquet:"place,optional"`
	Agency *string `parquet:"agency,optional"`
	Line   int32   `parquet:"line"`
}

// Stats is document.Stats.
type Stats struct {
	Lines      int32 `parquet:"lines"`
	Paragraphs int32 `parquet:"paragraphs"`
	Headings   int32 `parquet:"headings"`
	ListItems  int32 `parquet:"list_items"`
	Captions   int32 `parquet:"captions"`
	WordsAR    int32 `parquet:"words_ar"`
	WordsEN    int32 `parquet:"words_en"`
}

// Change is what one normalization rule changed.
type Change struct {
	Rule  string `parquet:"rule"`
	Count int32  `parquet:"count"`
}

// FromDocument returns d's row. The error is encoding/json's, for a
// container value it cannot encode.
func FromDocument(d *document.Document) (Row, error) {
	r := Row{
		ID: d.ID, Text: d.Text, Title: d.Title, Date: d.Date, URL: d.URL, Author: d.Author, Language: d.Language,
		Source:      Source{Path: d.Input.Path, Member: d.Input.Member, Record: int32Ptr(d.Input.Record)},
		Fingerprint: d.Fingerprint,
		Cluster:     d.Cluster, DuplicateOf: d.DuplicateOf,
	}
	m := &r.Metadata
	m.SchemaVersion = int32(d.SchemaVersion)
	m.Encoding = d.Input.Encoding
	if d.Input.Format != "" {
		m.Format = &d.Input.Format
	}
	if d.Input.SHA256 != "" {
		m.SHA256, m.Bytes = &d.Input.SHA256, &d.Input.Bytes
	}
	if e := d.Error; e != nil {
		r.Error = &Error{Code: string(e.Code), Message: e.Message}
		return r, nil
	}
	m.Dir, m.Excerpt = d.Dir, d.Excerpt
	r.DateHijri = d.DateHijri
	if dl := d.Dateline; dl != nil {
		m.Dateline = &Dateline{Text: dl.Text, Place: dl.Place, Agency: dl.Agency, Line: int32(dl.Line)}
	}
	if s := d.Stats; s != nil {
		m.Stats = &Stats{int32(s.Lines), int32(s.Paragraphs), int32(s.Headings), int32(s.ListItems), int32(s.Captions), int32(s.WordsAR), int32(s.WordsEN)}
	}
	if n := d.Normalization; n != nil {
		m.Normalization = &n.Profile
		m.Changes = changes(n.Changes)
	}
	if d.Container != nil {
		b, err := json.Marshal(d.Container)
		if err != nil {
			return r, fmt.Errorf("container: %w", err)
		}
		s := string(jsonesc.C1(b)) // as the JSON writers: no raw C1 control
		m.Container = &s
	}
	for _, c := range d.Captions {
		r.Captions = append(r.Captions, Caption{c.EN, c.AR, c.Credit, c.Agency, c.Date, c.Place, int32(c.Line)})
	}
	r.Blocks = make([]Block, len(d.Blocks))
	for i, b := range d.Blocks {
		r.Blocks[i] = Block{Type: b.Type, Lang: b.Lang, Text: b.Text, Line: int32(b.Line), Lines: int32s(b.Lines)}
	}
	if a := d.Attribution; a != nil {
		r.Attribution = &Attribution{Label: a.Label, Text: a.Text, Names: a.Names, Line: int32(a.Line)}
	}
	for _, x := range d.Residue {
		r.Residue = append(r.Residue, Residue{x.Text, x.Kind, int32(x.Line)})
	}
	for _, w := range d.Warnings {
		r.Warnings = append(r.Warnings, Warning{string(w.Code), w.Message, int32(w.Line)})
	}
	return r, nil
}

// Document returns the document of r: FromDocument undone, so that a
// document read back from Parquet writes the JSON it was read from. The
// error is for a container column that is not a JSON object.
func (r *Row) Document() (*document.Document, error) {
	m := &r.Metadata
	d := &document.Document{
		SchemaVersion: int(m.SchemaVersion), ID: r.ID,
		Input:   document.Input{Path: r.Source.Path, Member: r.Source.Member, Encoding: m.Encoding, Record: intPtr(r.Source.Record)},
		Cluster: r.Cluster, DuplicateOf: r.DuplicateOf,
	}
	if m.Format != nil {
		d.Input.Format = *m.Format
	}
	if m.SHA256 != nil && m.Bytes != nil {
		d.Input.SHA256, d.Input.Bytes = *m.SHA256, *m.Bytes
	}
	if e := r.Error; e != nil {
		d.Error = &document.Error{Code: document.ErrorCode(e.Code), Message: e.Message}
		return d, nil
	}
	d.Text, d.Title, d.Date, d.URL, d.Author, d.Language, d.Fingerprint = r.Text, r.Title, r.Date, r.URL, r.Author, r.Language, r.Fingerprint
	d.Dir, d.Excerpt = m.Dir, m.Excerpt
	d.DateHijri = r.DateHijri
	if dl := m.Dateline; dl != nil {
		d.Dateline = &document.Dateline{Text: dl.Text, Place: dl.Place, Agency: dl.Agency, Line: int(dl.Line)}
	}
	if s := m.Stats; s != nil {
		d.Stats = &document.Stats{Lines: int(s.Lines), Paragraphs: int(s.Paragraphs), Headings: int(s.Headings), ListItems: int(s.ListItems), Captions: int(s.Captions), WordsAR: int(s.WordsAR), WordsEN: int(s.WordsEN)}
	}
	if m.Normalization != nil {
		d.Normalization = &document.Normalization{Profile: *m.Normalization, Changes: map[string]int{}}
		for _, c := range m.Changes {
			d.Normalization.Changes[c.Rule] = int(c.Count)
		}
	}
	if m.Container != nil {
		if err := json.Unmarshal([]byte(*m.Container), &d.Container); err != nil {
			return nil, fmt.Errorf("column metadata.container: %v", err)
		}
	}
	d.Captions = make([]document.Caption, len(r.Captions))
	for i, c := range r.Captions {
		d.Captions[i] = document.Caption{EN: c.EN, AR: c.AR, Credit: c.Credit, Agency: c.Agency, Date: c.Date, Place: c.Place, Line: int(c.Line)}
	}
	d.Blocks = make([]document.Block, len(r.Blocks))
	for i, b := range r.Blocks {
		d.Blocks[i] = document.Block{Type: b.Type, Lang: b.Lang, Text: b.Text, Line: int(b.Line), Lines: ints(b.Lines)}
	}
	if a := r.Attribution; a != nil {
		d.Attribution = &document.Attribution{Label: a.Label, Text: a.Text, Names: a.Names, Line: int(a.Line)}
	}
	d.Residue = make([]document.Residue, len(r.Residue))
	for i, x := range r.Residue {
		d.Residue[i] = document.Residue{Text: x.Text, Kind: x.Kind, Line: int(x.Line)}
	}
	d.Warnings = make([]document.Warning, len(r.Warnings))
	for i, w := range r.Warnings {
		d.Warnings[i] = document.Warning{Code: document.WarningCode(w.Code), Message: w.Message, Line: int(w.Line)}
	}
	return d, nil
}

func changes(m map[string]int) []Change {
	out := make([]Change, 0, len(m))
	for k, v := range m {
		out = append(out, Change{k, int32(v)})
	}
	slices.SortFunc(out, func(a, b Change) int { return strings.Compare(a.Rule, b.Rule) })
	return out
}

func int32Ptr(p *int) *int32 {
	if p == nil {
		return nil
	}
	v := int32(*p)
	return &v
}

func intPtr(p *int32) *int {
	if p == nil {
		return nil
	}
	v := int(*p)
	return &v
}

func int32s(s []int) []int32 {
	out := make([]int32, len(s))
	for i, v := range s {
		out[i] = int32(v)
	}
	return out
}

func ints(s []int32) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = int(v)
	}
	return out
}
