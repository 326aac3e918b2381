package segment

import (
	"slices"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// RuleBylineUnderTitle: in a full-page dump, a line between the page's
// title and the body that the page-chrome pass took for the page's, but
// that names a person with the date and marks a page sets around a byline
// (`2 ديسمبر 2025 بقلم سارة عبد الله`, `محمد شركي2020-03-26`, `آية
// يونس`), is the article's byline.
const RuleBylineUnderTitle = "byline-under-page-title"

// maxUnderTitle, maxOverBody and maxOverTitle are how many lines under a
// page's title, over the body and over the title are looked at; maxUnderTitleLines is how far under
// the title the body is looked for.
const (
	maxUnderTitle      = 16
	maxOverBody        = 4
	maxOverTitle       = 2
	maxUnderTitleLines = 400
)

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
	// the body: the first free line that reads as running text (a short
	// question under the title is the article's title)
	b := -1
	for i := s.nextNonBlank(t); i >= 0 && i-t < maxUnderTitleLines; i = s.nextNonBlank(i) {
		if f := &s.feats[i]; s.free(i) && (f.Words >= 12 || f.SentenceEnd() && f.Words >= 8) {
			b = i
			break
		}
	}
	if b < 0 {
		return
	}
	// the lines under the title, and those right over the body when the
	// page's title was found above its menus
	var near []int
	// and the two right over the title: a page may set the author and
	// the date above the headline
	for i, n := s.prevNonBlank(t), 0; i >= 0 && n < maxOverTitle; i, n = s.prevNonBlank(i), n+1 {
		near = append(near, i)
	}
	for i, n := s.nextNonBlank(t), 0; i >= 0 && i < b && n < maxUnderTitle; i, n = s.nextNonBlank(i), n+1 {
		near = append(near, i)
	}
	for i, n := s.prevNonBlank(b), 0; i > t && n < maxOverBody; i, n = s.prevNonBlank(i), n+1 {
		if !slices.Contains(near, i) {
			near = append(near, i)
		}
	}
	slices.Sort(near)
	dated := false
	for _, i := range near {
		f := &s.feats[i]
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
