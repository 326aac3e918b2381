package script

import (
	"strings"
	"testing"
	"unicode"
)

// The byte-level Count, IsClean and hasSpaceTatweel are checked
// against plain rune-by-rune versions of the same definitions.

func scriptCountsRef(s string) (ar, lat, wordsAR, wordsEN int) {
	inAR, inEN := false, false
	for _, r := range s {
		switch {
		case IsArabicLetter(r):
			ar++
			if !inAR {
				wordsAR++
			}
			inAR, inEN = true, false
		case inAR && IsArabicMark(r):
		case IsLatinLetter(r):
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
		case r == 0x0640 || IsInvisible(r) || unicode.IsSpace(r):
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
		a1, l1, wa1, we1 := Count(s)
		a2, l2, wa2, we2 := scriptCountsRef(s)
		if a1 != a2 || l1 != l2 || wa1 != wa2 || we1 != we2 {
			t.Errorf("Count(%q) = %d %d %d %d, want %d %d %d %d", s, a1, l1, wa1, we1, a2, l2, wa2, we2)
		}
		if got, want := IsClean(s), isCleanRef(s); got != want {
			t.Errorf("IsClean(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasSpaceTatweel(s), strings.Contains(s, " \u0640"); got != want {
			t.Errorf("hasSpaceTatweel(%q) = %v, want %v", s, got, want)
		}
	}
	// every rune of the Arabic blocks, alone and inside a word
	for r := rune(0x0590); r <= 0x0800; r++ {
		for _, s := range []string{string(r), "ب" + string(r) + "ت", "a" + string(r) + " b"} {
			if a1, l1, wa1, we1 := Count(s); true {
				a2, l2, wa2, we2 := scriptCountsRef(s)
				if a1 != a2 || l1 != l2 || wa1 != wa2 || we1 != we2 {
					t.Errorf("Count(%U in %q) differs from the reference", r, s)
				}
			}
			if IsClean(s) != isCleanRef(s) {
				t.Errorf("IsClean(%U in %q) differs from the reference", r, s)
			}
		}
	}
}

func FuzzScriptCounts(f *testing.F) {
	for _, s := range scriptSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a1, l1, wa1, we1 := Count(s)
		a2, l2, wa2, we2 := scriptCountsRef(s)
		if a1 != a2 || l1 != l2 || wa1 != wa2 || we1 != we2 {
			t.Fatalf("Count(%q) = %d %d %d %d, want %d %d %d %d", s, a1, l1, wa1, we1, a2, l2, wa2, we2)
		}
		if IsClean(s) != isCleanRef(s) {
			t.Fatalf("IsClean(%q) differs from the reference", s)
		}
		if hasSpaceTatweel(s) != hasSpaceTatweelRef(s) {
			t.Fatalf("hasSpaceTatweel(%q) differs", s)
		}
	})
}

// hasSpaceTatweelRef is hasSpaceTatweel rune by rune: a tatweel after a
// space or an ASCII digit.
func hasSpaceTatweelRef(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if r == '\u0640' && (prev == ' ' || prev >= '0' && prev <= '9') {
			return true
		}
		prev = r
	}
	return false
}

func TestHasSpaceTatweel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"عكاظ اليوم ـ جدة", true},
		{"1ـ المستشرق", true},
		{"0ـ", true}, // testdata/fuzz/FuzzScriptCounts/ab2bff6fb6d685fb
		{"٣ـ", false},
		{"كـتـب", false},
		{"ـ", false},
		{"\ufffdـ", false},
	} {
		if got := hasSpaceTatweel(tc.in); got != tc.want || hasSpaceTatweelRef(tc.in) != tc.want {
			t.Errorf("hasSpaceTatweel(%q) = %v, reference %v; want %v", tc.in, got, hasSpaceTatweelRef(tc.in), tc.want)
		}
	}
}

// foldRef and cleanForClassRef are the rune-by-rune definitions the
// byte-level Fold and Clean are checked against.
func foldRef(s string, max int) string {
	var b strings.Builder
	for _, r := range s {
		if b.Len() >= max {
			break
		}
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى' || r == 'ی' || r == 'ي':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ک':
			r = 'ك'
		case r == 0x0640 || r >= 0x0300 && unicode.Is(unicode.Mn, r):
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func cleanForClassRef(s string) string {
	if isCleanRef(s) {
		return s
	}
	var b strings.Builder
	space := true
	for _, r := range s {
		switch {
		case r < 0x80 && r != ' ' && (r < '\t' || r > '\r'):
			b.WriteByte(byte(r))
			space = false
		case r == 0x0640 || IsInvisible(r):
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return strings.TrimRight(b.String(), " ")
}

func checkFoldClean(t *testing.T, s string) {
	t.Helper()
	for _, max := range []int{0, 1, 5, 64, 96, 400} {
		if got, want := Fold(s, max), foldRef(s, max); got != want {
			t.Errorf("Fold(%q, %d) = %q, want %q", s, max, got, want)
		}
	}
	all := strings.Fields(s)
	for n := 0; n <= 10; n++ {
		got := FirstFields(s, make([]string, 0, n))
		if want := all[:min(n, len(all))]; strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Errorf("FirstFields(%q, %d) = %q, want %q", s, n, got, want)
		}
	}
	clean, ar, lat, wa, we := CleanCount(s)
	if clean != isCleanRef(s) {
		t.Errorf("CleanCount(%q) clean = %v", s, clean)
	} else if clean {
		if a2, l2, wa2, we2 := scriptCountsRef(s); ar != a2 || lat != l2 || wa != wa2 || we != we2 {
			t.Errorf("CleanCount(%q) = %d %d %d %d, want %d %d %d %d", s, ar, lat, wa, we, a2, l2, wa2, we2)
		}
	}
	if got, want := Clean(s), cleanForClassRef(s); got != want {
		t.Errorf("Clean(%q) = %q, want %q", s, got, want)
	}
	for _, sub := range []string{"للتواصل مع الكاتب", "رأي", "ab", "بب"} {
		for k := 0; k < len(sub); k++ {
			if got, want := ContainsAt(s, sub, k), strings.Contains(s, sub); got != want {
				t.Errorf("ContainsAt(%q, %q, %d) = %v, want %v", s, sub, k, got, want)
			}
		}
	}
}

func TestFoldCleanMatchReference(t *testing.T) {
	extra := []string{"أإآٱ ىیي ة ک ـ", "ABC xyz Ĳ", "\xd8\xd9\x80 \u0300a\u064b", "رأي الكاتب للتواصل مع الكاتب", "abab", "ببب"}
	for _, s := range append(append([]string{}, scriptSamples...), extra...) {
		checkFoldClean(t, s)
	}
	for r := rune(0x0250); r <= 0x0900; r++ {
		checkFoldClean(t, "ب"+string(r)+"ت "+string(r))
	}
	for _, r := range []rune{0x00A0, 0x0085, 0x2000, 0x200B, 0x200F, 0x2028, 0x3000, 0xFEFF, 0xFB50, 0xFE70, 0xFFFD} {
		checkFoldClean(t, " x"+string(r)+"  y "+string(r))
	}
}

func FuzzFoldClean(f *testing.F) {
	for _, s := range scriptSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFoldClean(t, s) })
}
