package segment

import (
	"strings"
	"unicode"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Starred titles: html2text writes a page's headings between runs of
// stars, the more stars the higher the heading: `****** العنوان ******`
// for <h1>, `***** …` for <h2>, `*** …` for <h3>; in its Markdown mode
// (and pandoc's) a `#` opens an <h1>, `##` an <h2>. A long <h1> wraps, its
// closing run alone on the next line. A page sets its article's title as
// its one <h1>: that line, flush left, is the title, unless the page sets
// the same text again without the stars (then the plain copy is, as the
// other rules find it).

// RuleStarredTitle is the rule of the one line of a page that html2text
// marked as its first-level heading.
const RuleStarredTitle = "starred-title"

// h1Stars is the run of stars html2text sets around a first-level heading.
const h1Stars = "******"

var ruleStarredTitle = &Rule{Name: RuleStarredTitle, Role: document.RoleTitle}

// starredTitle marks the page's one first-level heading as its title.
func starredTitle(s *state) {
	at := -1
	for i := range s.lines {
		if !s.free(i) || !h1Line(s.lines[i].Text) {
			continue
		}
		if at >= 0 {
			return // two: the page's, not the article's
		}
		at = i
	}
	if at < 0 {
		return
	}
	// a page that sets the title again without the stars has it there:
	// the title field is the text, not the converter's marks
	k := h1Text(s.feats[at].Clean)
	for i := range s.lines {
		if i != at && !s.feats[i].Blank() && script.Fold(s.feats[i].Clean, script.FullKey) == k {
			return
		}
	}
	s.set(at, ruleStarredTitle)
}

// h1Text is the folded text of a first-level heading without its marks.
func h1Text(c string) string {
	return script.Fold(H1Text(c), script.FullKey)
}

// H1Text is the text of a first-level heading a converter marked, without
// its marks: html2text's stars (`****** العنوان ******`), Markdown's `#`
// (`# العنوان`, `# العنوان #`).
func H1Text(c string) string {
	c = strings.TrimSpace(c)
	if t, ok := strings.CutPrefix(c, h1Stars); ok {
		return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), h1Stars))
	}
	if t, ok := strings.CutPrefix(c, h1Hash); ok {
		return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), "#"))
	}
	return c
}

// h1Hash opens a Markdown first-level heading: one `#` and a space.
const h1Hash = "# "

// h1Line reports a line opening, flush left, with h1Stars or h1Hash and a
// space, and text with letters after them (two words at least after a
// hash).
func h1Line(text string) bool {
	switch {
	case strings.HasPrefix(text, h1Stars+" "):
		return strings.ContainsFunc(H1Text(text), unicode.IsLetter)
	case strings.HasPrefix(text, h1Hash):
		// a one-word heading under a `#` is a section's name (`# ثقافة`)
		return strings.ContainsFunc(H1Text(text), unicode.IsLetter) && strings.Contains(H1Text(text), " ")
	}
	return false
}

// starredTitleAt is the line starredTitle made the title, -1 when none.
func (s *state) starredTitleAt() int {
	for i := range s.lines {
		if s.lines[i].Rule == RuleStarredTitle {
			return i
		}
	}
	return -1
}
