package segment

import "github.com/sahifa/sahifa/extract/document"

// A deck is the line a paper sets under its headline, before the author's
// line: `«الكرة» عمم التعديلات الجديدة على الأندية` between the title and
// `كتب صادق الشايع:`. Read alone it is a short line before no paragraph;
// read in the document's top block it stands where a subtitle stands:
// after the title, before the byline or dateline that opens the body.

var ruleDeck = &Rule{Name: RuleDeck, Role: document.RoleHeading}

// maxDeckLines is the most deck lines a title may have.
const maxDeckLines = 3

// decks decides the lines between a raw article's title and the byline
// or dateline under it, when they have a heading's shape; with a title
// given by the container, the lines before the byline.
func decks(s *state) {
	start := s.titleAt + 1
	if s.ctx.HasTitle {
		start = 0
	} else if s.titleAt < 0 {
		return
	}
	var run []int
	for i := start; i < len(s.lines); i++ {
		switch {
		case s.lines[i].Role == document.RoleBlank || s.lines[i].Role == document.RoleMarkup || s.feats[i].Blank():
			continue
		case s.lines[i].Role == document.RoleByline || s.lines[i].Role == document.RoleDateline:
			if len(run) > 0 && len(run) <= maxDeckLines {
				for _, k := range run {
					s.set(k, ruleDeck)
				}
			}
			return
		case s.free(i) && s.feats[i].Words >= 2 && headingShape(&s.feats[i]) && !isName(&s.feats[i]):
			run = append(run, i)
		default:
			return
		}
	}
}
