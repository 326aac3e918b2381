package segment

import (
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// A page sets its headline twice (over the page and over the article),
// and a dump keeps both: the line that repeats the title is not a deck
// or a heading but the page's copy of it.

// RuleTitleRepeated is the rule of a line that repeats the title.
const RuleTitleRepeated = "title-repeated"

var ruleTitleRepeated = &Rule{Name: RuleTitleRepeated, Role: document.RoleResidue, Residue: document.ResidueNavigation}

// titleRepeats makes residue of the free lines after where a raw
// article's title stands, when it is shaped as one (short, no sentence
// ended), that repeat it, whatever their spelling
// (script.Fold): kashida, harakat and hamza forms aside, the same words.
func titleRepeats(s *state) {
	t := s.titleAt
	if t < 0 || !s.free(t) || s.feats[t].Words < 2 || s.feats[t].Words > maxTitleWords || s.feats[t].SentenceEnd() {
		return
	}
	key := script.Fold(s.feats[t].Clean, script.FullKey)
	for i := t + 1; i < len(s.lines); i++ {
		f := &s.feats[i]
		if s.free(i) && f.Words == s.feats[t].Words && script.Fold(f.Clean, script.FullKey) == key {
			s.set(i, ruleTitleRepeated)
		}
	}
}
