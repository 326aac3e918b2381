// Package review is the model of an article seen line by line, as an
// editor reviews it: each line's role and rule, and what normalization
// changed in it, with invisible characters made visible. `sahifa inspect`
// draws it in a terminal.
package review

import (
	"fmt"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/sahifa/sahifa/extract/termsafe"
)

// maxDiff bounds the runes Changed compares (the middle of a and b, past
// their common prefix and suffix): a longer middle is marked changed
// whole, so that one pathological line costs no more than a short one.
const maxDiff = 4096

// Changed marks the runes of a that are not in a longest common
// subsequence of a and b: what normalization removed or replaced when a is
// a line and b its normalized form.
func Changed(a, b []rune) []bool {
	changed, _ := diff(a, b)
	return changed
}

// Edit is one change from a line to its normalized form: From replaced
// by To (either may be empty).
type Edit struct {
	From, To string
}

// Edits lists the changes from a to b, in order: each run of runes of a
// removed or replaced, with what replaced it.
func Edits(a, b []rune) []Edit {
	_, edits := diff(a, b)
	return edits
}

func diff(a, b []rune) ([]bool, []Edit) {
	changed := make([]bool, len(a))
	// Common prefix and suffix are unchanged; diff the middle.
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	ma, mb := a[p:len(a)-s], b[p:len(b)-s]
	if len(ma) == 0 && len(mb) == 0 {
		return changed, nil
	}
	if len(ma)+len(mb) > maxDiff {
		for i := range ma {
			changed[p+i] = true
		}
		return changed, []Edit{{string(ma), string(mb)}}
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // an optimal diff: the middle is bounded
	var edits []Edit
	var cur Edit
	flush := func() {
		if cur != (Edit{}) {
			edits = append(edits, cur)
			cur = Edit{}
		}
	}
	i := p
	for _, d := range dmp.DiffMainRunes(ma, mb, false) {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			flush()
			i += n
		case diffmatchpatch.DiffDelete:
			cur.From += d.Text
			for ; n > 0; n-- {
				changed[i] = true
				i++
			}
		case diffmatchpatch.DiffInsert:
			cur.To += d.Text
		}
	}
	flush()
	return changed, edits
}

// invisibleNames are the characters shown as ‹NAME›: invisible, or easily
// mistaken for something else.
var invisibleNames = map[rune]string{
	'\t':     "TAB",
	'\r':     "CR",
	'\u00a0': "NBSP",
	'\u00ad': "SHY",
	'\u061c': "ALM",
	'\u0640': "TATWEEL",
	'\u200b': "ZWSP",
	'\u200c': "ZWNJ",
	'\u200d': "ZWJ",
	'\u200e': "LRM",
	'\u200f': "RLM",
	'\u202a': "LRE",
	'\u202b': "RLE",
	'\u202c': "PDF",
	'\u202d': "LRO",
	'\u202e': "RLO",
	'\u202f': "NNBSP",
	'\u2060': "WJ",
	'\u2066': "LRI",
	'\u2067': "RLI",
	'\u2068': "FSI",
	'\u2069': "PDI",
	'\ufeff': "BOM",
}

// Visible returns the escape that shows r, if r is invisible or easily
// mistaken: ‹NAME› for the usual ones (‹RLM›, ‹TATWEEL›, ‹NBSP›, and the
// controls of package termsafe, ‹ESC›), ‹U+XXXX› for other control and
// format characters and spaces other than the ASCII
// space (C1 controls included).
func Visible(r rune) (string, bool) {
	if name, ok := invisibleNames[r]; ok {
		return "‹" + name + "›", true
	}
	if e, ok := termsafe.Escape(r); ok { // controls, as on stderr
		return e, true
	}
	if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || (unicode.IsSpace(r) && r != ' ') {
		return fmt.Sprintf("‹U+%04X›", r), true
	}
	return "", false
}
