package segment

import (
	"regexp"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// Timelines: a country's profile, a conflict's background, a life, set
// as rows that each open with a year, a dash and what happened that year
// (`1953 - البرلمان يقرر تأميم النفط`, `من 1980 الى 1988 - الحرب
// العراقية الإيرانية`, `332 قبل الميلاد - …`). A run of such rows is a
// list, however long each row is and whatever its first row's year looks
// like to the numbered-list rules; a row the run holds that opens with a
// period's name instead of a year (`القرن التاسع - …`) is one of them.

// RuleTimelineRow is the rule of the rows of a timeline.
const RuleTimelineRow = "timeline-row"

var ruleTimelineRow = &Rule{Name: RuleTimelineRow, Role: document.RoleListItem}

// minTimelineRows is the fewest rows opening with a year that make a
// timeline.
const minTimelineRows = 3

// timelineRows marks the runs of adjacent free lines that are a
// timeline's rows.
func timelineRows(s *state) {
	for i := 0; i < len(s.lines); i++ {
		if !s.timelineFree(i) || timelineHead(s.feats[i].Clean) == 0 {
			continue
		}
		j, years := i, 0
		for ; j < len(s.lines) && s.timelineFree(j) && !s.feats[j].Blank(); j++ {
			h := timelineHead(s.feats[j].Clean)
			if h == 0 {
				break
			}
			if h == headYear {
				years++
			}
		}
		if years >= minTimelineRows {
			for k := i; k < j; k++ {
				s.set(k, ruleTimelineRow)
			}
		}
		i = j
	}
}

// timelineFree reports a line a timeline may take: free, or taken for
// a numbered item by its year (`636 - …`).
func (s *state) timelineFree(i int) bool {
	return s.free(i) || s.lines[i].Rule == RuleListNumbered
}

// What a timeline row opens with.
const (
	headYear   = 1 // a year or a span of years: `1953`, `من 1804 الى 1814`, `332 قبل الميلاد`
	headPeriod = 2 // a period's name: `القرن التاسع`, `خمسينيات القرن العشرين`
)

// maxTimelineHead is the most words of what a row says before its dash.
const maxTimelineHead = 5

// timelineHead tells what a line opens with before a spaced dash (or one
// right after a year): a year, a period, or 0 when it is no timeline row.
func timelineHead(c string) int {
	// the dash stands within the row's first words: look no farther
	n, k := 0, 0
	for k < len(c) && n <= maxTimelineHead {
		if c[k] == ' ' {
			n++
		}
		k++
	}
	if !strings.ContainsAny(c[:k], "-–—") {
		return 0
	}
	head, text, ok := cutDash(c)
	if !ok || strings.TrimSpace(text) == "" || strings.Count(head, " ") >= maxTimelineHead {
		return 0
	}
	if hasYear(head) {
		return headYear
	}
	if strings.Contains(head, "القرن") {
		return headPeriod
	}
	return 0
}

// cutDash cuts c at its first spaced dash (-, – or —), or at the dash
// after a year it opens with (`1953- …`).
func cutDash(c string) (head, text string, ok bool) {
	at, n := -1, 0
	for _, d := range []string{" - ", " – ", " — "} {
		if k := strings.Index(c, d); k >= 0 && (at < 0 || k < at) {
			at, n = k, len(d)
		}
	}
	if at >= 0 {
		return c[:at], c[at+n:], true
	}
	if m := reYearDash.FindStringIndex(c); m != nil {
		return c[:m[1]-1], c[m[1]:], true
	}
	return "", "", false
}

// reYearDash is a year a row opens with, glued to its dash: `1953- `.
var reYearDash = regexp.MustCompile(`^[0-9٠-٩]{3,4}-`)

// hasYear reports a run of two to four digits in s, alone: a year.
func hasYear(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		n := 0
		for _, r := range w {
			if r >= '0' && r <= '9' || r >= '٠' && r <= '٩' {
				n++
			} else {
				n = -100
			}
		}
		if n >= 2 && n <= 4 {
			return true
		}
	}
	return false
}
