package container

import (
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// This file reads TREC/SGML containers: one or many <DOC>s per file, as in
// the ANT corpus (<DOC> <DOCNO> <URL> <SRC> <CAT> <TITLE> <TIME> <AUTHOR>
// <ABSTRACT> <TEXT>) and Arabic Gigaword (<DOC id="…" type="…">
// <HEADLINE> <DATELINE> <TEXT> <P>). The reader works line by line and is
// forgiving: a tag it does not know is one more container field, text
// outside any field is article text, and an unclosed <DOC> keeps what was
// read with a "truncated" warning.

// Line rules of the lines the TREC reader gives a role.
const (
	ruleContainerTag      = "container-tag"      // a line holding only tags: <DOC>, </TEXT>, <P>
	ruleContainerField    = "container-field"    // a line of a container field other than the article's parts
	ruleContainerTitle    = "container-title"    // <TITLE>…</TITLE>, or a line of <HEADLINE>
	ruleContainerDateline = "container-dateline" // a line of <DATELINE>
	ruleContainerBlank    = "container-blank"    // a blank line outside <TEXT>
	ruleOutsideDoc        = "outside-doc"        // text outside any <DOC>
)

// Tag kinds of a line that starts with a tag.
const (
	tagOpen   = iota // <NAME attrs>, maybe followed by the field's first text
	tagClose         // </NAME>
	tagInline        // <NAME>value</NAME>
	tagEmpty         // <NAME/>
)

// tag is a line that starts with an SGML tag.
type tag struct {
	kind  int
	name  string // upper case
	attrs string // of an open tag
	value string // inline: the text between the tags; open: the text after
}

// parseTag recognises a line (trimmed) that starts with a tag. Lines that
// merely start with "<" (`<< وأخيرا`) are not tags.
func parseTag(s string) (tag, bool) {
	if len(s) < 3 || s[0] != '<' {
		return tag{}, false
	}
	if s[1] == '/' {
		name, ok := tagName(s[2:])
		if !ok || len(s) != 2+len(name)+1 || s[len(s)-1] != '>' {
			return tag{}, false
		}
		return tag{kind: tagClose, name: strings.ToUpper(name)}, true
	}
	name, ok := tagName(s[1:])
	if !ok {
		return tag{}, false
	}
	rest := s[1+len(name):]
	if rest == "" || !(rest[0] == '>' || rest[0] == '/' || rest[0] == ' ' || rest[0] == '\t') {
		return tag{}, false
	}
	end := strings.IndexByte(rest, '>')
	if end < 0 {
		return tag{}, false
	}
	t := tag{kind: tagOpen, name: strings.ToUpper(name), attrs: strings.TrimSpace(rest[:end])}
	if strings.HasSuffix(t.attrs, "/") {
		t.kind, t.attrs = tagEmpty, strings.TrimSpace(strings.TrimSuffix(t.attrs, "/"))
	}
	after := rest[end+1:]
	if t.kind == tagEmpty {
		if strings.TrimSpace(after) != "" {
			return tag{}, false
		}
		return t, true
	}
	if v, ok := cutCloseSuffix(after, t.name); ok {
		t.kind, t.value = tagInline, v
		return t, true
	}
	if strings.Contains(strings.ToUpper(after), "</"+t.name+">") {
		return tag{}, false // <a href=x>link</a> text: not a field
	}
	t.value = after
	return t, true
}

// tagName returns the SGML name at the start of s.
func tagName(s string) (string, bool) {
	i := 0
	for i < len(s) {
		c := s[i]
		letter := c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
		if !(letter || i > 0 && (c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == ':')) {
			break
		}
		i++
	}
	return s[:i], i > 0
}

// cutCloseSuffix returns s without a final </NAME> (any case).
func cutCloseSuffix(s, name string) (string, bool) {
	closing := "</" + name + ">"
	if len(s) >= len(closing) && strings.EqualFold(s[len(s)-len(closing):], closing) {
		return s[:len(s)-len(closing)], true
	}
	return s, false
}

var attrRE = regexp.MustCompile(`([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)

// trecDoc is a <DOC> being read.
type trecDoc struct {
	start     int // line of <DOC>
	lines     []document.Line
	container map[string]any
	field     string   // the multi-line field open, upper case; "" when none
	vals      []string // its lines so far
	inText    bool
}

// set records a container field, raw; a repeated field becomes a list.
func (d *trecDoc) set(key, raw string) {
	key = strings.ToLower(key)
	switch old := d.container[key].(type) {
	case nil:
		d.container[key] = raw
	case []any:
		d.container[key] = append(old, raw)
	default:
		d.container[key] = []any{old, raw}
	}
}

func (d *trecDoc) add(l document.Line, role document.Role, rule string) {
	l.Role, l.Rule = role, rule
	if role == document.RoleTitle || role == document.RoleDateline {
		// A field's value, which the builder takes from the line: with
		// its entities decoded (&amp; → &).
		l.Text = html.UnescapeString(l.Text)
	}
	if len(d.lines) <= MaxLines { // past that the builder refuses it
		d.lines = append(d.lines, l)
	}
}

// fieldRole is the role of a line holding text of field name.
func fieldRole(name, text string) (document.Role, string) {
	if isBlank(text) {
		if name == "TITLE" || name == "HEADLINE" || name == "DATELINE" {
			return document.RoleBlank, ruleContainerBlank
		}
		return document.RoleMarkup, ruleContainerField
	}
	switch name {
	case "TITLE", "HEADLINE":
		return document.RoleTitle, ruleContainerTitle
	case "DATELINE":
		return document.RoleDateline, ruleContainerDateline
	}
	return document.RoleMarkup, ruleContainerField
}

// trecReader cuts a decoded file into articles, one per <DOC>.
type trecReader struct {
	in       *Input
	articles []*Article
	cur      *trecDoc
	pending  []document.Line // lines outside any <DOC>, for the next one
	outside  []string
	doc      string // the name of the <DOC> element (DocElement)
}

// trecFormat reads TREC/SGML containers: one article per <DOC>.
type trecFormat struct{}

func (trecFormat) Name() string { return TREC }

// Articles makes one article per <DOC> of a decoded TREC/SGML file. A file
// without any <DOC> is read as raw text, with a warning.
func (trecFormat) Articles(in *Input, text string) []*Article {
	r := &trecReader{in: in, doc: in.Element}
	if r.doc == "" {
		r.doc = DocElement([]byte(text[:min(len(text), recordHead)]))
	}
	var failed *Article
	func() {
		// Belt and braces: a bug in the reader keeps the <DOC>s read
		// before it, and gives an error record for the rest.
		defer func() {
			if p := recover(); p != nil {
				failed = &Article{Input: in.Doc, Error: &document.Error{Code: document.ErrRead,
					Message: fmt.Sprintf("internal error after %d documents: %v; please report it", len(r.articles), p)}}
			}
		}()
		eachLine(text, in.firstLine(), func(l document.Line) bool { r.line(l); return true })
		if r.cur != nil {
			r.end(false)
		}
	}()
	if failed != nil {
		return append(r.articles, failed)
	}
	if len(r.articles) == 0 {
		a := readText(in, text)
		if !isBlank(text) {
			a.Warnings = append(a.Warnings, document.Warning{Code: document.WarnNoDoc, Message: "no <DOC> found: read as raw text"})
		}
		return []*Article{a}
	}
	if len(r.pending) > 0 { // after the last </DOC>
		last := r.articles[len(r.articles)-1]
		last.Lines = append(last.Lines, r.pending...)
		if len(r.outside) > 0 {
			addOutside(last, r.outside, r.pending)
		}
	}
	if len(r.articles) > 1 {
		for i, a := range r.articles {
			n := i + 1
			a.Input.Record = &n
			a.Warnings = warningsWithin(a.Warnings, a.Lines)
		}
	}
	return r.articles
}

// warningsWithin keeps the warnings about the whole input and those about
// one of lines: a file's invalid bytes concern the <DOC> that holds them.
func warningsWithin(ws []document.Warning, lines []document.Line) []document.Warning {
	if len(lines) == 0 {
		return ws
	}
	lo, hi := lines[0].N, lines[len(lines)-1].N
	out := ws[:0:0]
	for _, w := range ws {
		if w.Line == 0 || w.Line >= lo && w.Line <= hi {
			out = append(out, w)
		}
	}
	return out
}

// addOutside keeps text found outside any <DOC> in the container, with a
// warning naming its first line.
func addOutside(a *Article, text []string, lines []document.Line) {
	if a.Fields.Container == nil {
		a.Fields.Container = map[string]any{}
	}
	prev, _ := a.Fields.Container["outside"].(string)
	if prev != "" {
		prev += "\n"
	}
	a.Fields.Container["outside"] = prev + strings.Join(text, "\n")
	first := 0
	for _, l := range lines {
		if l.Rule == ruleOutsideDoc {
			first = l.N
			break
		}
	}
	a.Warnings = append(a.Warnings, document.Warning{Code: document.WarnOutsideDoc, Message: "text outside any <DOC>: kept in the container as \"outside\"", Line: first})
}

func (r *trecReader) line(l document.Line) {
	t := script.TrimSpace(l.Text)
	tg, isTag := parseTag(t)
	if isTag && tg.name == r.doc && (tg.kind == tagOpen || tg.kind == tagEmpty) && strings.TrimSpace(tg.value) == "" {
		if r.cur != nil {
			r.end(false)
		}
		r.start(l, tg)
		return
	}
	d := r.cur
	if d == nil {
		switch {
		case isBlank(t):
			l.Role, l.Rule = document.RoleBlank, ruleContainerBlank
		case isTag && tg.value == "", strings.HasPrefix(t, "<?"), strings.HasPrefix(t, "<!"):
			l.Role, l.Rule = document.RoleMarkup, ruleContainerTag
		default:
			l.Role, l.Rule = document.RoleMarkup, ruleOutsideDoc
			r.outside = append(r.outside, l.Text)
		}
		if len(r.pending) <= MaxLines {
			r.pending = append(r.pending, l)
		}
		return
	}
	if isTag && tg.kind == tagClose && tg.name == r.doc {
		if d.field != "" {
			r.closeField()
		}
		d.add(l, document.RoleMarkup, ruleContainerTag)
		r.end(true)
		return
	}
	switch {
	case d.field != "" && isTag && !(tg.kind == tagClose && tg.name == d.field):
		// A tag inside an open field: that field was a wrapper
		// (<BODY>, <HEADER>), whose parts are read as they come.
		if len(d.vals) > 0 {
			d.closeField()
		}
		d.field, d.vals = "", nil
		r.header(l, t, tg, isTag)
	case d.field != "":
		if v, ok := cutCloseSuffix(t, d.field); ok {
			if isBlank(v) {
				d.add(l, document.RoleMarkup, ruleContainerTag)
			} else {
				d.vals = append(d.vals, v)
				role, rule := fieldRole(d.field, v)
				if role != document.RoleMarkup {
					l.Text = v
				}
				d.add(l, role, rule)
			}
			r.closeField()
			return
		}
		d.vals = append(d.vals, l.Text)
		role, rule := fieldRole(d.field, l.Text)
		d.add(l, role, rule)
	case d.inText:
		switch {
		case isTag && tg.kind == tagClose && tg.name == "TEXT":
			d.inText = false
			d.add(l, document.RoleMarkup, ruleContainerTag)
		case isTag && tg.name == "P" && tg.value == "":
			d.add(l, document.RoleMarkup, ruleContainerTag)
		case isTag && tg.name == "P" && !isBlank(tg.value):
			// <P>text</P> or <P>text on one line: the text is the line's.
			l.Text = tg.value
			d.add(l, "", "")
		default:
			if v, ok := cutCloseSuffix(t, "P"); ok && !isBlank(v) {
				l.Text = v
			}
			d.add(l, "", "")
		}
	default:
		r.header(l, t, tg, isTag)
	}
}

// header handles a line of a <DOC> outside <TEXT> and outside any open
// multi-line field.
func (r *trecReader) header(l document.Line, t string, tg tag, isTag bool) {
	d := r.cur
	switch {
	case isBlank(t):
		d.add(l, document.RoleBlank, ruleContainerBlank)
	case !isTag:
		// Text in no field: article text, for the segmenter.
		d.add(l, "", "")
	case tg.name == "TEXT" && (tg.kind == tagOpen || tg.kind == tagInline):
		if isBlank(tg.value) {
			d.add(l, document.RoleMarkup, ruleContainerTag)
		} else {
			l.Text = tg.value
			d.add(l, "", "")
		}
		d.inText = tg.kind == tagOpen
	case tg.kind == tagInline:
		d.set(tg.name, tg.value)
		role, rule := fieldRole(tg.name, tg.value)
		if role == document.RoleBlank {
			role = document.RoleMarkup
		}
		if role != document.RoleMarkup {
			// The builder takes a title or dateline line's text as is:
			// give it the field's text, without the tags.
			l.Text = tg.value
		}
		d.add(l, role, rule)
	case tg.kind == tagEmpty:
		d.set(tg.name, "")
		d.add(l, document.RoleMarkup, ruleContainerField)
	case tg.kind == tagClose:
		d.add(l, document.RoleMarkup, ruleContainerTag)
	default: // an open tag: a multi-line field
		d.field, d.vals = tg.name, nil
		if isBlank(tg.value) {
			d.add(l, document.RoleMarkup, ruleContainerTag)
		} else {
			d.vals = append(d.vals, tg.value)
			role, rule := fieldRole(tg.name, tg.value)
			if role != document.RoleMarkup {
				l.Text = tg.value
			}
			d.add(l, role, rule)
		}
	}
}

func (r *trecReader) closeField() { r.cur.closeField() }

// closeField stores the open multi-line field.
func (d *trecDoc) closeField() {
	d.set(d.field, strings.Join(d.vals, "\n"))
	d.field, d.vals = "", nil
}

func (r *trecReader) start(l document.Line, tg tag) {
	d := &trecDoc{start: l.N, container: map[string]any{}}
	for _, m := range attrRE.FindAllStringSubmatch(tg.attrs, -1) {
		d.set(m[1], m[2]+m[3]+m[4])
	}
	d.add(l, document.RoleMarkup, ruleContainerTag)
	r.cur = d
}

// end turns the current <DOC> into an article.
func (r *trecReader) end(closed bool) {
	d := r.cur
	r.cur = nil
	if d.field != "" {
		d.closeField()
	}
	a := &Article{
		Input:    r.in.Doc,
		Lines:    append(r.pending, d.lines...),
		Warnings: append([]document.Warning(nil), r.in.Warnings...),
	}
	a.Fields = trecFields(d.container, r.in.Source)
	a.HasTitle = a.Fields.Title != nil
	if len(r.outside) > 0 {
		addOutside(a, r.outside, r.pending)
	}
	r.pending, r.outside = nil, nil
	if !closed {
		a.Warnings = append(a.Warnings, document.Warning{
			Code:    document.WarnTruncated,
			Message: fmt.Sprintf("the <DOC> of line %d is not closed: the input ends, or a new <DOC> starts, before </DOC>; kept what was read", d.start),
			Line:    d.start,
		})
	}
	r.articles = append(r.articles, a)
}

var (
	gigawordIDDate = regexp.MustCompile(`(?:^|_)((?:19|20)\d{6})(?:\.|$)`)
	docnoDate      = regexp.MustCompile(`(?:^|[-_])((?:19|20)\d{6})(?:$|[-_.])`)
)

// trecFields derives the document's fields from the container's.
func trecFields(c map[string]any, src document.Source) Fields {
	f := Fields{Container: c}
	get := func(keys ...string) *string {
		for _, k := range keys {
			var raw string
			switch v := c[k].(type) {
			case string:
				raw = v
			case []any: // a repeated field: its first value
				raw, _ = v[0].(string)
			}
			if s := cleanValue(raw); s != "" {
				return &s
			}
		}
		return nil
	}
	f.ID = get("docno", "id")
	if f.ID == nil {
		f.ID = src.DefaultID()
	}
	if t := get("title", "headline"); t != nil {
		s := strings.ReplaceAll(*t, "\n", " ") // a title cut over lines
		f.Title = &s
	}
	f.URL = get("url")
	f.Author = get("author", "byline")
	f.Excerpt = get("abstract", "summary", "description")
	f.Dateline = get("dateline")
	for _, k := range []string{"time", "date", "date_time", "pubdate"} {
		if v := get(k); v != nil {
			if f.Date = fields.ParseDate(*v); f.Date != nil {
				break
			}
		}
	}
	if f.Dateline != nil {
		// a <DATELINE> that holds only a date gives the date, not a place
		if iso, ok := fields.IsDateLine(*f.Dateline); ok {
			if f.Date == nil {
				f.Date = &iso
			}
			f.Dateline = nil
		}
	}
	if f.Date == nil {
		for _, k := range []string{"id", "docno"} {
			if v := get(k); v != nil {
				re := docnoDate
				if k == "id" {
					re = gigawordIDDate
				}
				if m := re.FindStringSubmatch(*v); m != nil {
					if f.Date = fields.ParseDate(m[1]); f.Date != nil {
						break
					}
				}
			}
		}
	}
	return f
}

// cleanValue is a field's value as the document shows it: entities
// decoded, each line trimmed, blank lines dropped.
func cleanValue(raw string) string {
	var out []string
	for _, l := range strings.Split(html.UnescapeString(raw), "\n") {
		if l = script.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// isBlank reports whether s holds no visible character.
func isBlank(s string) bool { return script.TrimSpace(s) == "" }
