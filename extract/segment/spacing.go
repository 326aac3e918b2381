package segment

import "github.com/sahifa/sahifa/extract/document"

// Double-spaced text: some dumps (a word processor's export, a scraper
// that joins every text node with an empty line) set a blank line after
// every line, so that a blank line tells nothing: the lines of a wrapped
// paragraph, the rows of a list and two paragraphs are all one blank
// apart. In such a document a single blank line is read as no break at
// all, and only a run of two or more as a break.

// minSpacedPairs is how many pairs of neighbouring text lines a document
// needs before its spacing is read; spacedShare is the share of them that
// must be exactly one blank line apart.
const (
	minSpacedPairs = 8
	spacedShare    = 0.9
)

// doubleSpaced reports whether the free lines of a document are set one
// blank line apart, nearly all of them.
func doubleSpaced(lines []document.Line, feats []Feature) bool {
	pairs, one := 0, 0
	last, blanks := -1, 0
	for i := range lines {
		if lines[i].Role == document.RoleMarkup {
			last, blanks = -1, 0
			continue
		}
		if feats[i].Blank() {
			blanks++
			continue
		}
		if last >= 0 {
			if blanks <= 1 {
				pairs++
			}
			if blanks == 1 {
				one++
			}
		}
		last, blanks = i, 0
	}
	return pairs >= minSpacedPairs && float64(one) >= spacedShare*float64(pairs)
}

// runSpaced runs the stages over a double-spaced document without its
// single blank lines, which are then blank.
func runSpaced(lines []document.Line, feats []Feature, ctx Context) {
	var keep []int
	for i := range lines {
		if feats[i].Blank() && lines[i].Role != document.RoleMarkup {
			prevBlank := i > 0 && feats[i-1].Blank() && lines[i-1].Role != document.RoleMarkup
			nextBlank := i+1 < len(lines) && feats[i+1].Blank() && lines[i+1].Role != document.RoleMarkup
			if !prevBlank && !nextBlank {
				lines[i].Role, lines[i].Rule = document.RoleBlank, RuleBlank
				continue
			}
		}
		keep = append(keep, i)
	}
	sl := make([]document.Line, len(keep))
	sf := make([]Feature, len(keep))
	for k, i := range keep {
		sl[k], sf[k] = lines[i], feats[i]
	}
	ctx.spaced = true
	runAny(sl, sf, ctx)
	for k, i := range keep {
		lines[i] = sl[k]
	}
}
