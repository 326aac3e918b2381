package fields

import (
	"regexp"
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Reporters: the person a dateline, a title or a bare byline names, told
// from the outlet or the place beside them by the shape of a name.

var (
	nameParticles  = foldedSet(lexicon.NameParticles)
	nameTitles     = foldedSet(lexicon.Titles)
	academicTitles = foldedSet(lexicon.AcademicTitles)
	functionWords  = foldedSet(lexicon.FunctionWords)
	roleWords      = foldedSet(lexicon.RoleWords)
)

// IsPersonName reports whether s reads as a person's name: two to five
// words after a title (`د.`, `الشيخ`), no digit, no sentence mark, no
// function word, the first a given name (lexicon.GivenNames) or one of
// them a name's particle (`بن`, `ولد`, `أبو`), or an academic title
// before it (`د. كلثومة دخوش`). `عبد` is a given name's
// first half, so `عبد الله مياره` is a name.
func IsPersonName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || script.HasDigit(s) || strings.ContainsAny(s, "،,!؟?()«»\":;/") {
		return false
	}
	s, academic := CutTitles(s)
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	particle := false
	for _, w := range words {
		if strings.Contains(w, ".") || strings.Trim(w, "-–—_") == "" {
			return false // `مختار اليافعي - الرياض`: a name and a place
		}
		k := script.Fold(w, script.WordKey)
		if functionWords[k] && !givenNames[k] || roleWords[k] { // `علي` is both
			return false
		}
		if nameParticles[k] {
			particle = true
		}
	}
	return particle || academic && len(words) <= 4 || givenNames[script.Fold(words[0], script.WordKey)]
}

// DatelineReporter is the reporter a dateline's parts name beside the
// place or the outlet (`بغداد- حسين ثغب التميمي`, `عدن - ياسمين التهامي`):
// the one part that is neither a place nor an agency nor a press name and
// reads as a person's name; "" when there is none.
func DatelineReporter(parts []string) string {
	found := ""
	for _, p := range parts {
		if i := strings.LastIndexAny(p, ":"); i >= 0 {
			p = strings.TrimSpace(p[i+1:])
		}
		k := script.Fold(p, script.NameKey)
		if Agency(p) != "" || isPlace(k) || isPress(k) {
			continue
		}
		if !IsPersonName(p) {
			continue
		}
		if found != "" {
			return "" // two names: not a dateline's reporter
		}
		found = p
	}
	return found
}

// TitleAuthor is the author a title ends with after a slash or a dash
// and `بقلم` (`معاناة الكتب من خصومها / الحسن ولد الشيخ`, `… - بقلم
// د.سناء كامل شعلان`); "" when the title names none.
func TitleAuthor(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.LastIndex(t, "بقلم"); i > 0 {
		pre := strings.TrimRight(t[:i], " ")
		if strings.HasSuffix(pre, "-") || strings.HasSuffix(pre, "–") || strings.HasSuffix(pre, "/") || strings.HasSuffix(pre, "|") {
			if n := strings.Trim(t[i+len("بقلم"):], nameMarks); IsPersonName(n) {
				return n
			}
		}
	}
	i := strings.LastIndex(t, "/")
	if i <= 0 {
		return ""
	}
	n := strings.Trim(t[i+1:], nameMarks)
	if strings.TrimSpace(t[:i]) == "" || !IsPersonName(n) {
		return ""
	}
	return n
}

// cutRole is a name without the role that follows a slash or a dash
// (`تود هالفورسون/ ترجمة` → `تود هالفورسون`): what comes after is cut
// when it opens with a role word (lexicon.RoleWords).
func cutRole(c string) string {
	for _, sep := range []string{"/", " - ", " – "} {
		i := strings.Index(c, sep)
		if i <= 0 {
			continue
		}
		rest := strings.Fields(strings.Trim(c[i+len(sep):], nameMarks))
		if len(rest) == 0 || roleWords[script.Fold(rest[0], script.WordKey)] {
			return strings.Trim(c[:i], nameMarks)
		}
	}
	return c
}

// isOutlet reports whether the part of a dateline after the place names
// an outlet rather than a person (`دنيا الوطن`, `الصحوة نت`): two or three
// Arabic words, no digit or mark, not a person's name (IsPersonName).
func isOutlet(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 3 || script.HasDigit(s) || strings.ContainsAny(s, ".،,!؟?()«»\":;/") || IsPersonName(s) {
		return false
	}
	for _, w := range ws {
		if !strings.ContainsFunc(w, script.IsArabicLetter) || functionWords[script.Fold(w, script.WordKey)] {
			return false
		}
	}
	return true
}

// rePlaceDashName is a paragraph's opening `place - name - `: one or two
// words, a dash, two to four words, a dash.
var rePlaceDashName = regexp.MustCompile(`^(\S+(?: \S+)?) *[-–—] *(\S+(?: \S+){1,3}?) *[-–—] `)

// placeDashName finds the reporter of a paragraph opening `عمان - منير
// طلال - اختتم …`: a known place, a person's name, between dashes.
func placeDashName(head string) (reporter string, place *string, ok bool) {
	m := rePlaceDashName.FindStringSubmatch(head)
	if m == nil || !isPlace(script.Fold(m[1], script.NameKey)) || !IsPersonName(m[2]) {
		return "", nil, false
	}
	return m[2], strPtr(m[1]), true
}

// IsOutletName reports whether s, a few words, names a paper, an agency
// or a site rather than a person (`الشرق القطرية`, `واس`): a known one,
// or one whose first word has the article (`ال…`), not a person's name.
func IsOutletName(s string) bool {
	s = strings.TrimSpace(s)
	if Agency(s) != "" || isPress(script.Fold(s, script.NameKey)) {
		return true
	}
	return !IsPersonName(s) && isSourceName(s)
}

// SourceReporter is the reporter a source line names after the outlet
// (`المصدر: النهار - بسكال لوقا` gives `بسكال لوقا`): the line's label
// (lexicon.AttributionLabels), then an outlet and a person's name between
// dashes; "" for any other line.
func SourceReporter(c string) string {
	a := AttributionBody(c)
	if a.Label == "" || a.Label == "*" {
		return ""
	}
	parts := DashSplit(a.Text)
	if len(parts) != 2 || !IsOutletName(parts[0]) && !isOutlet(parts[0]) {
		return ""
	}
	if IsPersonName(parts[1]) {
		return parts[1]
	}
	return ""
}
