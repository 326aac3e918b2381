package segment

import (
	"slices"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Counted lists. A list that counts its items (`1 . الإمارات`, `2 .
// البحرين`, … `30 . نيجيريا`) is the article's: a menu or a share bar
// does not number its entries. Three or more adjacent numbered lines
// whose numbers go up one by one stay items, even where a page's chrome
// was seen around them.
//
// Items may count in words too: `أولا: …`, `ثانيا: …`, `ثالثا: …`
// opening lines of body text one after another (blank lines between
// them allowed) are the points of a list; a short one stays a section's
// heading (ordinal-heading).

var ruleOrdinalItem = &Rule{Name: RuleOrdinalItem, Role: document.RoleListItem}

// RuleOrdinalItem is the rule of the items counted in words.
const RuleOrdinalItem = "ordinal-item"

// countedLists gives back to a run of numbered lines counting one by one
// the items' role page chrome took.
func countedLists(s *state) {
	for i := 0; i < len(s.lines); i++ {
		n, ok := itemNumber(s.feats[i].Clean)
		if !ok || s.feats[i].List != '1' {
			continue
		}
		j := i + 1
		for j < len(s.lines) && s.feats[j].List == '1' {
			m, ok := itemNumber(s.feats[j].Clean)
			if !ok || m != n+j-i {
				break
			}
			j++
		}
		if j-i >= minRun {
			for k := i; k < j; k++ {
				if s.lines[k].Rule == RulePageChrome {
					s.set(k, ruleListNumbered)
				}
			}
		}
		i = j - 1
	}
}

// ordinalRank returns the place of the ordinal line f opens with (0 for
// `أولا`), -1 when it opens with none followed by a separator.
func ordinalRank(f *Feature) int {
	w, rest, _ := strings.Cut(f.Clean, " ")
	sep := strings.HasSuffix(w, ":") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–")
	if !sep || f.List != 0 {
		return -1
	}
	return slices.Index(ordinals, script.Fold(strings.TrimRight(w, ":-–."), script.WordKey))
}

// proseItemWords is the fewest words of a counted point, holding several
// sentences, that reads as a paragraph rather than an item.
const proseItemWords = 40

// ordinalItems decides the body-text lines counted in words.
func ordinalItems(s *state) {
	for i := range s.lines {
		if !s.free(i) || ordinalRank(&s.feats[i]) != 0 {
			continue
		}
		run := []int{i}
		for j := s.nextNonBlank(i); j >= 0 && s.free(j); j = s.nextNonBlank(j) {
			if ordinalRank(&s.feats[j]) != len(run) {
				break // the next line counts on, or the list ends
			}
			run = append(run, j)
		}
		if len(run) < 2 {
			continue
		}
		for _, k := range run {
			if f := &s.feats[k]; f.Bodyish() && !isOrdinalHeading(f) && !(f.Words >= proseItemWords && hasInnerSentence(f.Clean)) {
				s.set(k, ruleOrdinalItem) // a point made in sentences after sentences is a paragraph
			}
		}
	}
}
