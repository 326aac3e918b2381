package segment

import (
	"math"
	"strings"
	"unicode"

	"github.com/sahifa/sahifa/extract/document"
)

// The model's features: what the line model (model.go) reads of a line
// the weak rules decided, its neighbours and its document. Each is a
// number; flags are 0 or 1. The names are stored with the weights, and a
// model whose names differ from these is not used.
var modelFeatures = []string{
	"words-log", "words-rel-paragraph", "words-le2", "words-le5", "words-le12",
	"sentence-end", "final-punct", "ends-colon", "list-marker", "numbered",
	"indent-rel-body", "indented-more", "indented-less",
	"position", "blank-before", "blank-after",
	"prev-words-log", "next-words-log", "prev-bodyish", "next-bodyish",
	"prev-paragraph", "prev-heading", "prev-residue", "prev-list-item", "prev-title", "prev-other", "prev-none",
	"next-paragraph", "next-heading", "next-residue", "next-list-item", "next-title", "next-other", "next-none",
	"rule-heading", "rule-paragraph", "rule-unmarked-list", "rule-page-chrome",
	"digit-share", "latin-share", "letter-word-share", "repeated",
	"first-content", "before-body", "after-body", "has-title", "wrapped-doc",
	"width-rel-wrap", "prev-same-rule", "next-same-rule", "doc-residue-share",
	"opens-waw", "inner-colon", "inner-sentence", "has-digit",
}

// The features' places in a vector.
const (
	fWordsLog = iota
	fWordsRel
	fWordsLE2
	fWordsLE5
	fWordsLE12
	fSentenceEnd
	fFinalPunct
	fEndsColon
	fListMarker
	fNumbered
	fIndentRel
	fIndentedMore
	fIndentedLess
	fPosition
	fBlankBefore
	fBlankAfter
	fPrevWords
	fNextWords
	fPrevBodyish
	fNextBodyish
	fPrevRole        // 7 roles: paragraph, heading, residue, list_item, title, other, none
	fNextRole        = fPrevRole + 7
	fRule            = fNextRole + 7 // 4 weak rules
	fDigitShare      = fRule + 4
	fLatinShare      = fDigitShare + 1
	fLetterWordShare = fLatinShare + 1
	fRepeated        = fLetterWordShare + 1
	fFirstContent    = fRepeated + 1
	fBeforeBody      = fFirstContent + 1
	fAfterBody       = fBeforeBody + 1
	fHasTitle        = fAfterBody + 1
	fWrappedDoc      = fHasTitle + 1
	fWidthRel        = fWrappedDoc + 1
	fPrevSameRule    = fWidthRel + 1
	fNextSameRule    = fPrevSameRule + 1
	fDocResidue      = fNextSameRule + 1
	fOpensWaw        = fDocResidue + 1
	fInnerColon      = fOpensWaw + 1
	fInnerSentence   = fInnerColon + 1
	fHasDigit        = fInnerSentence + 1
	numModelFeatures = fHasDigit + 1
)

// weakRules are the rules whose lines the model may reconsider, in the
// order of the rule-* features.
var weakRules = [4]string{RuleHeading, RuleParagraph, RuleUnmarkedList, RulePageChrome}

// weakRule is the place of rule in weakRules, -1 when it is not weak.
func weakRule(rule string) int {
	for k, r := range weakRules {
		if r == rule {
			return k
		}
	}
	return -1
}

// modelDoc is what the features read of the whole document, computed
// once before the lines are scored.
type modelDoc struct {
	paraWords  float32
	bodyIndent int
	total      int // non-blank lines
	lastBody   int
	residue    float32
	repeated   map[string]int
}

// newModelDoc computes the document's figures in one pass over its lines.
func newModelDoc(s *state) *modelDoc {
	d := &modelDoc{paraWords: float32(max(s.paragraphWords(), 1)), lastBody: -1, repeated: map[string]int{}}
	var indents [9]int
	var residue int
	for i := range s.lines {
		f := &s.feats[i]
		if f.Blank() || s.lines[i].Role == document.RoleMarkup {
			continue
		}
		d.total++
		if s.lines[i].Role == document.RoleResidue {
			residue++
		}
		if f.Bodyish() && s.lines[i].Role == document.RoleParagraph {
			indents[min(indentation(s.lines[i].Text), len(indents)-1)]++
			d.lastBody = i
		}
		if f.Words <= 12 {
			d.repeated[f.Clean]++
		}
	}
	for k, n := range indents {
		if n > indents[d.bodyIndent] {
			d.bodyIndent = k
		}
	}
	if d.total > 0 {
		d.residue = float32(residue) / float32(d.total)
	}
	return d
}

// roleSlot is the place of a neighbour's role among the prev-*/next-*
// features: -1 (none) gives the last.
func roleSlot(s *state, j int) int {
	if j < 0 {
		return 6
	}
	switch s.lines[j].Role {
	case document.RoleParagraph:
		return 0
	case document.RoleHeading:
		return 1
	case document.RoleResidue:
		return 2
	case document.RoleListItem:
		return 3
	case document.RoleTitle:
		return 4
	}
	return 5
}

func flag(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// modelVector writes line i's features into x (numModelFeatures long).
func (s *state) modelVector(d *modelDoc, i int, x []float32) {
	clear(x)
	f := &s.feats[i]
	words := float32(f.Words)
	x[fWordsLog] = float32(math.Log1p(float64(f.Words)))
	x[fWordsRel] = min(words/d.paraWords, 3)
	x[fWordsLE2] = flag(f.Words <= 2)
	x[fWordsLE5] = flag(f.Words <= 5)
	x[fWordsLE12] = flag(f.Words <= 12)
	x[fSentenceEnd] = flag(f.SentenceEnd())
	x[fFinalPunct] = flag(f.FinalPunct())
	x[fEndsColon] = flag(f.Last == ':')
	x[fListMarker] = flag(f.List != 0)
	x[fNumbered] = flag(f.List == '1')
	in := indentation(s.lines[i].Text) - d.bodyIndent
	x[fIndentRel] = float32(max(-8, min(in, 8))) / 8
	x[fIndentedMore] = flag(in > 0)
	x[fIndentedLess] = flag(in < 0)
	if d.total > 0 {
		x[fPosition] = float32(s.nth[i]) / float32(d.total)
	}
	// a double-spaced document's lines all stood a blank apart
	x[fBlankBefore] = flag(s.ctx.spaced || i > 0 && s.feats[i-1].Blank())
	x[fBlankAfter] = flag(s.ctx.spaced || i+1 < len(s.lines) && s.feats[i+1].Blank())
	p, n := s.prevNonBlank(i), s.nextNonBlank(i)
	if p >= 0 {
		x[fPrevWords] = float32(math.Log1p(float64(s.feats[p].Words)))
		x[fPrevBodyish] = flag(s.feats[p].Bodyish())
		x[fPrevSameRule] = flag(s.lines[p].Rule == s.lines[i].Rule)
	}
	if n >= 0 {
		x[fNextWords] = float32(math.Log1p(float64(s.feats[n].Words)))
		x[fNextBodyish] = flag(s.feats[n].Bodyish())
		x[fNextSameRule] = flag(s.lines[n].Rule == s.lines[i].Rule)
	}
	x[fPrevRole+roleSlot(s, p)] = 1
	x[fNextRole+roleSlot(s, n)] = 1
	if k := weakRule(s.lines[i].Rule); k >= 0 {
		x[fRule+k] = 1
	}
	var digits, runes int
	for _, r := range f.Clean {
		runes++
		if unicode.IsDigit(r) {
			digits++
		}
	}
	if runes > 0 {
		x[fDigitShare] = float32(digits) / float32(runes)
	}
	x[fHasDigit] = flag(digits > 0)
	if l := f.Arabic + f.Latin; l > 0 {
		x[fLatinShare] = float32(f.Latin) / float32(l)
	}
	if f.Words > 0 {
		x[fLetterWordShare] = float32(f.LetterWords) / words
	}
	x[fRepeated] = flag(f.Words <= 12 && d.repeated[f.Clean] > 1)
	x[fFirstContent] = flag(i == s.firstContent)
	x[fBeforeBody] = flag(i < s.firstBody)
	x[fAfterBody] = flag(d.lastBody >= 0 && i > d.lastBody)
	x[fHasTitle] = flag(s.ctx.HasTitle)
	x[fWrappedDoc] = flag(s.wrap > 0)
	if s.wrap > 0 {
		x[fWidthRel] = min(float32(f.Width)/float32(s.wrap), 4)
	}
	x[fDocResidue] = d.residue
	x[fOpensWaw] = flag(strings.HasPrefix(f.Clean, "و"))
	x[fInnerColon] = flag(strings.Contains(f.Clean, ": "))
	x[fInnerSentence] = flag(hasInnerSentence(f.Clean))
}
