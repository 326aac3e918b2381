package encode

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/termsafe"
)

// WriteMarkdown writes d as CommonMark (GFM-compatible) with YAML front
// matter, in the layout of the spec (document.md):
//
//	---
//	title: "…"
//	lang: "ar"
//	dir: "rtl"
//	date: "2016-02-02"
//	attribution: "الجزيرة + وكالات"
//	source: "corpus/seed/….txt"
//	---
//
//	<figure>
//	<figcaption>
//	<p dir="rtl" lang="ar">Arabic caption (credit)</p>
//	<p dir="ltr" lang="en">English caption</p>
//	</figcaption>
//	</figure>
//
//	paragraph
//
//	## heading
//
//	- list item
//
//	المصدر: الجزيرة + وكالات
//
// Front matter: every value is a double-quoted YAML string. The keys are
// title, lang, dir, date, date_hijri, attribution and source (the input path, with
// `!/MEMBER` for an archive member), then id, url and author; a key whose
// value is unknown (null in the JSON document) is left out. An error record
// has only source, id and error ("code: message") and no body.
//
// Body: the title is in the front matter only (a `# title` heading too
// would show it twice under `pandoc -s`); the captions and the blocks
// merged in the order of their input lines (a caption comes before a block
// of the same line), so a caption found inside the body stands where it was
// found. Headings are `## ` headings, consecutive list items one tight `- `
// list, and every other block type (paragraph, byline, dateline, credit,
// embed) a paragraph; a paragraph or a caption with empty text is left
// out. The attribution closes the document as `المصدر: TEXT`. document.Residue is
// not written: it is not article text.
//
// Text is written in logical order and no bidi control is added. Whatever
// would be read as Markdown syntax is escaped (see escapeMarkdown), so that
// a CommonMark parser gives back exactly the text of each block, caption and
// title; captions are HTML-escaped. The only changes: invalid UTF-8 and NUL
// are written as U+FFFD, which CommonMark would make of them anyway.
func WriteMarkdown(w io.Writer, d *document.Document) error {
	if d == nil {
		return fmt.Errorf("extract: nil document")
	}
	bw := bufio.NewWriter(w)
	writeFrontMatter(bw, d)
	if d.Error == nil {
		writeBody(bw, d)
	}
	return bw.Flush()
}

// source is the input as the command line shows it: ARCHIVE!/MEMBER for an
// archive member.
func source(in document.Input) string {
	if in.Member != nil {
		return in.Path + "!/" + *in.Member
	}
	return in.Path
}

func writeFrontMatter(w *bufio.Writer, d *document.Document) {
	w.WriteString("---\n")
	field := func(key string, v *string) {
		if v != nil {
			w.WriteString(key)
			w.WriteString(": ")
			w.WriteString(yamlQuote(*v))
			w.WriteByte('\n')
		}
	}
	src := source(d.Input)
	if d.Error != nil {
		field("source", &src)
		field("id", d.ID)
		e := string(d.Error.Code) + ": " + d.Error.Message
		field("error", &e)
		w.WriteString("---\n")
		return
	}
	field("title", d.Title)
	field("lang", d.Language)
	field("dir", d.Dir)
	field("date", d.Date)
	field("date_hijri", d.DateHijri)
	if d.Attribution != nil {
		field("attribution", &d.Attribution.Text)
	}
	field("source", &src)
	field("id", d.ID)
	field("url", d.URL)
	field("author", d.Author)
	w.WriteString("---\n")
}

func writeBody(w *bufio.Writer, d *document.Document) {
	// blank separates blocks; a tight list continues on the next line.
	first := true
	prevList := false
	begin := func(list bool) {
		switch {
		case first:
			w.WriteString("\n")
		case list && prevList:
		default:
			w.WriteString("\n")
		}
		first = false
		prevList = list
	}
	ci, bi := 0, 0
	for ci < len(d.Captions) || bi < len(d.Blocks) {
		if ci < len(d.Captions) && (bi == len(d.Blocks) || d.Captions[ci].Line <= d.Blocks[bi].Line) {
			c := &d.Captions[ci]
			ci++
			if ar, en := captionText(c); ar != "" || en != "" {
				begin(false)
				writeFigure(w, ar, en)
			}
			continue
		}
		b := &d.Blocks[bi]
		bi++
		switch b.Type {
		case document.BlockHeading:
			begin(false)
			w.WriteString("## ")
			w.WriteString(escapeMarkdown(b.Text, true, true))
		case document.BlockListItem:
			begin(true)
			w.WriteString("- ")
			w.WriteString(escapeMarkdown(b.Text, true, false))
		default:
			if b.Text == "" {
				continue
			}
			begin(false)
			w.WriteString(escapeMarkdown(b.Text, true, false))
		}
		w.WriteByte('\n')
	}
	if d.Attribution != nil {
		begin(false)
		w.WriteString(escapeMarkdown(attributionPrefix+d.Attribution.Text, true, false))
		w.WriteByte('\n')
	}
}

// attributionPrefix starts the attribution line that closes a Markdown
// document: `المصدر: الجزيرة + وكالات`.
const attributionPrefix = "المصدر: "

// captionText returns the text of a caption's Arabic and English
// paragraphs of the one figcaption in Markdown output: the Arabic with its credit in trailing
// parentheses, and the English. A credit without Arabic text goes with the
// English caption. An empty string means no figcaption.
func captionText(c *document.Caption) (ar, en string) {
	if c.AR != nil {
		ar = *c.AR
	}
	if c.EN != nil {
		en = *c.EN
	}
	if c.Credit != nil {
		switch {
		case c.AR != nil || c.EN == nil:
			ar = strings.TrimSpace(ar + " (" + *c.Credit + ")")
		default:
			en = en + " (" + *c.Credit + ")"
		}
	}
	return ar, en
}

func writeFigure(w *bufio.Writer, ar, en string) {
	// One figcaption per figure (HTML allows no more), each language in
	// its own paragraph with its lang and dir.
	w.WriteString("<figure>\n<figcaption>\n")
	if ar != "" {
		w.WriteString(`<p dir="rtl" lang="ar">`)
		w.WriteString(escapeHTML(ar))
		w.WriteString("</p>\n")
	}
	if en != "" {
		w.WriteString(`<p dir="ltr" lang="en">`)
		w.WriteString(escapeHTML(en))
		w.WriteString("</p>\n")
	}
	w.WriteString("</figcaption>\n</figure>\n")
}

// cleanText makes s valid UTF-8 without NUL: both become U+FFFD.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// htmlText is s as a caption's HTML holds it: cleanText, and each C1
// control (U+0080-U+009F) written as its visible escape, ‹U+009B›. HTML
// has no reference for them (&#155; reads as U+203A, the Windows-1252
// character), and a raw one would reach the terminal of whoever prints
// the file.
func htmlText(s string) string {
	s = cleanText(s)
	if !strings.ContainsFunc(s, isC1) {
		return s
	}
	return c1Replacer.Replace(s)
}

var c1Replacer = strings.NewReplacer(c1Pairs()...)

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }

// c1Pairs are the replacements of htmlText.
func c1Pairs() []string {
	var p []string
	for r := rune(0x80); r <= 0x9f; r++ {
		e, _ := termsafe.Escape(r)
		p = append(p, string(r), e)
	}
	return p
}

// escapeHTML escapes text for the content of an HTML element inside a
// Markdown HTML block: & < > as named references (quotes need none outside
// attributes), C0 controls (line breaks included, which would end the
// block) as numeric ones. C1 controls are written as their visible escape
// (see htmlText).
func escapeHTML(s string) string {
	s = htmlText(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapeMarkdown escapes one line of text for the inline content of a
// paragraph, heading or list item, so that a CommonMark parser reads it back
// as exactly s:
//   - always: \ ` * _ [ ] < > | ~ (emphasis, code, links, HTML, GFM tables
//     and strikethrough) get a backslash, but for _ inside a word, and & gets
//     one where it would start a character reference;
//   - C0 controls, DEL and C1 controls, line breaks and tabs included, are
//     written as numeric character references, as are leading and trailing spaces,
//     which a parser would strip;
//   - at the start of a block (start): a leading # run that would open a
//     heading, - + = (lists, thematic breaks, setext underlines) and the .
//     or ) of a leading number that would open an ordered list;
//   - in a heading: a final #, which would close the heading.
func escapeMarkdown(s string, start, heading bool) string {
	s = cleanText(s)
	// Leading and trailing spaces become references; find the core.
	lo, hi := 0, len(s)
	for lo < hi && s[lo] == ' ' {
		lo++
	}
	for hi > lo && s[hi-1] == ' ' {
		hi--
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for range lo {
		b.WriteString("&#32;")
	}
	core := s[lo:hi]
	if start && lo == 0 {
		core = escapeBlockStart(&b, core)
	}
	last := len(core) - 1
	for i := 0; i < len(core); i++ {
		c := core[i]
		switch {
		case c == '_' && intraword(core, i):
			b.WriteByte(c)
		case c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' ||
			c == '<' || c == '>' || c == '|' || c == '~':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '&' && isReference(core[i:]):
			b.WriteString(`\&`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, "&#%d;", c)
		case c == 0xc2 && i+1 < len(core) && core[i+1] >= 0x80 && core[i+1] <= 0x9f:
			// a C1 control (U+0080-U+009F, such as U+009B, a terminal's CSI)
			fmt.Fprintf(&b, "&#%d;", core[i+1])
			i++
		case c == '#' && heading && i == last && hi == len(s):
			b.WriteString(`\#`)
		default:
			b.WriteByte(c)
		}
	}
	for range len(s) - hi {
		b.WriteString("&#32;")
	}
	return b.String()
}

// intraword reports whether the byte at i of s stands between two letters,
// digits or marks: an underscore there can neither open nor close emphasis
// (CommonMark's flanking rules), so `#العملة_الإيرانية` and URLs stay as
// they are.
func intraword(s string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	return wordRune(before) && wordRune(after)
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// escapeBlockStart writes the escaped start of s that a CommonMark parser
// would take for block syntax, and returns the rest of s.
func escapeBlockStart(b *strings.Builder, s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '=':
		b.WriteByte('\\')
		b.WriteByte(s[0])
		return s[1:]
	case '#':
		n := 0
		for n < len(s) && s[n] == '#' {
			n++
		}
		if n <= 6 && (n == len(s) || s[n] == ' ' || s[n] == '\t') {
			b.WriteString(`\#`)
			return s[1:]
		}
		return s
	}
	// An ordered list marker: 1 to 9 digits, then . or ), then a space, a
	// tab or the end.
	n := 0
	for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n >= 1 && n <= 9 && n < len(s) && (s[n] == '.' || s[n] == ')') &&
		(n+1 == len(s) || s[n+1] == ' ' || s[n+1] == '\t') {
		b.WriteString(s[:n])
		b.WriteByte('\\')
		b.WriteByte(s[n])
		return s[n+1:]
	}
	return s
}

// isReference reports whether s starts with something that could be read as
// a character reference: &name; &#123; or &#x1F;.
func isReference(s string) bool {
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
		j := i
		for i < len(s) && isHex(s[i]) {
			i++
		}
		return i > j && i < len(s) && s[i] == ';'
	}
	j := i
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	return i > j && i < len(s) && s[i] == ';'
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// yamlQuote returns s as a YAML double-quoted scalar: backslash and double
// quote escaped, and every character YAML does not allow as printable (C0
// and C1 controls, line and paragraph separators, BOM, surrogates,
// noncharacters) as an escape.
func yamlQuote(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffe || r == 0xffff:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
