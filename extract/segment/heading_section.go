package segment

import (
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// A page's section name over the headline: `شرفة الرأي`, `إصدارات`, one
// or two words alone at the top of a raw article, with a headline much
// longer than it under them. It names the page's section, not the
// article: it is navigation, and the headline under it is the title.

var ruleSectionName = &Rule{Name: RuleSectionName, Role: document.RoleResidue, Residue: document.ResidueNavigation}

// maxSectionWords is the longest a section name may be.
const maxSectionWords = 2

// sectionName decides the line where a raw article's title stands a section name
// when it has at most maxSectionWords words, no digit and no mark at its
// end, is no name, and a headline (no name either) twice as long at least (four words at
// least) stands under it, with text after that.
func sectionName(s *state) {
	i := s.titleAt
	if i < 0 || !s.free(i) {
		return
	}
	f := &s.feats[i]
	if f.Words > maxSectionWords || f.Words == 0 || !f.IsArabic() || f.Latin > 0 || f.List != 0 || f.FinalPunct() || script.HasDigit(f.Clean) || isName(f) {
		return
	}
	j := s.nextNonBlank(i)
	if j < 0 || !s.free(j) || !headlineLike(&s.feats[j]) || isName(&s.feats[j]) || s.feats[j].Words < 4 || s.feats[j].Words < 2*f.Words || s.nextNonBlank(j) < 0 {
		return
	}
	s.set(i, ruleSectionName)
	s.titleAt = j
}

// A raw article may open with a dateline or page debris above its
// headline (`مسقط- الرؤية`, `-`, then the headline): the title stands on
// the first line left free under them.

// titleUnderTopLines moves where a raw article's title stands past the
// datelines, credits and residue the local rules found at its top.
func titleUnderTopLines(s *state) {
	i := s.titleAt
	for i >= 0 && !s.free(i) {
		switch s.lines[i].Role {
		case document.RoleDateline, document.RoleCredit, document.RoleResidue:
			i = s.nextNonBlank(i)
		default:
			return
		}
	}
	if i >= 0 {
		s.titleAt = i
	}
}
