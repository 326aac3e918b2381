package review

import (
	"encoding/json"
	"fmt"
	"github.com/sahifa/sahifa/extract/internal/jsonesc"
	"io"
	"strings"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Article is one document seen line by line: what `sahifa inspect` shows
// in a terminal (WriteTable) and on its review page (WriteHTML).
type Article struct {
	// Name names the article in messages and headers: its path, and its
	// record or id in a file holding several.
	Name string
	// Doc is the extracted document.
	Doc *document.Document
	// Rows are the input lines, in order.
	Rows []Row
	// Warnings are the warnings about the whole input (no line).
	Warnings []string
}

// Row is one input line: its role, its rule, its text cut into the parts
// a reader sees, what normalization changed, and what it fed.
type Row struct {
	document.Line
	// Lang is the line's language, "ar" or "en" (more Latin letters than
	// Arabic ones), or "" for a line without letters.
	Lang string
	// Parts are the line's text as shown: runs of plain text and the
	// escapes of invisible characters, with what normalization changes
	// marked.
	Parts []Part
	// Normalized is the line after normalization when that changes it,
	// "" otherwise; Edits are the changes, in order.
	Normalized string
	Edits      []Edit
	// Warnings are the messages of the document's warnings on this line.
	Warnings []string
	// Fields are the document fields the line fed: title, captions[0],
	// dateline, blocks[3], attribution, residue[1].
	Fields []string
}

// Shown is the text of an edit as a reader sees it: invisible
// characters as their escapes, a space as ␣, nothing as ∅.
func Shown(s string) string {
	if s == "" {
		return "∅"
	}
	var b strings.Builder
	for _, r := range s {
		if name, ok := Visible(r); ok {
			b.WriteString(name)
		} else if r == ' ' {
			b.WriteString("␣")
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Part is a run of a line's text.
type Part struct {
	// Text is the run as shown: an escape (‹RLM›) stands for one
	// invisible or look-alike character.
	Text string
	// Escape is set when Text is the escape of one character.
	Escape bool
	// Changed is set when normalization removes or replaces the run.
	Changed bool
}

// New returns the article of d, named name. norm is the normalization
// whose changes the rows show, nil for none.
func New(name string, d *document.Document, norm func(string) string) *Article {
	a := &Article{Name: name, Doc: d, Rows: make([]Row, len(d.Lines))}
	warns := map[int][]string{}
	for _, w := range d.Warnings {
		if w.Line > 0 {
			warns[w.Line] = append(warns[w.Line], w.Message)
		} else {
			a.Warnings = append(a.Warnings, w.Message)
		}
	}
	fed := Fed(d)
	for i, l := range d.Lines {
		r := Row{Line: l, Lang: script.Lang(l.Text), Warnings: warns[l.N], Fields: fed[l.N]}
		var changed []bool
		if norm != nil {
			if n := norm(l.Text); n != l.Text {
				r.Normalized = n
				changed, r.Edits = diff([]rune(l.Text), []rune(n))
			}
		}
		r.Parts = parts(l.Text, changed)
		a.Rows[i] = r
	}
	return a
}

// parts cuts text into runs of plain text and escapes, split where
// changed (nil: nothing) changes.
func parts(text string, changed []bool) []Part {
	var out []Part
	var run strings.Builder
	runChanged := false
	flush := func() {
		if run.Len() > 0 {
			out = append(out, Part{Text: run.String(), Changed: runChanged})
			run.Reset()
		}
	}
	for i, r := range []rune(text) {
		ch := changed != nil && changed[i]
		if name, ok := Visible(r); ok {
			flush()
			out = append(out, Part{Text: name, Escape: true, Changed: ch})
			continue
		}
		if ch != runChanged {
			flush()
			runChanged = ch
		}
		run.WriteRune(r)
	}
	flush()
	return out
}

// Fed maps input line numbers to the document fields they fed, by the
// line numbers the document records: each block with all its lines, the
// title's lines, each caption with the caption and credit lines (not
// already a block) from its first line to the next caption's, the
// dateline, the attribution, each residue entry.
func Fed(d *document.Document) map[int][]string {
	m := map[int][]string{}
	add := func(n int, f string) { m[n] = append(m[n], f) }
	for i, b := range d.Blocks {
		for _, n := range b.Lines {
			add(n, fmt.Sprintf("blocks[%d]", i))
		}
	}
	ci := -1
	for _, l := range d.Lines {
		for ci+1 < len(d.Captions) && d.Captions[ci+1].Line <= l.N {
			ci++
		}
		switch l.Role {
		case document.RoleTitle:
			if d.Title != nil {
				add(l.N, "title")
			}
		case document.RoleCaptionEN, document.RoleCaptionAR, document.RoleCredit:
			// A credit line standing alone is a block, not a caption's.
			if ci >= 0 && len(m[l.N]) == 0 {
				add(l.N, fmt.Sprintf("captions[%d]", ci))
			}
		}
	}
	if d.Dateline != nil {
		add(d.Dateline.Line, "dateline")
	}
	if d.Attribution != nil {
		add(d.Attribution.Line, "attribution")
	}
	for i, r := range d.Residue {
		add(r.Line, fmt.Sprintf("residue[%d]", i))
	}
	return m
}

// DocName names a document of the input path in messages: the path, and
// the document's record or, in a TREC file, its id.
func DocName(d *document.Document, path string) string {
	switch {
	case d.Input.Record != nil:
		return fmt.Sprintf("%s:%d", path, *d.Input.Record)
	case d.Input.Format == container.TREC && d.ID != nil:
		return path + ": " + *d.ID
	}
	return path
}

// WriteJSON writes one JSON object per line: line, role, rule, text (as
// read, not normalized).
func (a *Article) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(jsonesc.Writer(w)) // C1 controls escaped
	enc.SetEscapeHTML(false)
	for _, r := range a.Rows {
		if err := enc.Encode(r.Line); err != nil {
			return err
		}
	}
	return nil
}
