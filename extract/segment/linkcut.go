package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Link-cut fragments: a scraper that drops a page's links keeps their
// text on a line of its own, so a sentence reads `… وأكد المدير الفني
// لفريق`, then `الأهلي`, then `أن اللاعبين قدموا …`. Line by line the
// fragment is a short line before a paragraph, a heading; read with the
// document it is the middle of a sentence: the line above stops on a
// word, where no sentence stops, in a document whose paragraphs end their
// sentences, and the line below goes on to end one. The three lines are one paragraph: the fragment
// and the line after it continue the line above, and the document joins
// them into one block that records every line.

// RuleLinkCut is the rule of a link-cut fragment and the line after it.
const RuleLinkCut = "link-cut-fragment"

var ruleLinkCut = &Rule{Name: RuleLinkCut, Role: document.RoleParagraph}

// maxFragmentWords bounds a link's text left on its line.
const maxFragmentWords = 5

// linkCuts decides the link-cut fragments of a document that is not
// hard-wrapped (there, every cut line continues its paragraph already)
// and whose paragraphs end their sentences: two in three of its body
// lines at least.
func linkCuts(s *state) {
	if s.wrap > 0 || !s.endsSentences() {
		return
	}
	for i := 1; i+1 < len(s.lines); i++ {
		p, f, n := &s.feats[i-1], &s.feats[i], &s.feats[i+1]
		if !s.free(i) || !s.free(i+1) || f.Blank() || f.Words > maxFragmentWords || f.List != 0 || n.List != 0 ||
			s.lines[i-1].Role != "" && s.lines[i-1].Role != document.RoleParagraph {
			continue
		}
		if i-1 <= s.firstContent || p.Words < 10 || !unicode.IsLetter(p.Last) || !p.IsArabic() || !f.IsArabic() || n.Words < 5 || !n.IsArabic() || !n.FinalPunct() {
			continue
		}
		if opensSentence(n) {
			continue
		}
		for _, k := range []int{i, i + 1} {
			s.set(k, ruleLinkCut)
			s.lines[k].Continues = true
		}
		i++
	}
}

// endsSentences reports whether two in three of the document's body
// lines (ten words or more, not decided) end with a mark that ends a
// sentence or a clause, and there are three such lines at least.
func (s *state) endsSentences() bool {
	body, ended := 0, 0
	for i := range s.lines {
		if f := &s.feats[i]; s.free(i) && f.Words >= 10 {
			body++
			if f.FinalPunct() {
				ended++
			}
		}
	}
	return body >= 3 && 3*ended >= 2*body
}

// sentenceOpeners open a sentence rather than go on with one: particles
// of negation and emphasis, folded (not إن: folded, it is أن, which goes
// on a sentence).
var sentenceOpeners = script.FoldAll([]string{"لم", "لن", "لا", "لقد", "قد", "كان", "كانت", "هذا", "هذه", "ثم"})

// opensSentence reports a line whose first word opens a sentence: a
// conjunction joined to a word (`ويستعد`, `فقد`), a particle
// (sentenceOpeners) or a saying verb. A heading's paragraph opens so; the
// rest of a cut sentence does not.
func opensSentence(f *Feature) bool {
	first, _, _ := strings.Cut(f.Clean, " ")
	k := script.Fold(first, script.WordKey)
	if utf8.RuneCountInString(k) >= 4 && (strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف")) {
		return true
	}
	return slices.Contains(sentenceOpeners, k) || slices.Contains(sayingVerbs, k)
}
