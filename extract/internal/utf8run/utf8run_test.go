package utf8run

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// allowed reports whether the character at s[i:] may be in a run, and its
// size; size 0 when it may not.
func allowed(s string, i int, json bool) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && size == 1, size > 2:
		return 0
	case json && (r < 0x20 || r == '"' || r == '\\' || 0x80 <= r && r <= 0xFF):
		return 0
	}
	return size
}

// check tests the contract of a run from i: it ends at a character
// boundary, everything in it is allowed, and it stops at most eight bytes
// (nine when it backs off a cut lead byte) before the first character that
// is not.
func check(t *testing.T, s string, i int, json bool) {
	t.Helper()
	var end int
	if json {
		end = JSON(s, i)
	} else {
		end = Valid([]byte(s), i)
	}
	j := i
	for j < end {
		size := allowed(s, j, json)
		if size == 0 {
			t.Fatalf("run(%+q, %d, json=%v) = %d: takes the character at %d", s, i, json, end, j)
		}
		j += size
	}
	if j != end {
		t.Fatalf("run(%+q, %d, json=%v) = %d: not a character boundary", s, i, json, end)
	}
	m := end
	for m < len(s) {
		size := allowed(s, m, json)
		if size == 0 {
			break
		}
		m += size
	}
	if m-end > 9 {
		t.Fatalf("run(%+q, %d, json=%v) = %d, but the run goes on to %d", s, i, json, end, m)
	}
}

func TestRun(t *testing.T) {
	bits := []string{
		"", "a", "\n", "\"", "\\", "\x7f", "ب", "\xc2\x80", "\xc2\x9f", "\xc2\xa0", "\xc2\xab", "\u009b", "\xdf\xbf", "\xc0\x80", "\xc1\xbf",
		"\xd8", "\x80", "“", "\xe2\x80\xa8", "😀", "\xff", " ", "سلام",
	}
	long := "سلام عليكم ورحمة الله and some text "
	for _, b := range bits {
		for k := range 17 {
			for _, s := range []string{
				strings.Repeat("ب", k/2) + strings.Repeat("a", k%2) + b + long,
				long[:k] + b,
				long + long[:k] + b + long,
			} {
				for i := 0; i < len(s); i++ {
					if utf8.RuneStart(s[i]) {
						check(t, s, i, false)
						check(t, s, i, true)
					}
				}
			}
		}
	}
	if got := Valid([]byte(long+long), 0); got < len(long+long)-9 {
		t.Errorf("Valid stops at %d of %d bytes of clean Arabic", got, len(long+long))
	}
}

func FuzzRun(f *testing.F) {
	f.Add("سلام عليكم ورحمة الله \"quoted\" \xd8", 3)
	f.Add("abcdefgh\xc1\xbfسلام عليكم“x”", 0)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if len(s) == 0 {
			return
		}
		i = (i%len(s) + len(s)) % len(s)
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		check(t, s, i, false)
		check(t, s, i, true)
	})
}

func TestNthArabicLead(t *testing.T) {
	s := "ab\xd8c\xd9\xda\xdbdefghijklmn\xd8"
	for n, want := range []int{-1, 2, 4, 5, 6, 18, -1} {
		if n == 0 {
			continue
		}
		if got := NthArabicLead(s, n); got != want {
			t.Errorf("NthArabicLead(%q, %d) = %d, want %d", s, n, got, want)
		}
	}
}
