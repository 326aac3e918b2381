package extract

import (
	"strings"
	"testing"
	"unicode"
)

// The byte-level scriptCounts, isClean and hasSpaceTatweel are checked
// against plain rune-by-rune versions of the same definitions.

func scriptCountsRef(s string) (ar, lat, wordsAR, wordsEN int) {
	inAR, inEN := false, false
	for _, r := range s {
		switch {
		case isArabicLetter(r):
			ar++
			if !inAR {
				wordsAR++
			}
			inAR, inEN = true, false
		case inAR && isArabicMark(r):
		case isLatinLetter(r):
			lat++
			if !inEN {
				wordsEN++
			}
			inAR, inEN = false, true
		default:
			inAR, inEN = false, false
		}
	}
	return
}

func isCleanRef(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case r < 0x80:
			if r < ' ' || r == 0x7F {
				return false
			}
		case r == 0x0640 || isInvisible(r) || unicode.IsSpace(r):
			return false
		}
		prevSpace = false
	}
	return true
}

var scriptSamples = []string{
	"",
	"التحالف يستبعد تدخلا عسكريا وشيكا بليبيا",
	"Apple تطلق هاتفا جديدا في Cupertino",
	"الـــعربية مُشَكَّلة", // tatweel and harakat inside words
	"\u0600\u0605 رقم \u061c \u200f",
	"Café naïve ÉTÉ",         // Latin beyond ASCII
	"ﻻ ﷲ ﭐ",                  // presentation forms
	"كلمة ـ كلمة",            // a tatweel standing alone as a dash
	"a\xd8",                  // a cut rune at the end
	"\xd9\x80\xd8 x\xdb\xff", // broken sequences
	"  leading and  double  spaces ",
	"tab\there\u00a0nbsp",
	"١٢٣ 123 ۴۵۶",
	"ڤ ڨ ݐ ࢠ ک ی", // letters of the extended blocks
}

func TestScriptCountsMatchesReference(t *testing.T) {
	for _, s := range scriptSamples {
		a1, l1, wa1, we1 := scriptCounts(s)
		a2, l2, wa2, we2 := scriptCountsRef(s)
		if a1 != a2 || l1 != l2 || wa1 != wa2 || we1 != we2 {
			t.Errorf("scriptCounts(%q) = %d %d %d %d, want %d %d %d %d", s, a1, l1, wa1, we1, a2, l2, wa2, we2)
		}
		if got, want := isClean(s), isCleanRef(s); got != want {
			t.Errorf("isClean(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasSpaceTatweel(s), strings.Contains(s, " \u0640"); got != want {
			t.Errorf("hasSpaceTatweel(%q) = %v, want %v", s, got, want)
		}
	}
	// every rune of the Arabic blocks, alone and inside a word
	for r := rune(0x0590); r <= 0x0800; r++ {
		for _, s := range []string{string(r), "ب" + string(r) + "ت", "a" + string(r) + " b"} {
			if a1, l1, wa1, we1 := scriptCounts(s); true {
				a2, l2, wa2, we2 := scriptCountsRef(s)
				if a1 != a2 || l1 != l2 || wa1 != wa2 || we1 != we2 {
					t.Errorf("scriptCounts(%U in %q) differs from the reference", r, s)
				}
			}
			if isClean(s) != isCleanRef(s) {
				t.Errorf("isClean(%U in %q) differs from the reference", r, s)
			}
		}
	}
}

func FuzzScriptCounts(f *testing.F) {
	for _, s := range scriptSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a1, l1, wa1, we1 := scriptCounts(s)
		a2, l2, wa2, we2 := scriptCountsRef(s)
		if a1 != a2 || l1 != l2 || wa1 != wa2 || we1 != we2 {
			t.Fatalf("scriptCounts(%q) = %d %d %d %d, want %d %d %d %d", s, a1, l1, wa1, we1, a2, l2, wa2, we2)
		}
		if isClean(s) != isCleanRef(s) {
			t.Fatalf("isClean(%q) differs from the reference", s)
		}
		if hasSpaceTatweel(s) != strings.Contains(s, " \u0640") {
			t.Fatalf("hasSpaceTatweel(%q) differs", s)
		}
	})
}
