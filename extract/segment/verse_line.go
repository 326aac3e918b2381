package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// Verse lines: a poem's line set whole on one line writes its two halves
// apart with a run of marks between them (`أزمة الأمور طرا بيده ---
// والكل مستمدة من مدده`, `…مشتمل //// ما هكذا…`). Short and unpunctuated
// as it is, it is the text's, not a heading. Dots are no such marks: a
// headline pauses with them (`سبع سنوات من الصراع... والمحاولات`).

// RuleVerseLine is the rule of a line that is a verse's two halves.
const RuleVerseLine = "verse-line"

var ruleVerseLine = &Rule{Name: RuleVerseLine, Role: document.RoleParagraph,
	Match: contextMatch(func(s *state, f *Feature, i int) bool { return f.IsArabic() && f.Words <= 20 && hemistichs(f.Clean) })}

// hemistichMarks are the marks a run of which parts a verse's halves.
const hemistichMarks = "-/*ـ"

// hemistichs reports a line cut in two halves of two to nine words each,
// of about the same length, by a run of three marks or more standing
// alone or after the first half's last word.
func hemistichs(c string) bool {
	for i := 0; i < len(c); i++ {
		if !strings.ContainsRune(hemistichMarks, rune(c[i])) && !strings.HasPrefix(c[i:], "ـ") {
			continue
		}
		j := i
		marks := 0
		for j < len(c) {
			switch {
			case c[j] == '-' || c[j] == '/' || c[j] == '*':
				j++
				marks++
			case strings.HasPrefix(c[j:], "ـ"):
				j += len("ـ")
				marks++
			default:
				goto run
			}
		}
	run:
		if marks >= 3 {
			a, b := strings.TrimSpace(c[:i]), strings.TrimSpace(c[j:])
			na, nb := len(strings.Fields(a)), len(strings.Fields(b))
			if na >= 2 && nb >= 2 && na <= 9 && nb <= 9 && 2*min(len(a), len(b)) >= max(len(a), len(b)) && !strings.ContainsAny(b, hemistichMarks) {
				return true
			}
			return false
		}
		i = j
	}
	return false
}
