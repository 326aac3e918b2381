package review

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"path"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// The review page: one HTML file, inline CSS and a little inline script,
// no other resource, so that it opens offline from file://. Without the
// script every line can be read; with it, lines can be filtered by role,
// walked with the keyboard (j/k or the arrows), given another role (e or
// Enter, or a click on the role), and the labels downloaded with the
// corrections (see Labels): `N role`, and `  # was OLD` after a changed
// one.

//go:embed page/review.html
var pageFS embed.FS

var pageTmpl = template.Must(template.New("review.html").Funcs(template.FuncMap{
	"dir":   Dir,
	"join":  strings.Join,
	"shown": Shown,
}).ParseFS(pageFS, "page/review.html"))

// Page is a review page: the articles of one input.
type Page struct {
	// Source is the input as the command line named it.
	Source string
	// Profile is the normalization profile whose changes are shown.
	Profile string
	// Articles are the input's articles, in order.
	Articles []*Article
}

// pageView is what the template reads.
type pageView struct {
	Page
	Roles    []document.Role
	Counts   map[document.Role]int
	Sections []sectionView
}

type sectionView struct {
	*Article
	ID    string // the section's element id
	File  string // the name of its labels file
	Title string
}

// WriteHTML writes the review page of p.
func WriteHTML(w io.Writer, p Page) error {
	v := pageView{Page: p, Roles: Roles, Counts: map[document.Role]int{}}
	for i, a := range p.Articles {
		s := sectionView{Article: a, ID: fmt.Sprintf("a%d", i+1), File: labelsFile(a)}
		if a.Doc.Title != nil {
			s.Title = *a.Doc.Title
		}
		for _, r := range a.Rows {
			v.Counts[r.Role]++
		}
		v.Sections = append(v.Sections, s)
	}
	return pageTmpl.Execute(w, v)
}

// labelsFile names the labels file of an article: the input's base name
// without its extension, its record or id added for one of several, and
// .roles.
func labelsFile(a *Article) string {
	d := a.Doc
	name := d.Input.Path
	if d.Input.Member != nil {
		name = *d.Input.Member
	}
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	if name == "-" || name == "." || name == "/" {
		name = "stdin"
	}
	name = strings.TrimSuffix(name, path.Ext(name))
	switch {
	case d.Input.Record != nil:
		name = fmt.Sprintf("%s-%d", name, *d.Input.Record)
	}
	return name + ".roles"
}

// Dir is the writing direction of a language: rtl for Arabic, ltr
// otherwise.
func Dir(lang string) string {
	if lang == "ar" {
		return "rtl"
	}
	return "ltr"
}
