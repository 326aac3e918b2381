package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/segment"
)

// invTrim removes the surrounding white space of a line, and one byte
// order mark at its start, which decoding (profile none) drops.
func invTrim(s string) string {
	// None drops every leading byte order mark (normalize: a doubled BOM
	// would otherwise break idempotence), so the line is compared without.
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "\ufeff"))
}

// checkNothingLost checks the spec's invariant on a document built with
// --normalize none: every non-blank, non-markup input line is found in
// exactly one place (title, a caption, a block, the attribution, residue),
// with its text equal to the line with surrounding white space removed (a
// block joined from several lines, reflowed, holds each of them); a
// caption's Arabic text omits its trailing (credit) or bare credit, the attribution's
// text its `المصدر :` label. Blank lines carry no visible text.
func checkNothingLost(a *container.Article, d *document.Document) error {
	type place struct {
		kind, text string
		line       int
		credit     *string
		lines      []int // a block joined from several lines: all of them
	}
	var places []place
	if d.Title != nil {
		places = append(places, place{"title", *d.Title, 0, nil, nil})
	}
	for _, c := range d.Captions {
		if c.EN != nil {
			places = append(places, place{"caption.en", *c.EN, 0, nil, nil})
		}
		if c.AR != nil {
			places = append(places, place{"caption.ar", *c.AR, 0, c.Credit, nil})
		}
	}
	for _, b := range d.Blocks {
		var joined []int
		if len(b.Lines) > 1 {
			joined = b.Lines
		}
		places = append(places, place{"block." + b.Type, b.Text, b.Line, nil, joined})
	}
	if d.Attribution != nil {
		places = append(places, place{"attribution", d.Attribution.Text, d.Attribution.Line, nil, nil})
	}
	for _, r := range d.Residue {
		places = append(places, place{"residue", r.Text, r.Line, nil, nil})
	}
	used := make([]bool, len(places))
	kindOf := map[document.Role]string{document.RoleTitle: "title", document.RoleCaptionEN: "caption.en", document.RoleCaptionAR: "caption.ar", document.RoleAttribution: "attribution", document.RoleResidue: "residue"}
	matches := func(p place, line string, n int, role document.Role) bool {
		want, ok := kindOf[role]
		if !ok {
			want = "block." + blockType(role)
		}
		if role == document.RoleTitle && p.kind == "block.heading" {
			want = p.kind // a second title line is kept as a heading
		}
		if p.kind != want {
			return false
		}
		switch p.kind {
		case "caption.ar":
			if p.text == line {
				return true // no credit, or it came from the next line
			}
			if p.credit == nil {
				return false
			}
			rest, ok := strings.CutPrefix(line, p.text)
			rest = strings.TrimSpace(rest)
			if ok && strings.Trim(rest, " -–—/.") == *p.credit {
				return true // a bare credit: `… للعاصمة. أ ف ب`
			}
			return ok && strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && strings.TrimSpace(rest[1:len(rest)-1]) == *p.credit
		case "attribution":
			return p.line == n && strings.HasSuffix(line, p.text)
		case "title":
			return p.text == line || segment.H1Text(line) == p.text // a converter's marks around a heading
		case "caption.en":
			return p.text == line
		}
		if p.lines != nil {
			return slices.Contains(p.lines, n) && strings.Contains(p.text, line) // a joined block holds each of its lines
		}
		return p.line == n && p.text == line
	}
	// a title, a residue or a caption joined from the lines a hard wrap cut it into
	// (rule wrapped-line) is read line by line: open is the place being
	// read, rest its text not yet found in a line
	open, rest := -1, ""
	joinable := func(p place) bool {
		return p.kind == "title" || p.kind == "residue" || p.kind == "caption.ar" || p.kind == "caption.en"
	}
	for i := range a.Lines {
		l := a.Lines[i]
		switch l.Role {
		case document.RoleMarkup:
			continue
		case document.RoleBlank:
			if script.Clean(l.Text) != "" {
				return fmt.Errorf("line %d is blank but holds %q", l.N, l.Text)
			}
			continue
		}
		line := invTrim(l.Text)
		if open >= 0 {
			p := places[open]
			if r, ok := strings.CutPrefix(rest, string(lineJoin)+line); ok && l.Rule == segment.RuleWrapped && p.kind == kindOf[l.Role] {
				if rest = r; rest == "" {
					open = -1
				}
				continue
			}
			// a caption's last line may end with its credit, which is not
			// in its text
			if tail, ok := strings.CutPrefix(line, strings.TrimPrefix(rest, string(lineJoin))); ok && p.kind == "caption.ar" && p.credit != nil &&
				l.Rule == segment.RuleWrapped && strings.Trim(tail, " ()-–—/.") == *p.credit {
				open, rest = -1, ""
				continue
			}
			return fmt.Errorf("%s %q (line %d) holds %q, which is in no input line", p.kind, p.text, p.line, rest)
		}
		found := 0
		for k, p := range places {
			if (!used[k] || p.lines != nil) && matches(p, line, l.N, l.Role) {
				if found == 0 {
					used[k] = true
				}
				found++
				break
			}
		}
		if found == 0 && (l.Role == document.RoleTitle || l.Role == document.RoleResidue || l.Role == document.RoleCaptionAR || l.Role == document.RoleCaptionEN) {
			for k, p := range places {
				if r, ok := strings.CutPrefix(p.text, line); found == 0 && !used[k] && joinable(p) && p.kind == kindOf[l.Role] &&
					ok && strings.HasPrefix(r, string(lineJoin)) && (p.kind != "residue" || p.line == l.N) {
					used[k], open, rest = true, k, r
					found++
				}
			}
		}
		if found != 1 {
			return fmt.Errorf("line %d (%s, %s) %q is in %d places", l.N, l.Role, l.Rule, line, found)
		}
	}
	if open >= 0 {
		return fmt.Errorf("%s %q (line %d) holds %q, which is in no input line", places[open].kind, places[open].text, places[open].line, rest)
	}
	for k, p := range places {
		if !used[k] && !(p.kind == "title" && a.Fields.Title != nil) {
			return fmt.Errorf("%s %q (line %d) comes from no input line", p.kind, p.text, p.line)
		}
	}
	return nil
}
