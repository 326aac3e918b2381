package fields

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Hijri dates: the date of the Islamic calendar that Saudi and Gulf papers
// print beside the Gregorian one (`الأحد 25 شوال 1436 هـ - 9 أغسطس 2015`).
// It is recorded as written, in its own calendar, never converted.

// The years of the Hijri calendar a news date may fall in (1300 is 1882,
// 1500 is 2077): a four-digit number outside them is no Hijri year.
const (
	minHijriYear = 1300
	maxHijriYear = 1500
)

var (
	hijriEraWords  = wordSet(lexicon.HijriEraWords)
	hijriYearWords = wordSet(lexicon.HijriYearWords)
	hijriDateWords = wordSet(lexicon.HijriDateWords)
	// words that may stand between a day and its month name: `25 من شهر شوال`
	hijriOfWords = wordSet([]string{"من", "شهر"})
)

// hijriToken is a run of digits (num >= 0) or of letters (num < 0) of a
// line, and its bytes.
type hijriToken struct {
	start, end int
	num        int // the value of a run of digits; -1 for a word
	digits     int // how many digits
	key        string
}

// FindHijri finds the first Hijri date in a line: a day, a Hijri month
// name and a year (`25 شوال 1436`, `12 ربيع الأول سنة 1436 هـ`, `٢٥ شوال
// ١٤٣٦هـ`), or a date in numbers the era marks as Hijri (`1445/6/20هـ`,
// `20/6/1445 هجرية`). It returns the date in the Hijri calendar as
// YYYY-MM-DD (month 1 to 12, day 1 to 30, a year from 1300 to 1500) and the
// bytes of c the date took, the era word included; ok is false when there
// is none. A Gregorian date is no Hijri date, nor is a month name without
// a day and a year (`رمضان` the name, `رمضان 2022`).
func FindHijri(c string) (date string, start, end int, ok bool) {
	if !hasDigitRun(c, 4) {
		return "", 0, 0, false // every form holds a year of four digits
	}
	toks := hijriTokens(c)
	for i := range toks {
		if toks[i].num < 0 {
			continue
		}
		if d, e, found := hijriNamed(c, toks, i); found {
			return d, toks[i].start, e, true
		}
		if d, e, found := hijriNumeric(c, toks, i); found {
			return d, toks[i].start, e, true
		}
	}
	return "", 0, 0, false
}

// IsHijriDateLine reports a line that is only a Hijri date: the date, and
// beside it at most a Gregorian date, a weekday, a time of day, or the
// words of a date line (`الموافق`, `تاريخ النشر :`), as IsDateLine reads
// them (`٢٥ شوال ١٤٣٦هـ`, `الأحد 25 شوال 1436 هـ - 9 أغسطس 2015`). It
// returns the Hijri date.
func IsHijriDateLine(c string) (string, bool) {
	if len(c) > 200 {
		return "", false // a date line is short
	}
	date, start, end, ok := FindHijri(c)
	if !ok {
		return "", false
	}
	rest := latinDigits.Replace(c[:start] + " " + c[end:]) // FindDate's bytes are those of rest
	if _, s, e, found := FindDate(rest); found {
		rest = rest[:s] + " " + rest[e:]
	}
	rest = reTime.ReplaceAllString(rest, " ")
	for _, w := range strings.Fields(script.Fold(rest, script.FullKey)) {
		w = strings.Trim(w, ":،,.-–—|/()[]")
		if w == "" || dateWords[w] || weekdays[w] || hijriDateWords[w] || hijriEraWords[w] || IsDateToken(w) || isNumber(w) {
			continue
		}
		return "", false
	}
	return date, true
}

// hijriNamed reads `DAY MONTH [سنة] YEAR [هـ]` from toks[i] on.
func hijriNamed(c string, toks []hijriToken, i int) (string, int, bool) {
	day := toks[i]
	if day.digits > 2 || day.num < 1 || day.num > 30 {
		return "", 0, false
	}
	j := i + 1
	for j < len(toks) && toks[j].num < 0 && hijriOfWords[toks[j].key] && namedGap(c, toks[j-1], toks[j]) {
		j++
	}
	if j >= len(toks) || toks[j].num >= 0 || !namedGap(c, toks[j-1], toks[j]) {
		return "", 0, false
	}
	// the month is one word or two: try two first (ربيع الأول, not ربيع)
	for _, words := range []int{2, 1} {
		k := j + words
		if k > len(toks) || toks[k-1].num >= 0 {
			continue
		}
		key := toks[j].key
		if words == 2 {
			if !gapIs(c[toks[j].end:toks[j+1].start], " ") {
				continue
			}
			key += " " + toks[j+1].key
		}
		month, found := lexicon.HijriMonths[key]
		if !found {
			continue
		}
		if k < len(toks) && toks[k].num < 0 && hijriYearWords[toks[k].key] && namedGap(c, toks[k-1], toks[k]) {
			k++
		}
		if k >= len(toks) || !namedGap(c, toks[k-1], toks[k]) {
			return "", 0, false
		}
		year := toks[k]
		if year.num < 0 || year.digits != 4 || year.num < minHijriYear || year.num > maxHijriYear {
			return "", 0, false
		}
		return hijriDate(year.num, month, day.num), eraEnd(c, toks, k), true
	}
	return "", 0, false
}

// hijriNumeric reads `DAY/MONTH/YEAR هـ` or `YEAR/MONTH/DAY هـ` from toks[i]
// on: three numbers joined by one of / - . (and spaces), then an era word.
func hijriNumeric(c string, toks []hijriToken, i int) (string, int, bool) {
	if i+3 >= len(toks) {
		return "", 0, false
	}
	a, b, y := toks[i], toks[i+1], toks[i+2]
	g1, g2 := c[a.end:b.start], c[b.end:y.start]
	if b.num < 0 || y.num < 0 || !numericGap(g1) || !numericGap(g2) || strings.TrimSpace(g1) != strings.TrimSpace(g2) {
		return "", 0, false // one separator twice: 20/6/1445, not 20/6-1445
	}
	end := eraEnd(c, toks, i+2)
	if end == y.end { // no era word: a date in numbers is not known to be Hijri
		return "", 0, false
	}
	if i > 0 && toks[i-1].num >= 0 && numericGap(c[toks[i-1].end:a.start]) {
		return "", 0, false // a fourth number before: not a date
	}
	year, day := y, a
	if a.digits == 4 {
		year, day = a, y
	}
	if year.digits != 4 || day.digits > 2 || b.digits > 2 {
		return "", 0, false
	}
	if year.num < minHijriYear || year.num > maxHijriYear || b.num < 1 || b.num > 12 || day.num < 1 || day.num > 30 {
		return "", 0, false
	}
	return hijriDate(year.num, b.num, day.num), end, true
}

// eraEnd is the end of the year toks[k] with the era word that follows
// it, if any (`1436هـ`, `1436 هـ`, `1436 هجرية`); toks[k]'s end if none.
func eraEnd(c string, toks []hijriToken, k int) int {
	if k+1 < len(toks) && toks[k+1].num < 0 && hijriEraWords[toks[k+1].key] && gapIs(c[toks[k].end:toks[k+1].start], " ") {
		return toks[k+1].end
	}
	return toks[k].end
}

func hijriDate(y, m, d int) string {
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// namedGap reports whether what stands between the tokens a and b of a
// named date joins them: spaces and the separators of dates
// (`25-شوال-1436`, `25 شوال، 1436`), or nothing (`25شوال`).
func namedGap(c string, a, b hijriToken) bool {
	return gapIs(c[a.end:b.start], " /-–.،,")
}

// numericGap reports whether s joins two numbers of a date: one of / - .
// with spaces about it (`3 /3 /1426`).
func numericGap(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) == 1 && strings.ContainsAny(t, "/-.") && gapIs(s, " /-.")
}

// gapIs reports whether s is made of the runes of set and white space only.
func gapIs(s, set string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !strings.ContainsRune(set, r) && !script.IsInvisible(r) {
			return false
		}
	}
	return true
}

// hijriTokens cuts c into its runs of digits (Latin, Arabic-Indic or
// Persian) and of letters (with their marks and tatweel), folded.
func hijriTokens(c string) []hijriToken {
	var toks []hijriToken
	for i := 0; i < len(c); {
		r, w := utf8.DecodeRuneInString(c[i:])
		switch {
		case isDigitRune(r):
			t := hijriToken{start: i}
			for i < len(c) {
				r, w := utf8.DecodeRuneInString(c[i:])
				v, ok := script.DigitValue(r)
				if !ok {
					break
				}
				if t.digits < 9 {
					t.num = t.num*10 + v
				}
				t.digits++
				i += w
			}
			t.end = i
			toks = append(toks, t)
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			t := hijriToken{start: i, num: -1}
			for i < len(c) {
				r, w := utf8.DecodeRuneInString(c[i:])
				if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
					break
				}
				i += w
			}
			t.end = i
			t.key = script.Fold(c[t.start:t.end], script.WordKey)
			toks = append(toks, t)
		default:
			i += w
		}
	}
	return toks
}

func isDigitRune(r rune) bool {
	_, ok := script.DigitValue(r)
	return ok
}
