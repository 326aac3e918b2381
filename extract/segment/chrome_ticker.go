package segment

import (
	"strings"
	"unicode"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Image-parted tickers: a page's news ticker is a run of headlines, each
// after its thumbnail. A converter that writes an image without alt text
// as an empty token (pandoc's `[]`) and joins inline elements into one
// wrapped block turns the ticker into a block that reads as text but is
// cut, line after line, by empty image tokens between the headlines. An
// article's paragraph holds an image now and then, not one every line.
// Such a block is the page's, before the page-chrome pass weighs the body.

// RuleImageTicker is the rule of the lines of a block of headlines parted
// by empty image tokens.
const RuleImageTicker = "image-parted-ticker"

// Ticker thresholds: a block is a ticker when at least minTickerLines of
// its lines hold an empty image token beside words, and they are at least
// half its lines; in a hard-wrapped document, whose block is one unit,
// when it holds minTickerLines such tokens.
const minTickerLines = 3

// emptyImage is the token a converter writes for an image with no alt text.
const emptyImage = "[]"

var ruleImageTicker = &Rule{Name: RuleImageTicker, Role: document.RoleResidue, Residue: document.ResidueNavigation}

// imageTickers marks the blocks of free lines (between blank lines) that
// are tickers of headlines parted by empty image tokens.
func imageTickers(s *state) {
	var ticker []string // the folded lines of the tickers found
	for i := 0; i < len(s.lines); {
		if s.feats[i].Blank() {
			i++
			continue
		}
		j, n, parted, tokens := i, 0, 0, 0
		free := true
		for ; j < len(s.lines) && !s.feats[j].Blank(); j++ {
			n++
			if !s.free(j) && s.lines[j].Role != document.RoleResidue {
				free = false
			}
			if partedByImage(s.lines[j].Text) {
				parted++
				tokens += strings.Count(s.lines[j].Text, emptyImage)
			}
		}
		// a hard-wrapped block is one unit: its tokens count, not its lines
		if free && parted >= 1 && tokens >= minTickerLines && 2*parted >= n && (parted >= minTickerLines || s.wrap > 0) {
			for k := i; k < j; k++ {
				if s.free(k) {
					s.set(k, ruleImageTicker)
				}
				t := strings.ReplaceAll(s.feats[k].Clean, emptyImage, " ")
				ticker = append(ticker, script.Fold(t, max(len(t), script.ListKey))) // whole: a wrapped ticker is one long unit
			}
		}
		i = j
	}
	if ticker == nil {
		return
	}
	// a headline of the ticker set again alone on the page (under a
	// `عاجل` label) is the ticker's too
	all := strings.Join(strings.Fields(strings.Join(ticker, " ")), " ")
	for i := range s.lines {
		if f := &s.feats[i]; s.free(i) && f.Words >= minTickerWords {
			if k := strings.Join(strings.Fields(script.Fold(f.Clean, script.ListKey)), " "); strings.Contains(all, k) {
				s.set(i, ruleImageTicker)
			}
		}
	}
}

// minTickerWords is the fewest words of a line found in a ticker's text
// that is taken for one of its headlines.
const minTickerWords = 5

// partedByImage reports a line that holds an empty image token and
// letters besides it.
func partedByImage(text string) bool {
	k := strings.Index(text, emptyImage)
	if k < 0 {
		return false
	}
	return strings.ContainsFunc(strings.ReplaceAll(text, emptyImage, ""), unicode.IsLetter)
}

// wrappedHead returns where the paragraph that line first continues
// begins: a converter that wraps its text (pandoc at 72 columns) cuts a
// paragraph into lines with no blank between them, and the paragraph's
// first line, cut inside its first sentence, may hold too few function
// words to read as text by itself. The free lines right over first, as
// wide as it nearly and ending no sentence, are its start; a line the
// page repeats (rep) is not.
func (s *state) wrappedHead(first int, rep []bool) int {
	for first > 0 {
		p, f := first-1, &s.feats[first-1]
		if !s.free(p) || f.Blank() || rep[p] || f.SentenceEnd() || f.Words < minHeadWords || 4*f.Width < 3*s.feats[first].Width {
			break
		}
		first = p
	}
	return first
}

// minHeadWords is the fewest words of a paragraph's first line that
// wrappedHead takes for it.
const minHeadWords = 8
