package segment

import (
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// RuleNameSignoff: a name alone on its line after an article's paragraph
// (`سمير الزبن`, `د. صلاح الدين يونس`), where the default rule left a
// paragraph, not before body text, is the author's sign-off: two to four words
// shaped as a person's name (fields.IsPersonName), no mark at its end.
const RuleNameSignoff = "name-signoff"

var ruleNameSignoff = &Rule{Name: RuleNameSignoff, Role: document.RoleByline}

// nameSignoffs marks the sign-offs under the paragraphs.
func nameSignoffs(s *state) {
	for i := range s.lines {
		if s.lines[i].Rule != RuleParagraph {
			continue // a name the heading rule took opens a section (a speaker's)
		}
		f := &s.feats[i]
		if f.Words < 2 || f.Words > 5 || f.FinalPunct() || f.Latin > 0 || f.List != 0 {
			continue
		}
		p := s.prevNonBlank(i)
		if p < 0 || s.lines[p].Role != document.RoleParagraph || !fields.IsPersonName(f.Clean) && !placedName(f.Clean) {
			continue
		}
		// what follows is another article, or nothing: not the rest of a
		// signature (`عبد ربه منصور هادي`, then `رئيس الجمهورية`)
		if n := s.nextNonBlank(i); n >= 0 && !s.feats[n].Bodyish() && s.lines[n].Role != document.RoleHeading && s.lines[n].Role != document.RoleTitle {
			continue
		}
		s.set(i, ruleNameSignoff)
	}
}

// placedName reports a name and the place it was written from
// (`مختار اليافعي - الرياض`).
func placedName(c string) bool {
	b, ok := fields.ParseBylineLine(c)
	return ok && !b.Dated && b.Place != ""
}

// pageSignoff decides the line right under a page's body, last its last
// line, when it is a person's name: the author signing the article, above
// the page's footer, not the footer's.
func (s *state) pageSignoff(last int) {
	n := s.nextNonBlank(last)
	if n < 0 || !s.free(n) || s.lines[last].Role != "" && s.lines[last].Role != document.RoleParagraph {
		return
	}
	f := &s.feats[n]
	if f.Words < 2 || f.Words > 5 || f.FinalPunct() || f.Latin > 0 || f.List != 0 || !fields.IsPersonName(f.Clean) {
		return
	}
	s.set(n, ruleNameSignoff)
}
