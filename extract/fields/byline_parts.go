package fields

import (
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
)

// BylineLine is what a short line that names a reporter holds, in the
// forms the byline prefixes do not cover: a name with a dash (`يحيى
// الحلالي -`), a place and a name (`صوفيا - محمد خلف:`, `الجزائر: حميد
// عبد القادر`), names and the outlet (`أسماء علي كريم وليلى مصطفى
// مواسي- المشهد`), any of them after the date (`الخميس 03 ماي
// 2012الجزائر: حميد عبد القادر`).
type BylineLine struct {
	// Reporter is the name or names, as written.
	Reporter string
	// Place is the place named, "" when none.
	Place string
	// Dated is set when a date opens the line.
	Dated bool
}

// ParseBylineLine reads a line of one of the BylineLine forms; ok is
// false for any other line. c is cleaned (script.Clean).
func ParseBylineLine(c string) (b BylineLine, ok bool) {
	if strings.Count(c, " ") > 12 || strings.ContainsAny(c, ".!؟?()«»\"") && !strings.Contains(c, "د.") {
		return b, false
	}
	rest := c
	if _, start, end, found := FindDate(c); found && end < len(c) && onlyDateWords(c[:start]) {
		rest, b.Dated = c[end:], true
	}
	rest = strings.Trim(rest, nameMarks)
	if rest == "" || script.HasDigit(rest) {
		return b, false
	}
	// `الجزائر: حميد عبد القادر`, `بغداد/ صلاح عبد المهدي`: what stands
	// before a colon or a slash, then the name; a known place or agency
	// before it vouches for a name whose given name the lexicon lacks
	// (`القاهرة: نسمة سمير`)
	if i := strings.IndexAny(rest, ":/"); i >= 0 {
		left, right := strings.TrimSpace(rest[:i]), strings.Trim(rest[i+1:], nameMarks)
		if strings.ContainsAny(right, ":/") || left == "" {
			return b, false
		}
		known := false
		for _, p := range DashSplit(left) {
			switch k := script.Fold(p, script.NameKey); {
			case isPlace(k):
				if b.Place == "" {
					b.Place = p
				}
				known = true
			case Agency(p) != "" || isPress(k):
				known = true
			case isSourceName(p):
			default:
				return b, false
			}
		}
		if !isNames(right) && !(known && looseName(right)) {
			return b, false
		}
		b.Reporter = right
		return b, true
	}
	parts := DashSplit(rest)
	if len(parts) > 3 {
		return b, false
	}
	for _, p := range parts {
		k := script.Fold(p, script.NameKey)
		switch {
		case isPlace(k):
			if b.Place != "" {
				return b, false
			}
			b.Place = p
		case Agency(p) != "" || isPress(k):
		case isNames(p):
			if b.Reporter != "" {
				return b, false
			}
			b.Reporter = p
		case isSourceName(p) || isOutlet(p):
		default:
			return b, false
		}
	}
	if b.Reporter == "" {
		return b, false
	}
	if len(parts) == 1 && rest == c {
		return b, false // a name alone, without a mark: the name rules' line
	}
	return b, true
}

// isNames reports a person's name, or two joined by و (`أسماء علي كريم
// وليلى مصطفى مواسي`).
func isNames(s string) bool {
	if IsPersonName(s) {
		return true
	}
	words := strings.Fields(s)
	for i := 2; i < len(words)-1; i++ {
		w := words[i]
		if strings.HasPrefix(w, "و") && givenNames[script.Fold(strings.TrimPrefix(w, "و"), script.WordKey)] {
			second := append([]string{strings.TrimPrefix(w, "و")}, words[i+1:]...)
			return IsPersonName(strings.Join(words[:i], " ")) && IsPersonName(strings.Join(second, " "))
		}
	}
	return false
}

// onlyDateWords reports whether s holds nothing but weekdays and date
// words (what may stand before a date: `الخميس`).
func onlyDateWords(s string) bool {
	for _, w := range strings.Fields(script.Fold(s, script.FullKey)) {
		w = strings.Trim(w, ":،,.-–—|/")
		if w != "" && !weekdays[w] && !dateWords[w] {
			return false
		}
	}
	return true
}

// looseName reports two to four Arabic words that may be a name whose
// given name no list holds: letters only, no function word, no role
// word (`الصحفي`), no place, month or weekday, and not opened by the
// article or an agency's word, as an outlet's name is.
func looseName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	// `المدى برس`, `وكالة الصحافة العربية`: an outlet, not a person
	if first := script.Fold(words[0], script.WordKey); strings.HasPrefix(first, "ال") && !givenNames[first] || outletWords[first] {
		return false
	}
	for _, w := range words {
		if strings.ContainsFunc(w, func(r rune) bool { return !script.IsArabicLetter(r) }) {
			return false
		}
		k := script.Fold(w, script.WordKey)
		if functionWords[k] || roleWords[k] || isPlace(script.Fold(w, script.NameKey)) || weekdays[k] || IsDateToken(w) {
			return false
		}
	}
	return true
}
