package segment

import "github.com/sahifa/sahifa/extract/document"

// Stacked headings: a page of short sections sets two or three heading
// lines one right under the other (`أرق نفسك بنفسك وتداوى بالطب البديل`,
// `دواؤك في غذائك··`, `فوائد الخضـــار`, then a list). Only the last stands
// over body text; the ones above it stand over a heading. Read bottom up,
// a line of a heading's shape right above a heading is one too, when the
// block above it has ended (a body line, a list, the title).

var ruleHeadingStack = &Rule{Name: RuleHeadingStack, Role: document.RoleHeading}

// maxStack is the most heading lines a stack may hold, the heading under
// it included.
const maxStack = 3

// headingStacks decides the lines left paragraphs by default that stand
// right above a heading, one right under the other: the whole run, when
// the block above its first line has ended.
func headingStacks(s *state) {
	for h := len(s.lines) - 1; h > 0; h-- {
		if s.lines[h].Role != document.RoleHeading {
			continue
		}
		top := h
		for top > 0 && h-top < maxStack-1 && s.stacked(top-1) {
			top--
		}
		if top == h || !s.blockEndsAbove(top) {
			continue
		}
		for k := top; k < h; k++ {
			s.set(k, ruleHeadingStack)
		}
		h = top
	}
}

// stacked reports whether line i may be a heading of a stack: left a
// paragraph by default, of a heading's shape, two words at least, and no
// line of verse. Under a blank line, a line of five words or more opening
// with و may be one (`وزير النقل الأسبق …`, `وسط تحسن طفيف …`): a
// sentence going on from the one before would not stand apart from it,
// and would go on in the line under it, not stop over a heading.
func (s *state) stacked(i int) bool {
	f := &s.feats[i]
	if s.lines[i].Rule != RuleParagraph || f.Words < 2 || s.inVerse(i) {
		return false
	}
	if i > 0 && s.feats[i-1].Blank() {
		return stackShape(f)
	}
	return headingShape(f)
}

// stackShape is headingShape without its test of a line opening with و.
func stackShape(f *Feature) bool {
	return f.List == 0 && f.IsArabic() && f.Words <= 12 && (!f.FinalPunct() || exclaimedHeading(f)) && !hasInnerSentence(f.Clean)
}

// blockEndsAbove reports whether what stands above line i has ended: no
// line, a blank line, a list item, a title, a byline or a dateline, or a
// body line in a document without blank lines between its blocks.
func (s *state) blockEndsAbove(i int) bool {
	if i == 0 || s.feats[i-1].Blank() {
		return true
	}
	p := s.prevNonBlank(i)
	if p < 0 {
		return true
	}
	switch s.lines[p].Role {
	case document.RoleListItem, document.RoleTitle, document.RoleByline, document.RoleDateline:
		return true
	case document.RoleParagraph:
		// right under body text: the block has ended only in a document
		// that sets no blank line between its blocks
		return s.feats[p].Bodyish() && !s.blankBetweenBlocks()
	}
	return false
}

// blankBetweenBlocks reports whether the document sets a blank line
// between two of its text lines somewhere.
func (s *state) blankBetweenBlocks() bool {
	if s.blanks == 0 {
		s.blanks = -1
		for i := 1; i+1 < len(s.lines); i++ {
			if s.feats[i].Blank() && s.lines[i].Role != document.RoleMarkup && !s.feats[i-1].Blank() && s.prevNonBlank(i) >= 0 && s.nextNonBlank(i) >= 0 {
				s.blanks = 1
				break
			}
		}
	}
	return s.blanks > 0
}
