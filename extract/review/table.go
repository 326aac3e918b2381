package review

import (
	"fmt"
	"io"
	"strings"

	"github.com/rivo/uniseg"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/termsafe"
)

// Kind is what a piece of the table is, for a Style to paint.
type Kind int

// The kinds of Style.
const (
	KindHeader        Kind = iota // "== name ==" over an article of several
	KindNumber                    // the line number
	KindRole                      // the role
	KindRule                      // the rule
	KindText                      // plain text of the line
	KindEscape                    // the escape of an invisible character
	KindChanged                   // text that normalization changes
	KindChangedEscape             // an escape that normalization changes
)

// Style paints s, a piece of kind k in a row of role; it must not change
// the columns s takes. Nil leaves every piece plain.
type Style func(k Kind, role document.Role, s string) string

// TableOptions say how WriteTable lays the rows out.
type TableOptions struct {
	// Width is the number of columns to fit, 0 for no limit (a row on one
	// line). The rule column is cut to a fifth of it (…), and the text
	// wraps at spaces inside its column; a word longer than the column is
	// cut at its edge.
	Width int
	// All shows blank lines too.
	All bool
	// Header writes "== name ==" first (a file of several articles).
	Header bool
	// Style paints the pieces; nil for none.
	Style Style
}

// minText is the narrowest text column: below it the rule column goes.
const minText = 20

// WriteTable writes one row per line: number, role, rule and text, in
// aligned columns, fitted to opt.Width.
func (a *Article) WriteTable(w io.Writer, opt TableOptions) error {
	style := opt.Style
	if style == nil {
		style = func(_ Kind, _ document.Role, s string) string { return s }
	}
	var b strings.Builder
	if opt.Header {
		b.WriteString(style(KindHeader, "", "== "+termsafe.String(a.Name)+" =="))
		b.WriteByte('\n')
	}
	rows := a.Rows
	if !opt.All {
		rows = nil
		for _, r := range a.Rows {
			if r.Role != document.RoleBlank {
				rows = append(rows, r)
			}
		}
	}
	numW, roleW, ruleW := 1, 0, 0
	for _, r := range rows {
		numW = max(numW, len(fmt.Sprint(r.N)))
		roleW = max(roleW, len(r.Role))
		ruleW = max(ruleW, len(r.Rule))
	}
	numW++
	textW := 0
	if opt.Width > 0 {
		ruleW = min(ruleW, max(10, opt.Width/5))
		textW = opt.Width - (numW + 2 + roleW + 2 + ruleW + 2)
		if textW < minText {
			ruleW = 0
			textW = max(minText/2, opt.Width-(numW+2+roleW+2))
		}
	}
	indent := numW + 2 + roleW + 2
	if ruleW > 0 {
		indent += ruleW + 2
	}
	for _, r := range rows {
		line := style(KindNumber, r.Role, fmt.Sprintf("%*d", numW, r.N)) + "  " +
			style(KindRole, r.Role, fmt.Sprintf("%-*s", roleW, r.Role))
		if ruleW > 0 {
			line += "  " + style(KindRule, r.Role, fmt.Sprintf("%-*s", ruleW, cut(r.Rule, ruleW)))
		}
		for i, l := range wrap(r.Parts, textW) {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", indent))
			} else {
				b.WriteString(line)
				if len(l) > 0 {
					b.WriteString("  ")
				}
			}
			for _, c := range l {
				b.WriteString(style(c.kind(), r.Role, c.text))
			}
			trimRight(&b)
			b.WriteByte('\n')
		}
		if len(r.Parts) == 0 {
			b.WriteString(line)
			trimRight(&b)
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// trimRight removes the spaces that end b, so that no row ends in
// padding.
func trimRight(b *strings.Builder) {
	s := b.String()
	t := strings.TrimRight(s, " ")
	if len(t) < len(s) {
		b.Reset()
		b.WriteString(t)
	}
}

// cut shortens s to w columns, with … for what is left out.
func cut(s string, w int) string {
	if uniseg.StringWidth(s) <= w {
		return s
	}
	var b strings.Builder
	n := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		if n+g.Width() > w-1 {
			break
		}
		n += g.Width()
		b.WriteString(g.Str())
	}
	return b.String() + "…"
}

// cell is a piece of a wrapped line: a grapheme or an escape, or a run
// of them of one kind.
type cell struct {
	text    string
	escape  bool
	changed bool
	space   bool
	width   int
}

func (c cell) kind() Kind {
	switch {
	case c.escape && c.changed:
		return KindChangedEscape
	case c.escape:
		return KindEscape
	case c.changed:
		return KindChanged
	}
	return KindText
}

// wrap lays parts out in lines of at most width columns (0: one line),
// breaking at spaces; a word wider than width is cut at its edge. Cells
// of one kind are merged, so that a Style paints runs, not characters.
func wrap(parts []Part, width int) [][]cell {
	// Words: runs of cells between spaces.
	var cells []cell
	for _, p := range parts {
		if p.Escape {
			cells = append(cells, cell{text: p.Text, escape: true, changed: p.Changed, width: uniseg.StringWidth(p.Text)})
			continue
		}
		g := uniseg.NewGraphemes(p.Text)
		for g.Next() {
			s := g.Str()
			cells = append(cells, cell{text: s, changed: p.Changed, space: s == " ", width: g.Width()})
		}
	}
	var lines [][]cell
	var cur []cell
	curW := 0
	flush := func() {
		lines = append(lines, merge(cur))
		cur, curW = nil, 0
	}
	for i := 0; i < len(cells); {
		// The next word, with the spaces before it.
		j := i
		for j < len(cells) && cells[j].space {
			j++
		}
		k := j
		wordW := 0
		for k < len(cells) && !cells[k].space {
			wordW += cells[k].width
			k++
		}
		spaceW := j - i
		switch {
		case width <= 0 || curW+spaceW+wordW <= width:
			cur = append(cur, cells[i:k]...)
			curW += spaceW + wordW
		case wordW <= width:
			if len(cur) > 0 {
				flush()
			}
			cur = append(cur, cells[j:k]...)
			curW = wordW
		default:
			// A word wider than the column: cut it at the edge.
			if len(cur) > 0 && curW+spaceW < width {
				cur = append(cur, cells[i:j]...)
				curW += spaceW
			} else if len(cur) > 0 {
				flush()
			}
			for _, c := range cells[j:k] {
				if curW+c.width > width && len(cur) > 0 {
					flush()
				}
				cur = append(cur, c)
				curW += c.width
			}
		}
		i = k
	}
	if len(cur) > 0 || len(lines) == 0 && len(cells) > 0 {
		flush()
	}
	return lines
}

// merge joins neighbouring cells of one kind.
func merge(cs []cell) []cell {
	var out []cell
	for _, c := range cs {
		if n := len(out); n > 0 && !c.escape && !out[n-1].escape && out[n-1].changed == c.changed {
			out[n-1].text += c.text
			out[n-1].width += c.width
			continue
		}
		out = append(out, c)
	}
	return out
}
