package fields

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Dates: the publication date a container gives, a date line of the page,
// and the date of an English wire caption, as ISO dates.

// ParseDate returns s as an ISO date (YYYY-MM-DD, in the time zone s gives)
// when it is a date or timestamp in a common layout of the Gregorian years
// 1900 to 2099; nil otherwise.
func ParseDate(s string) *string {
	s = script.TrimSpace(s)
	for _, l := range lexicon.DateLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if t.Year() < 1900 || t.Year() > 2099 {
			return nil
		}
		d := t.Format("2006-01-02")
		return &d
	}
	return nil
}

func isoDate(y, m, d int) (string, bool) {
	if y < 1000 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

var (
	// `in Rome, Italy, 02 February 2016` and `in Tunis,Tunisia June 18, 2015`
	reCaptionDMY = regexp.MustCompile(`\bin ([A-Z][\p{L}.'\- ]*(?:, ?[A-Z][\p{L}.'\- ]*)*),? (\d{1,2}) ([A-Z][a-z]+) (\d{4})`)
	reCaptionMDY = regexp.MustCompile(`\bin ([A-Z][\p{L}.'\- ]*(?:, ?[A-Z][\p{L}.'\- ]*)*),? ([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})`)
)

// CaptionDatePlace parses an English wire caption's place and date.
func CaptionDatePlace(en string) (place, date *string) {
	if m := reCaptionDMY.FindStringSubmatch(en); m != nil {
		if mo, ok := lexicon.Months[strings.ToLower(m[3])]; ok {
			d, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[4])
			if s, ok := isoDate(y, mo, d); ok {
				return strPtr(strings.TrimSpace(m[1])), strPtr(s)
			}
		}
	}
	if m := reCaptionMDY.FindStringSubmatch(en); m != nil {
		if mo, ok := lexicon.Months[strings.ToLower(m[2])]; ok {
			d, _ := strconv.Atoi(m[3])
			y, _ := strconv.Atoi(m[4])
			if s, ok := isoDate(y, mo, d); ok {
				return strPtr(strings.TrimSpace(m[1])), strPtr(s)
			}
		}
	}
	return nil, nil
}

// IsDateToken reports whether w is made of digits and date separators only
// (`3-1`, `2016/02/02`, `٣-١`).
func IsDateToken(w string) bool {
	digits := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9', r >= '٠' && r <= '٩':
			digits = true
		case r == '-' || r == '/' || r == '.':
		default:
			return false
		}
	}
	return digits
}

var (
	// a numeric date anywhere: 28/2/2023, 2023-02-28, 15.9.2012
	// `20 - 09 - 2012`: spaced dashes too
	reNumDateIn = regexp.MustCompile(`(?:^|[^\d])(\d{1,4})(?:[/\-.]| - )(\d{1,2})(?:[/\-.]| - )(\d{1,4})(?:$|[^\d])`)
	// a day, a month name of one or two words and a year, however they
	// are joined: `9 يونيو 2012`, `03-أغسطس-2012`, `08/ديسمبر/2009`; the
	// month may be named twice, in two calendars' names (`كانون الأول
	// (ديسمبر)`, `كانون الثاني/يناير`)
	reNamedDate = regexp.MustCompile(`(\d{1,2})[\s/\-–.،,]*([\p{L}]+(?: [\p{L}]+)?)()[\s/\-–.،,]*(\d{4})`)
	// the same, the month named twice: asked of lines holding `/` or `(`
	reNamedDate2 = regexp.MustCompile(`(\d{1,2})[\s/\-–.،,]*([\p{L}]+(?: [\p{L}]+)?)(?:\s*[/(]\s*([\p{L}]+(?: [\p{L}]+)?)\s*\)?)?[\s/\-–.،,]*(\d{4})`)
	// a numeric date whose year runs into more digits: the same date set
	// twice without a space (`12/11/202212/11/2022`, a page's visible date
	// and its machine-readable copy)
	reNumDateGlued = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})[/\-.](\d{1,2})[/\-.]((?:19|20)\d{2})\d`)
	// `08-Aug-21`: a day, an English month's abbreviation, a year of this
	// century in two digits
	reShortLatinDate = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})-([A-Za-z]{3})-(\d{2})(?:$|[^\d])`)
	// `June 18, 2015`
	reMDYDate = regexp.MustCompile(`([A-Za-z]+)\.? (\d{1,2}),? (\d{4})`)
	// `18 June 2015`, `Fri, 11 Aug 2017 15:21:18 GMT`
	reDMYDate = regexp.MustCompile(`(?:^|[^\d])(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})`)
	// a time of day: 09:15, 12:00:33, 08H45
	reTime = regexp.MustCompile(`\d{1,2}[:hH]\d{2}(?::\d{2})?`)
)

// latinDigits turns Arabic-Indic and Extended Arabic-Indic digits into
// ASCII ones.
var latinDigits = strings.NewReplacer(
	"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9",
	"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9")

// FindDate finds the first Gregorian date in a line, however it is
// written: numerically (`28/2/2023`, `2012-04-03`), with a month name of
// the Gulf and Egypt, the Levant or the Maghreb (`9 يونيو 2012`, `18 شباط
// 2012`, `3 أوت 2013`, `03-أغسطس-2012`), or in English. It returns the ISO
// date and the bytes of c the date took (all of c when c writes its digits
// in Arabic-Indic); ok is false when there is none. A Hijri date (`25 شوال
// 1436`) is not one.
func FindDate(c string) (iso string, start, end int, ok bool) {
	start = -1
	if !hasDigitRun(c, 4) {
		// every form holds a year of four digits but `08-Aug-21`
		if hasDashLetter(c) {
			if m := reShortLatinDate.FindStringSubmatchIndex(c); m != nil {
				if mo, found := lexicon.Months[strings.ToLower(c[m[4]:m[5]])]; found {
					d, _ := strconv.Atoi(c[m[2]:m[3]])
					y, _ := strconv.Atoi(c[m[6]:m[7]])
					if v, good := isoDate(2000+y, mo, d); good {
						iso, start, end, ok = v, m[2], m[7], true
					}
				}
			}
		}
		return
	}
	s := latinDigits.Replace(c)
	take := func(d string, st, en int) {
		if start < 0 || st < start {
			iso, start, end, ok = d, st, en, true
		}
	}
	named := reNamedDate
	if strings.ContainsAny(s, "/(") {
		named = reNamedDate2
	}
	for _, m := range named.FindAllStringSubmatchIndex(s, -1) {
		mo, found := lexicon.Months[strings.TrimSpace(script.Fold(s[m[4]:m[5]], script.NameKey))]
		if m[7] > m[6] {
			alt, found2 := lexicon.Months[strings.TrimSpace(script.Fold(s[m[6]:m[7]], script.NameKey))]
			if !found2 || found && alt != mo {
				continue // two names that are not one month's
			}
			mo, found = alt, true
		}
		if found {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			y, _ := strconv.Atoi(s[m[8]:m[9]])
			if v, good := isoDate(y, mo, d); good && y >= 1900 {
				take(v, m[0], m[1])
				break
			}
		}
	}
	for _, m := range reNumDateIn.FindAllStringSubmatchIndex(s, -1) {
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		b, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		var v string
		var good bool
		switch {
		case m[3]-m[2] == 4:
			v, good = isoDate(a, b, d)
		case m[7]-m[6] == 4:
			v, good = isoDate(d, b, a)
		}
		if good && v >= "1900" {
			take(v, m[2], m[7])
			break
		}
	}
	if !ok {
		if m := reNumDateGlued.FindStringSubmatchIndex(s); m != nil {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			mo, _ := strconv.Atoi(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			if v, good := isoDate(y, mo, d); good {
				take(v, m[2], m[7])
			}
		}
	}
	if m := reMDYDate.FindStringSubmatchIndex(s); m != nil {
		if v, good := latinDate(s, m[2:4], m[4:6], m[6:8]); good {
			take(v, m[0], m[1])
		}
	}
	if m := reDMYDate.FindStringSubmatchIndex(s); m != nil {
		if v, good := latinDate(s, m[4:6], m[2:4], m[6:8]); good {
			take(v, m[2], m[7])
		}
	}
	if ok && len(s) != len(c) {
		start, end = 0, len(c) // Arabic digits were replaced: no offsets into c
	}
	return iso, start, end, ok
}

// latinDate is the ISO date of an English month's name and a day and a
// year, at the byte spans mo, d and y of s (a match's submatch indices).
func latinDate(s string, mo, d, y []int) (string, bool) {
	m, found := lexicon.Months[strings.ToLower(s[mo[0]:mo[1]])]
	if !found {
		return "", false
	}
	day, _ := strconv.Atoi(s[d[0]:d[1]])
	year, _ := strconv.Atoi(s[y[0]:y[1]])
	if year < 1900 {
		return "", false
	}
	return isoDate(year, m, day)
}

// hasDigitRun reports whether s holds n decimal digits in a row (ASCII,
// Arabic-Indic or Extended Arabic-Indic), allocating nothing: a cheap
// test that spares the date patterns most lines.
func hasDigitRun(s string, n int) bool {
	run := 0
	for _, r := range s {
		if isDigitRune(r) {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// dateWords and weekdays are the lexicon's, for IsDateLine; zoneWord
// opens a time zone (`بتوقيت مكة`).
var (
	zoneWord  = script.Fold("بتوقيت", script.FullKey)
	dateWords = wordSet(lexicon.DateWords)
	weekdays  = wordSet(lexicon.Weekdays)
)

func wordSet(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range script.FoldAll(ws) {
		for _, p := range strings.Fields(w) {
			m[p] = true
		}
	}
	return m
}

// IsDateLine reports a line that is only a date: the date, and beside it
// at most a weekday, a time of day, a label (`تاريخ النشر :`), the time
// zone or a read counter (`عدد القراءات 533`). It returns the ISO date.
func IsDateLine(c string) (string, bool) {
	iso, left, ok := dateLineLeft(c)
	return iso, ok && left == 0
}

// IsNearlyDateLine reports a short line that is a date but for one word
// a page set beside it (`Le12.ma 22:34 - 28 ديسمبر 2023`, `13 أغسطس 2023
// , 02:00ص [x-black.png]`). It returns the ISO date.
func IsNearlyDateLine(c string) (string, bool) {
	if strings.Count(c, " ") > 8 {
		return "", false
	}
	iso, left, ok := dateLineLeft(c)
	return iso, ok && left <= 1
}

// dateLineLeft finds the date of c and counts the words beside it that
// are none of a date line's (IsDateLine).
func dateLineLeft(c string) (string, int, bool) {
	iso, start, end, ok := FindDate(c)
	if !ok {
		return "", 0, false
	}
	rest := reTime.ReplaceAllString(c[:start]+" "+c[end:], " ")
	left, zone := 0, false
	for _, w := range strings.Fields(script.Fold(rest, script.FullKey)) {
		w = strings.Trim(w, ":،,.-–—|/()[]")
		// the word after بتوقيت is the zone's city, whichever it is
		// (`بتوقيت القدس`, `بتوقيت أبوظبي`)
		wasZone := zone
		zone = w == zoneWord
		if w == "" || wasZone || dateWords[w] || weekdays[w] || IsDateToken(w) || isNumber(w) || isZoneOffset(w) {
			continue
		}
		left++
	}
	return iso, left, true
}

// isZoneOffset reports a time zone's offset from UTC, folded: `gmt+0400`,
// `utc+3`, `+03:00`.
func isZoneOffset(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "gmt"), "utc")
	if len(w) < 2 || w[0] != '+' && w[0] != '-' {
		return false
	}
	for _, r := range w[1:] {
		if (r < '0' || r > '9') && r != ':' {
			return false
		}
	}
	return true
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// hasDashLetter reports whether s holds a dash between a digit and a
// Latin letter (`08-Aug`): a cheap test before reShortLatinDate.
func hasDashLetter(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '-' && s[i-1] >= '0' && s[i-1] <= '9' && (s[i+1]|0x20) >= 'a' && (s[i+1]|0x20) <= 'z' {
			return true
		}
	}
	return false
}
