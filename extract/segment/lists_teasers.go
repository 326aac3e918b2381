package segment

import "github.com/sahifa/sahifa/extract/document"

// Dated teasers: after an article, a page lists other stories, each a
// title (a bullet, a line or two, a teaser's first words) and the date it
// was posted on a line of its own. Two or more date lines after the body
// began, each a few short lines from the next, are such a list, not the
// article's dates or items: they and the lines between them are related
// links. So is a date alone between two lines of residue after the
// article's last paragraph (before it, among a page's chrome, the date
// is the article's).

var ruleDatedTeasers = &Rule{Name: RuleDatedTeasers, Role: document.RoleResidue, Residue: document.ResidueRelated}

// RuleDatedTeasers is the rule of the dated teasers.
const RuleDatedTeasers = "dated-teasers"

// Dated-teaser thresholds: at most teaserLines lines of at most
// teaserWords words each between two dates.
const (
	teaserLines = 3
	teaserWords = 24
)

// teaserLine reports whether line i may be a teaser's line: short, not
// the title.
func (s *state) teaserLine(i int) bool {
	return s.lines[i].Role != document.RoleTitle && s.feats[i].Words <= teaserWords
}

// datedTeasers marks the dated teasers.
func datedTeasers(s *state) {
	var text []int // the lines holding text, after the body began
	for i := s.firstBody + 1; i < len(s.lines); i++ {
		if holdsText(&s.lines[i]) {
			text = append(text, i)
		}
	}
	date := func(k int) bool {
		f := &s.feats[text[k]]
		return isDateOnly(f)
	}
	lastPara := -1
	for i := range s.lines {
		if s.lines[i].Role == document.RoleParagraph {
			lastPara = i
		}
	}
	residue := func(k int) bool { return k >= 0 && k < len(text) && s.lines[text[k]].Role == document.RoleResidue }
	for k := 0; k < len(text); k++ {
		if !date(k) {
			continue
		}
		// the dates that follow this one, a few short lines apart
		group, last := []int{k}, k
		for m := k + 1; m < len(text) && m-last <= teaserLines+1; m++ {
			if !s.teaserLine(text[m]) {
				break
			}
			if date(m) {
				if m-last < 2 {
					break // two dates in a row: a dateline and its time
				}
				group = append(group, m)
				last = m
			}
		}
		if len(group) < 2 {
			if text[k] > lastPara && residue(k-1) && residue(k+1) {
				s.set(text[k], ruleDatedTeasers)
			}
			continue
		}
		// the first teaser's lines, before its date
		from := k
		for from > 0 && k-from < teaserLines && !residue(from-1) && s.teaserLine(text[from-1]) && !s.feats[text[from-1]].Bodyish() &&
			s.lines[text[from-1]].Role != document.RoleHeading {
			from--
		}
		for m := from; m <= last; m++ {
			if !residue(m) { // residue decided otherwise keeps its rule
				s.set(text[m], ruleDatedTeasers)
			}
		}
		k = last
	}
}
