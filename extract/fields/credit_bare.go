package fields

import "strings"

// BareCredit splits a caption whose credit follows its last sentence
// without parentheses: `… في العاصمة. أ ف ب`, `… on Monday. AFP`,
// `… الأمنية - رويترز`. The credit must name a known wire agency
// (Agency): a sentence's last words are not a credit by their place
// alone. ok is false when c ends with no such credit.
func BareCredit(c string) (text, credit string, ok bool) {
	c = strings.TrimSpace(c)
	best := -1
	for _, sep := range []string{". ", "، ", " - ", " – ", " — ", "/ "} {
		if i := strings.LastIndex(c, sep); i > best {
			best = i
			credit = strings.TrimSpace(c[i+len(sep):])
			text = strings.TrimSpace(c[:i+len(strings.TrimRight(sep, " "))])
		}
	}
	if best <= 0 {
		return "", "", false
	}
	credit = strings.Trim(credit, " .-–—")
	if credit == "" || strings.Count(credit, " ") > 3 || strings.ContainsAny(credit, "()") || Agency(credit) == "" {
		return "", "", false
	}
	return strings.TrimRight(text, " -–—/"), credit, true
}
