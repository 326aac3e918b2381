package fields

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/internal/script"
)

// DatedDateline reads a dateline line that carries the date among its
// parts: `العواصم: الوكالات 2012-07-08 12:06 AM`, `رام الله 21-5-2012
// وفا- محمد عواد`. It returns the ISO date and the line without the date
// and the time in its parts (`العواصم`, `الوكالات`; `رام الله`, `وفا`,
// `محمد عواد`), which read as a dateline's (DatelineParts): a known
// place, a colon and an agency, or dashed parts one of which is known;
// ok is false for any other line. c is cleaned (script.Clean).
func DatedDateline(c string) (iso string, parts []string, ok bool) {
	if strings.Count(c, " ") > 14 || !hasDigitRun(c, 4) || !hasWordMark(c) {
		return "", nil, false
	}
	iso, start, end, found := FindDate(c)
	if !found || start == 0 && end == len(c) {
		return "", nil, false
	}
	left, right := dropTimes(c[:start]), dropTimes(c[end:])
	rest := strings.TrimSpace(left + " " + right)
	words := strings.Count(rest, " ") + 1
	if rest == "" || script.HasDigit(rest) || words > 8 || strings.ContainsAny(rest, ".!؟?") {
		return "", nil, false
	}
	if place, agency, ok := colonDateline(rest); ok {
		return iso, []string{place, agency}, true
	}
	// the date between the parts: `رام الله 21-5-2012 وفا- محمد عواد`
	for _, side := range []string{left, right} {
		for _, p := range DashSplit(side) {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
	}
	if len(parts) < 2 || len(parts) > 4 {
		return "", nil, false
	}
	known := false
	for _, p := range parts {
		if strings.Count(p, " ") > 3 {
			return "", nil, false
		}
		k := script.Fold(p, script.NameKey)
		known = known || isPress(k) || isPlace(k) || Agency(p) != ""
	}
	if !known {
		return "", nil, false
	}
	return iso, parts, true
}

// dropTimes is s without its times of day and their marks, trimmed.
func dropTimes(s string) string {
	s = reTime.ReplaceAllString(s, " ")
	var kept []string
	for _, w := range strings.Fields(s) {
		if !isTimeMark(strings.Trim(w, "|،,")) {
			kept = append(kept, w)
		}
	}
	return strings.Trim(strings.Join(kept, " "), " |،,-–—")
}

// colonDateline reads `place: agency`, the place known, the agency a
// known one or the agencies in general (`العواصم: الوكالات`).
func colonDateline(s string) (place, agency string, ok bool) {
	left, right, ok := strings.Cut(s, ":")
	if !ok {
		return "", "", false
	}
	left, right = strings.TrimSpace(left), strings.TrimSpace(right)
	if !isPlace(script.Fold(left, script.NameKey)) {
		return "", "", false
	}
	ok = Agency(right) != "" || isPress(script.Fold(right, script.NameKey)) || outletWords[script.Fold(script.FirstWord(right), script.WordKey)]
	return left, right, ok
}

// hasWordMark reports a colon or a dash that stands beside a letter, not
// between digits (`العواصم:`, `وفا-`; not `2012-07-08 12:06`): a cheap
// test that spares the date patterns most dated lines.
func hasWordMark(c string) bool {
	for i, r := range c {
		if r != ':' && r != '-' && r != '–' && r != '—' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(c[:i], " "))
		after, _ := utf8.DecodeRuneInString(strings.TrimLeft(c[i+utf8.RuneLen(r):], " "))
		if unicode.IsLetter(before) || unicode.IsLetter(after) {
			return true
		}
	}
	return false
}

// isTimeMark reports what a time of day leaves beside its digits: `AM`,
// `pm`, `ص`, `م`, or nothing.
func isTimeMark(w string) bool {
	switch strings.ToLower(w) {
	case "", "am", "pm", "ص", "م":
		return true
	}
	return false
}
