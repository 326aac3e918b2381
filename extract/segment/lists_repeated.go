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

// Footer menus: under the article, a page closes with a menu of short
// entries (`* من نحن`, `* اتصل بنا`, `* سياسة الخصوصية`) right over its
// rights or cookie notice. A run of minRun or more short bullets in the
// body, right over such a notice, is the page's chrome. It reads the
// result of the context rules.

var ruleFooterMenu = &Rule{Name: RuleFooterMenu, Role: document.RoleResidue, Residue: document.ResidueNavigation}

// RuleFooterMenu is the rule of the footer menus.
const RuleFooterMenu = "footer-menu"

// footerWords is the longest a footer menu's entry is.
const footerWords = 4

// closesPage reports a line that closes a page: a rights, cookie or
// contact notice.
func closesPage(l *document.Line) bool {
	switch l.Rule {
	case RuleRights, RuleCookie, RuleContact, RuleCommentPolicy:
		return true
	}
	return false
}

// footerMenus marks the short bullets right over a page's closing
// notice.
func footerMenus(s *state) {
	for _, run := range s.bulletRuns() {
		if len(run) < minRun || run[0] < s.firstBody {
			continue
		}
		short := true
		for _, k := range run {
			if f := &s.feats[k]; f.Words > footerWords || f.SentenceEnd() {
				short = false
			}
		}
		n := s.nextNonBlank(run[len(run)-1])
		if !short || n < 0 || !closesPage(&s.lines[n]) {
			continue
		}
		for _, k := range run {
			s.set(k, ruleFooterMenu)
		}
	}
}
