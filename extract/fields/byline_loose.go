package fields

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/sahifa/sahifa/extract/lexicon"
)

// LooseByline is the author a page's byline line names when the page
// writes it with the date and the marks around it: `2 ديسمبر 2025 بقلم
// سارة عبد الله`, `محمد شركي2020-03-26`, `إبراهيم الديب 08-Aug-21 11:20
// PM`, `د. بدران بن الحسن */`; "" when the line names no one. c is
// cleaned (script.Clean).
func LooseByline(c string) string {
	if strings.Count(c, " ") > 10 {
		return ""
	}
	if _, start, end, ok := FindDate(c); ok && start == 0 && end < len(c) {
		c = c[end:] // `2 ديسمبر 2025 بقلم …`
	}
	c = strings.Trim(c, nameMarks)
	if au := BylineAuthor(c); au != "" {
		if IsPersonName(au) {
			return au
		}
		return ""
	}
	// the name, then the date or the time, glued or not, and nothing else
	if i := strings.IndexFunc(c, isDigitRune); i > 0 {
		if !onlyDate(c[i:]) {
			return ""
		}
		c = c[:i]
	}
	c = strings.Trim(c, nameMarks+")(")
	if !IsPersonName(c) {
		return ""
	}
	return c
}

// reLatinDate is a date written `08-Aug-21`.
var reLatinDate = regexp.MustCompile(`^\d{1,2}-[A-Za-z]{3}-\d{2,4}$`)

// onlyDate reports whether s holds a date and a time and nothing else
// (`2020-03-26`, `08-Aug-21 11:20 PM`, not `26/03/2020/0/ 1.5k`).
func onlyDate(s string) bool {
	if _, ok := IsDateLine(s); ok {
		return true
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "|،,")
		switch {
		case isTimeMark(w), reLatinDate.MatchString(w), reTime.MatchString(w) && !strings.ContainsFunc(w, unicode.IsLetter):
		default:
			return false
		}
	}
	return true
}

// PublishedByline reads an aggregator's byline line, the author's name,
// `نشر في`, the outlet and the date (`محمد السرارنشر في ميثاق الرابطة يوم
// 20 - 09 - 2012`, the name glued to it): it returns the name, "" when c
// is no such line. c is cleaned (script.Clean).
func PublishedByline(c string) string {
	if strings.Count(c, " ") > 14 {
		return ""
	}
	for _, p := range lexicon.PublishedIn {
		i := strings.Index(c, p)
		if i <= 0 {
			continue
		}
		if _, _, _, ok := FindDate(c[i:]); !ok {
			return ""
		}
		if n := strings.Trim(c[:i], nameMarks); IsPersonName(n) {
			return n
		}
		return ""
	}
	return ""
}
