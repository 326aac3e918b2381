package normalize

import "strconv"

// StatsLines are the counts of changes (as Changes and AddChanges give
// them) as lines of text: "rule: n" for each rule that changed something,
// in the order of Rules, or the one line "no changes".
func StatsLines(changes map[string]int) []string {
	var lines []string
	for _, r := range Rules() {
		if k := changes[r]; k > 0 {
			lines = append(lines, r+": "+strconv.Itoa(k))
		}
	}
	if len(lines) == 0 {
		return []string{"no changes"}
	}
	return lines
}
