package segment

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Hard-wrapped text: some dumps (a text browser's, a word processor's
// export) cut every paragraph into lines no wider than a column W. The
// document says so itself: many of its lines are "full", too long for the
// next line's first word to have fitted after them. Such a line and the
// one after it are one unit; Run decides each unit as one line would be
// decided (a title or heading over two lines, a paragraph over ten), and
// marks the lines after the first as continuing it, so that the document
// joins them into one block that records every line.

// Wrapping thresholds: a document is hard-wrapped at W when its widest
// lines, outliers aside, are at most maxWrapWidth runes, and at least
// minFull of its lines (and a third of its lines at least half as wide:
// a page's menus and links around the text are short) are full, most of
// them cut inside a sentence (a paragraph per line ends its sentence).
const (
	maxWrapWidth = 160
	minFull      = 4
)

// wrapWidth returns the column the document's free lines were wrapped at,
// 0 when they were not hard-wrapped.
func wrapWidth(lines []document.Line, feats []Feature) int {
	var widths []int
	for i := range lines {
		if lines[i].Role == "" && !feats[i].Blank() && feats[i].Width >= 16 {
			widths = append(widths, feats[i].Width)
		}
	}
	if len(widths) < 2*minFull {
		return 0
	}
	slices.Sort(widths)
	w := widths[len(widths)-1-len(widths)/32] // the widest, but an outlier in 32
	if w <= maxWrapWidth {
		if full, cut, wide := fullCounts(lines, feats, widths, w); full >= minFull && 3*full >= wide && 2*cut >= full {
			return w
		}
	}
	// a converter that wraps paragraphs may leave its headings and list
	// items whole, a block a line (pandoc): the column is then where the
	// lines that go on to the next one end, and they are the lines to
	// weigh, most of them filling it (not a page's rows of links that
	// happen to go on)
	if w, ends := spanWidth(lines, feats); w > 0 {
		if full, cut, wide := fullCounts(lines, feats, ends, w); full >= 2*minFull && 2*full >= wide && 2*cut >= full {
			return w
		}
	}
	return 0
}

// fullCounts counts, for a document wrapped at w, its full lines, those
// of them cut inside a sentence, and of the sorted widths those as wide
// as half the column.
func fullCounts(lines []document.Line, feats []Feature, widths []int, w int) (full, cut, wide int) {
	for _, x := range widths {
		if 2*x >= w {
			wide++
		}
	}
	for i := range lines {
		if isFull(lines, feats, i, w) {
			full++
			if !feats[i].SentenceEnd() {
				cut++
			}
		}
	}
	return full, cut, wide
}

// spanWidth is the width at which the most lines that go on to the next
// line (adjacent, free) fill it, no line that goes on being wider (an
// outlier in 32 aside), and the sorted widths of those lines; 0 when none
// stands out.
func spanWidth(lines []document.Line, feats []Feature) (int, []int) {
	var ends []int // the widths of the lines that go on to the next
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].Role == "" && lines[i+1].Role == "" && !feats[i].Blank() && !feats[i+1].Blank() && feats[i].Width >= 16 {
			ends = append(ends, feats[i].Width)
		}
	}
	if len(ends) < 2*minFull {
		return 0, nil
	}
	slices.Sort(ends)
	best, bestFull := 0, 0
	for k, w := range ends {
		if w > maxWrapWidth || k+1 < len(ends) && ends[k+1] == w {
			continue // each width once, at its last place
		}
		if len(ends)-1-k > len(ends)/32 {
			continue // lines going on that are wider: not the column
		}
		full := 0
		for i := range lines {
			if isFull(lines, feats, i, w) {
				full++
			}
		}
		if full > bestFull {
			best, bestFull = w, full
		}
	}
	return best, ends
}

// isFull reports whether line i filled the width w: the first word of the
// next line, adjacent and free, would not have fitted after it.
func isFull(lines []document.Line, feats []Feature, i, w int) bool {
	j := i + 1
	if j >= len(lines) || lines[i].Role != "" || lines[j].Role != "" || feats[i].Blank() || feats[j].Blank() {
		return false
	}
	if dateLike(&feats[i]) || dateLike(&feats[j]) {
		return false // a date line stands alone, under a title as over a paragraph
	}
	first, _, _ := strings.Cut(feats[j].Clean, " ")
	n := utf8.RuneCountInString(first)
	// a token longer than any word (a link's address, an image's file
	// name) fits after no line: it tells nothing of the width, and a short
	// line over it (a date, a name) is a line of its own
	if n > maxWrapWord && 2*feats[i].Width < w {
		return false
	}
	return feats[i].Width+1+n > w
}

// dateLike reports a line that is a date (isDateOnly), with a cheap test
// first: a date holds a digit.
func dateLike(f *Feature) bool {
	return f.Words <= 12 && script.HasDigit(f.Clean) && isDateOnly(f)
}

// maxWrapWord is the longest word, in runes, whose not fitting after a
// short line shows that line full.
const maxWrapWord = 24

// runWrapped runs the stages over the units of a document wrapped at w:
// each line that filled the width and the lines after it that continue
// it are one unit, decided as one line; the lines after the first get
// the unit's role, the rule RuleWrapped, and Continues.
func runWrapped(lines []document.Line, feats []Feature, ctx Context, w int) {
	// head[i] is the index in the units of line i's unit
	head := make([]int, len(lines))
	var ulines []document.Line
	var ufeats []Feature
	first := 0 // the unit's first line
	for i := range lines {
		if i > 0 && isFull(lines, feats, i-1, w) {
			head[i] = len(ulines) - 1
			continue
		}
		if i-first > 1 {
			joinUnit(&ulines[len(ulines)-1], &ufeats[len(ufeats)-1], lines[first:i], feats[first:i])
		}
		first = i
		head[i] = len(ulines)
		ulines = append(ulines, lines[i])
		ufeats = append(ufeats, feats[i])
	}
	if len(lines)-first > 1 {
		joinUnit(&ulines[len(ulines)-1], &ufeats[len(ufeats)-1], lines[first:], feats[first:])
	}
	run(ulines, ufeats, ctx, w)
	for i := range lines {
		u := &ulines[head[i]]
		if i > 0 && head[i] == head[i-1] {
			lines[i].Role, lines[i].Rule, lines[i].Continues = u.Role, RuleWrapped, true
			continue
		}
		lines[i].Role, lines[i].Rule = u.Role, u.Rule
	}
}

// joinUnit makes u and uf the line and the features of the unit of lines
// and feats, joined at once: a unit of n lines joined line by line would
// copy its growing text n times.
func joinUnit(u *document.Line, uf *Feature, lines []document.Line, feats []Feature) {
	var text, norm, clean strings.Builder
	for k := range lines {
		if k > 0 {
			text.WriteByte(' ')
			norm.WriteByte(' ')
			clean.WriteByte(' ')
		}
		text.WriteString(lines[k].Text)
		norm.WriteString(feats[k].Norm)
		clean.WriteString(feats[k].Clean)
	}
	u.Text = text.String()
	a := feats[0]
	for _, b := range feats[1:] {
		a = joinFeatures(a, b)
	}
	a.Norm, a.Clean = norm.String(), clean.String()
	if len(feats[0].Key) < script.LineKey {
		a.Key = script.Fold(a.Clean, script.LineKey)
	}
	*uf = a
}

// joinFeatures are the features of a unit a and the line b continuing it,
// but for the texts (Norm, Clean) and the key, which joinUnit sets.
func joinFeatures(a, b Feature) Feature {
	a.Words += b.Words
	a.LetterWords += b.LetterWords
	a.Arabic += b.Arabic
	a.Latin += b.Latin
	a.ArabicWords += b.ArabicWords
	a.LatinWords += b.LatinWords
	a.Last = b.Last
	a.Width += 1 + b.Width
	a.memo.keyValue, a.memo.dateOnly = unknown, unknown // the unit's, not its first line's
	return a
}
