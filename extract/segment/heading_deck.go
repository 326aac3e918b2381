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

// A title may carry more than one deck, and no byline under them: the
// lines right under the title, before the lead paragraph, that read as
// headlines (two to twenty words, ending with no mark but `!` or `؟`) are
// decks too, when body text follows them (or a byline, a dateline, or a
// short line ending with a colon over body text).

var ruleDeckUnderTitle = &Rule{Name: RuleDeckUnderTitle, Role: document.RoleHeading}

// decksUnderTitle decides the lines left paragraphs by default between
// the title and the first line of body text.
func decksUnderTitle(s *state) {
	t := -1
	for i := range s.lines {
		if s.lines[i].Role == document.RoleTitle && s.lines[i].Rule == RuleTitle {
			t = i
			break
		}
	}
	if t < 0 {
		return
	}
	var run []int
	for i := s.nextNonBlank(t); i >= 0; i = s.nextNonBlank(i) {
		f := &s.feats[i]
		switch {
		case s.lines[i].Role == document.RoleHeading:
			run = append(run, -1) // decided already: a deck or a kicker
		case s.lines[i].Rule == RuleParagraph && headlineLike(f) && (!f.FinalPunct() || f.Last == '!' || f.Last == '؟' || f.Last == '?') && !isName(f):
			run = append(run, i)
		case f.Bodyish() && s.lines[i].Role == document.RoleParagraph, s.lines[i].Role == document.RoleByline,
			s.lines[i].Role == document.RoleDateline && (f.Bodyish() || s.lines[i].Rule == RuleDateLine || s.lines[i].Rule == RuleDatedByline),
			s.lines[i].Rule == RuleBylineShape, s.opensBody(i):
			if len(run) <= maxDeckLines+1 {
				for _, k := range run {
					if k >= 0 {
						s.set(k, ruleDeckUnderTitle)
					}
				}
			}
			return
		default:
			return
		}
	}
}

// opensBody reports a short line ending with a colon right over body
// text: the author's line in a form no byline rule knows (`صوفيا - محمد
// خلف:`), where the body begins.
func (s *state) opensBody(i int) bool {
	f := &s.feats[i]
	n := s.nextNonBlank(i)
	return f.Last == ':' && f.Words <= 6 && n >= 0 && s.feats[n].Bodyish() && !isQuestion(&s.feats[n])
}
