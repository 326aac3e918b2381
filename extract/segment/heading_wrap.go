package segment

import (
	"strings"
	"unicode"
)

// A line cut out of a paragraph is no heading: in a dump that indents
// its paragraphs, a short line set at a paragraph's indentation with the
// next line right under it at the same indentation is the paragraph's
// first line, cut early (`   يرتبط الأمل ارتباطاً وثيقاً بقدرة الفرد`
// over `   المطلوبة والإنجازات، إذ …`), when it is nearly as wide as that
// next line.

// indentation is the number of spaces and tabs line t opens with.
func indentation(t string) int {
	return len(t) - len(strings.TrimLeftFunc(t, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' }))
}

// cutParagraphLine reports whether line i is an indented paragraph's first
// line: indented, not ending a sentence, and at least four fifths as wide
// as the next line, which is adjacent, indented the same and opens with a
// letter (not a mark or a number). A heading set at the paragraphs'
// indentation is much shorter than the line under it. In a hard-wrapped
// document the next unit counts as wide as the column.
func (s *state) cutParagraphLine(i int) bool {
	in := indentation(s.lines[i].Text)
	n := i + 1
	if in == 0 || n >= len(s.lines) || s.feats[n].Blank() || s.feats[i].FinalPunct() {
		return false
	}
	next := s.feats[n].Width // a unit's, when the document is wrapped: as wide as the column
	if s.wrap > 0 && next > s.wrap {
		next = s.wrap
	}
	if indentation(s.lines[n].Text) != in || s.feats[n].List != 0 || 5*s.feats[i].Width < 4*next {
		return false
	}
	for _, r := range s.feats[n].Clean {
		return unicode.IsLetter(r)
	}
	return false
}

// hasAddress reports a line holding a web address: an instruction
// (`أدخل عنوان الصفحة التالي: http://…`), never a heading.
func hasAddress(f *Feature) bool {
	return strings.Contains(f.Clean, "http://") || strings.Contains(f.Clean, "https://") || strings.Contains(f.Clean, "www.")
}
