package segment

import (
	"strings"
	"unicode"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Starred titles: html2text writes a page's headings between runs of
// stars, the more stars the higher the heading: `****** العنوان ******`
// for <h1>, `***** …` for <h2>, `*** …` for <h3>. A long <h1> wraps, its
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

// h1Text is the folded text of a first-level heading without its stars.
func h1Text(c string) string {
	c = strings.TrimSpace(strings.TrimPrefix(c, h1Stars))
	return script.Fold(strings.TrimSpace(strings.TrimSuffix(c, h1Stars)), script.FullKey)
}

// h1Line reports a line opening, flush left, with h1Stars and a space, and
// text with letters after them.
func h1Line(text string) bool {
	rest, ok := strings.CutPrefix(text, h1Stars+" ")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), h1Stars))
	return strings.ContainsFunc(rest, unicode.IsLetter)
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
