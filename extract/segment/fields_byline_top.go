package segment

import (
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// RuleBylineUnderTitle: in a full-page dump, a line between the page's
// title and the body that the page-chrome pass took for the page's, but
// that names a person with the date and marks a page sets around a byline
// (`2 ديسمبر 2025 بقلم سارة عبد الله`, `محمد شركي2020-03-26`, `آية
// يونس`), is the article's byline.
const RuleBylineUnderTitle = "byline-under-page-title"

// maxUnderTitle is how many lines under a page's title are looked at.
const maxUnderTitle = 16

// RuleDateUnderTitle: the first line there that is the date, but for a
// word the page set beside it (`Le12.ma 22:34 - 28 ديسمبر 2023`), is the
// article's date line.
const RuleDateUnderTitle = "date-under-page-title"

var (
	ruleBylineUnderTitle = &Rule{Name: RuleBylineUnderTitle, Role: document.RoleByline}
	ruleDateUnderTitle   = &Rule{Name: RuleDateUnderTitle, Role: document.RoleDateline}
)

// bylinesUnderTitle gives back to the article the byline lines that the
// page chrome took between the page's title and the body.
func bylinesUnderTitle(s *state) {
	t := -1
	for i := range s.lines {
		if s.lines[i].Rule == RulePageTitle {
			t = i
			break
		}
	}
	if t < 0 {
		return
	}
	seen, dated := 0, false
	for i := s.nextNonBlank(t); i >= 0 && seen < maxUnderTitle; i = s.nextNonBlank(i) {
		seen++
		f := &s.feats[i]
		if s.free(i) && (f.Words >= 12 || f.SentenceEnd() && f.Words >= 8) {
			return // the body; a short question is the article's title
		}
		if s.lines[i].Rule != RulePageChrome || f.Words > 11 {
			continue
		}
		if fields.LooseByline(f.Clean) != "" {
			s.set(i, ruleBylineUnderTitle)
			continue
		}
		if _, ok := fields.IsNearlyDateLine(f.Clean); ok && !dated && f.List == 0 {
			s.set(i, ruleDateUnderTitle)
			dated = true
		}
	}
}
