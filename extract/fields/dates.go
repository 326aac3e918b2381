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
	// a Gregorian date in an Arabic dateline: `الموافق 10 أغسطس 2015`
	reArabicDate = regexp.MustCompile(`(\d{1,2}) ([\p{Arabic} ]{3,14}?) (\d{4})`)
	// a date alone: 28/2/2023, 2023-02-28, 28-02-2023
	reNumDate = regexp.MustCompile(`^(\d{1,4})[/\-.](\d{1,2})[/\-.](\d{1,4})$`)
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

// ArabicDate finds a Gregorian date written with an Arabic month name.
func ArabicDate(c string) (string, bool) {
	for _, m := range reArabicDate.FindAllStringSubmatch(c, -1) {
		mo, ok := lexicon.Months[strings.TrimSpace(script.Fold(m[2], script.NameKey))]
		if !ok {
			continue
		}
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		if y < 1900 {
			continue // a Hijri year
		}
		if s, ok := isoDate(y, mo, d); ok {
			return s, true
		}
	}
	return "", false
}

// NumericDate parses a line that is only a date (`28/2/2023`).
func NumericDate(c string) (string, bool) {
	if len(c) > 10 || len(c) < 6 {
		return "", false
	}
	m := reNumDate.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if len(m[1]) == 4 {
		return isoDate(a, b, d)
	}
	if len(m[3]) == 4 {
		return isoDate(d, b, a)
	}
	return "", false
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
