package fields

import (
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// BylineAuthor takes the author's name out of a byline
// (`إعداد: صالح آل زمانان, تصوير : صالح الدغاري` → `صالح آل زمانان`),
// "" when it names none. Photo credits alone give no author.
func BylineAuthor(c string) string {
	k := script.Fold(c, script.FullKey)
	for _, p := range lexicon.AuthorWords {
		i := strings.Index(k, p)
		if i < 0 {
			continue
		}
		// a folded key keeps byte offsets only for unchanged runes; work on words instead
		words := strings.Fields(c)
		for wi, w := range words {
			if strings.HasPrefix(script.Fold(w, script.WordKey), p) {
				rest := strings.Join(words[wi+1:], " ")
				rest = strings.TrimLeft(rest, " :-–")
				if j := strings.IndexAny(rest, ",،"); j >= 0 {
					rest = rest[:j]
				}
				if j := strings.Index(rest, " تصوير"); j >= 0 {
					rest = rest[:j]
				}
				if j := strings.Index(rest, " - "); j >= 0 {
					rest = rest[:j]
				}
				rest = cutRole(cutDate(strings.TrimSpace(strings.TrimRight(rest, " :-–"))))
				if rest != "" && strings.Count(rest, " ") <= 5 {
					return rest
				}
				return ""
			}
		}
	}
	return ""
}

// HeadName is the author a line of an article's head names when it is
// only a person's name, or a name beside a place (`حسام أبو العلا -
// القاهرة`); nil when it names no one.
func HeadName(c string) *string {
	if strings.Count(c, " ") > 5 {
		return nil
	}
	if b, ok := ParseBylineLine(c); ok && b.Reporter != "" && b.Place != "" && IsPersonName(b.Reporter) {
		return &b.Reporter
	}
	if n := Name(c); n != "" && n == strings.Trim(c, nameMarks) && IsPersonName(n) {
		return &n
	}
	return nil
}

// Name is a line that is a person's name, without the marks it opens or
// ends with (`يحيى الحلالي -`, `راشد السليطي:`, a lost glyph `?`), what
// follows a slash (`تود هالفورسون/ ترجمة`, `محمد الصباري/ عضوا`) and the
// date after it (`نضيرة نسيب الأحد 25 نوفمبر 2012`).
func Name(c string) string {
	c = strings.Trim(c, nameMarks)
	if i := strings.Index(c, "/"); i > 0 {
		c = c[:i]
	}
	return strings.Trim(cutDate(c), nameMarks)
}

// cutDate is a name without the date that follows it: from the first
// word, after the first, that holds a digit or is a weekday.
func cutDate(c string) string {
	words := strings.Fields(c)
	for i, w := range words {
		if i > 0 && (script.HasDigit(w) || weekdays[script.Fold(w, script.WordKey)]) {
			return strings.TrimRight(strings.Join(words[:i], " "), nameMarks)
		}
	}
	return c
}

// nameMarks are the marks a name's line may open or end with.
const nameMarks = " -–—:؛?*/،,"

// wroteWords open the byline a paragraph starts with, folded.
var wroteWords = []string{"كتب", "كتبت", "بقلم", "متابعه", "تقرير", "اعداد", "رصد"}

// PrefixByline finds the reporter a paragraph opens with, before a
// colon: `عمان - كاظم الطائي : …`, `الدوحة-جميل سرحان: …`, `كتب ـ يعقوب
// بن راشد الحامدي: …`, `رسالة لندن ـ من صالح البارحي:…`. It returns the
// reporter's name and the place, when one is named; ok is false when the
// paragraph opens with no byline. c is cleaned (a standalone tatweel made
// a dash, see script.DashTatweel).
func PrefixByline(c string) (reporter string, place *string, ok bool) {
	head := c
	if len(head) > 160 {
		head = head[:160]
	}
	p := strings.IndexByte(head, ':')
	if p <= 0 {
		return placeDashName(head)
	}
	pre := strings.TrimSpace(head[:p])
	if strings.ContainsAny(pre, ".،؟!?") || strings.Count(pre, " ") > 8 {
		return "", nil, false
	}
	parts := strings.FieldsFunc(pre, func(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '/' })
	if len(parts) != 2 {
		return "", nil, false
	}
	a, b := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	b = strings.TrimSpace(strings.TrimPrefix(b, "من "))
	ka := script.Fold(a, script.NameKey)
	switch {
	case script.IsOneOf(ka, wroteWords):
	case isPlace(strings.TrimPrefix(ka, "رساله ")):
		pl := strings.TrimSpace(a[strings.Index(a, " ")+1:])
		if !strings.HasPrefix(ka, "رساله ") {
			pl = a
		}
		place = &pl
	case isPlace(script.Fold(b, script.NameKey)):
		a, b = b, a
		place = &a
	default:
		return "", nil, false
	}
	if n := strings.Count(b, " ") + 1; b == "" || n > 5 || script.HasDigit(b) || isSourceName(b) {
		return "", nil, false
	}
	return b, place, true
}
