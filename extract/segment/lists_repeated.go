package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Repeated lists: a page sets its menus and share buttons more than once
// (in the header, the footer, a side bar): `* فيسبوك`, `* تويتر`,
// `* يوتيوب`. An article's list says each thing once. A run of bullets
// most of which recur in another run of the document is the page's
// chrome.

var ruleRepeatedList = &Rule{Name: RuleRepeatedList, Role: document.RoleResidue, Residue: document.ResidueNavigation}

// RuleRepeatedList is the rule of the repeated lists.
const RuleRepeatedList = "repeated-list"

// itemKey is what an item says, its mark skipped, folded.
func itemKey(f *Feature) string {
	c := f.Clean
	if _, rest, ok := strings.Cut(c, " "); ok && f.List != 0 {
		c = rest
	}
	return script.Fold(c, script.NameKey)
}

// bulletRuns returns the runs of bulleted items (numbered ones are
// notes and steps, which may repeat): adjacent, blank lines between them
// allowed.
func (s *state) bulletRuns() [][]int {
	var runs [][]int
	bullet := func(j int) bool { return j >= 0 && s.markedItem(j) && s.feats[j].List != '1' }
	for i := 0; i < len(s.lines); i++ {
		if !bullet(i) {
			continue
		}
		run := []int{}
		for j := i; bullet(j); j = s.nextNonBlank(j) {
			run = append(run, j)
		}
		runs = append(runs, run)
		i = run[len(run)-1]
	}
	return runs
}

// menuWords is the longest a menu's or a share bar's item is.
const menuWords = 8

// repeatedLists marks the runs of bullets most of which are short and
// recur in another run of the document.
func repeatedLists(s *state) {
	runs := s.bulletRuns()
	in := map[string]map[int]bool{} // item -> the runs holding it
	for r, run := range runs {
		for _, k := range run {
			key := itemKey(&s.feats[k])
			if in[key] == nil {
				in[key] = map[int]bool{}
			}
			in[key][r] = true
		}
	}
	for _, run := range runs {
		again := 0
		for _, k := range run {
			if s.feats[k].Words <= menuWords && len(in[itemKey(&s.feats[k])]) >= 2 {
				again++
			}
		}
		if 2*again > len(run) {
			for _, k := range run {
				s.set(k, ruleRepeatedList)
			}
		}
	}
}
