package segment

import "slices"

// Centred headings: some text browsers (links, elinks) centre a page's
// headings on the screen while they set its body text at the left margin,
// indented by a few columns. On such a page the title stands apart from
// the body by being centred, as lynx and w3m set it apart by setting it
// flush left: a line whose middle is the page's middle, set in much deeper
// than the body.

// centreSlack is how far, in columns, a centred line's middle may stand
// from the page's; minCentreIndent is the least indentation of a centred
// line (a body line is set in by a few columns).
const (
	centreSlack     = 4
	minCentreIndent = 8
)

// centred reports whether line i is centred on the page.
func (s *state) centred(i int) bool {
	text := s.lines[i].Text
	in := indentOf(text)
	if in < minCentreIndent || s.feats[i].Blank() {
		return false
	}
	w := s.screenWidth()
	if w == 0 {
		return false
	}
	mid2 := in + s.feats[i].Width // twice the line's middle: Width counts the indentation
	return mid2 >= w-2*centreSlack && mid2 <= w+2*centreSlack
}

// screenWidth is the width of the page's lines, indentation and all: the
// column a hard-wrapped page was wrapped at, else its widest line, an
// outlier in 32 aside; 0 when the page has too few lines.
func (s *state) screenWidth() int {
	if s.screen >= 0 {
		return s.screen
	}
	if s.wrap > 0 {
		s.screen = s.wrap // the lines were joined into units: the column they filled
		return s.screen
	}
	var ws []int
	for i := range s.lines {
		if !s.feats[i].Blank() && s.feats[i].Width >= 16 {
			ws = append(ws, s.feats[i].Width)
		}
	}
	s.screen = 0
	if len(ws) >= 2*minFull {
		slices.Sort(ws)
		s.screen = ws[len(ws)-1-len(ws)/32]
	}
	return s.screen
}
