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
// sentences, and the line below goes on to end one. The line above is
// as long as the document's paragraphs, half their median at least: a
// teaser or a link standing among them is shorter. A heading is told
// from a fragment by what it is not: it ends with a mark, its paragraph
// is a question, or its paragraph names what it names (namedBelow). The three lines are one paragraph: the fragment
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
		if i-1 <= s.firstContent || p.Words < 10 || 2*p.Words < s.paragraphWords() || !unicode.IsLetter(p.Last) || !p.IsArabic() || !f.IsArabic() || n.Words < 5 || !n.IsArabic() || !n.FinalPunct() {
			continue
		}
		if opensSentence(n) || f.FinalPunct() || n.Last == '؟' || n.Last == '?' || namedBelow(f, n) {
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
var sentenceOpeners = script.FoldAll([]string{"لم", "لن", "لا", "لقد", "قد", "كان", "كانت", "هذا", "هذه", "ثم", "كما", "بينما"})

// opensSentence reports a line whose first word opens a sentence: a
// conjunction joined to a word of three letters or more (`ويستعد`) or to
// a function word or particle (`ومن`, `وفي`, `فقد`), a particle
// (sentenceOpeners) or a saying verb. A heading's paragraph opens so; the
// rest of a cut sentence does not.
func opensSentence(f *Feature) bool {
	first, _, _ := strings.Cut(f.Clean, " ")
	k := script.Fold(first, script.WordKey)
	if rest, ok := cutConjunction(k); ok && (utf8.RuneCountInString(rest) >= 3 || functionWords[rest] || slices.Contains(sentenceOpeners, rest)) {
		return true
	}
	return slices.Contains(sentenceOpeners, k) || slices.Contains(sayingVerbs, k)
}

// cutConjunction removes the conjunction و or ف a folded word opens with.
func cutConjunction(k string) (string, bool) {
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(k, c); ok && rest != "" {
			return rest, true
		}
	}
	return "", false
}

// namedBelow reports whether a word of line f (of three letters or more)
// stands among the first words of line n: a heading names what its
// paragraph is about (`جنيفر هدسون`, then `سارت الممثلة جنيفر هدسون`); a
// link's text cut from its sentence is not said again.
func namedBelow(f, n *Feature) bool {
	below := strings.Fields(script.Fold(n.Clean, script.LineKey))
	for _, w := range strings.Fields(script.Fold(f.Clean, script.FullKey)) {
		if utf8.RuneCountInString(w) >= 3 && slices.Contains(below, w) {
			return true
		}
	}
	return false
}
