package review

import (
	"math/rand/v2"
	"testing"
)

func TestChangedRunes(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want string // x marks a changed rune of a
	}{
		{"abc", "abc", "..."},
		{"a\u200fbc", "abc", ".x.."},
		{"اـلـتـ", "الت", ".x.x.x"},
		{"ﻻ", "لا", "x"},
		{"كی", "كي", ".x"},
		{"", "abc", ""},
		{"abc", "", "xxx"},
	} {
		got := ""
		for _, ch := range Changed([]rune(c.a), []rune(c.b)) {
			if ch {
				got += "x"
			} else {
				got += "."
			}
		}
		if got != c.want {
			t.Errorf("Changed(%q, %q) = %s, want %s", c.a, c.b, got, c.want)
		}
	}
}

// lcs is the length of a longest common subsequence, by dynamic programming.
func lcs(a, b []rune) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	return dp[len(a)][len(b)]
}

// The runes changedRunes keeps are a longest common subsequence of a and b.
func TestChangedRunesIsLCS(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gen := func() []rune {
		s := make([]rune, r.IntN(30))
		for i := range s {
			s[i] = rune('a' + r.IntN(4))
		}
		return s
	}
	for range 2000 {
		a, b := gen(), gen()
		var kept []rune
		for i, ch := range Changed(a, b) {
			if !ch {
				kept = append(kept, a[i])
			}
		}
		if len(kept) != lcs(a, b) {
			t.Fatalf("Changed(%q, %q) keeps %q: %d runes, LCS has %d", string(a), string(b), string(kept), len(kept), lcs(a, b))
		}
		j := 0
		for _, c := range b {
			if j < len(kept) && kept[j] == c {
				j++
			}
		}
		if j != len(kept) {
			t.Fatalf("Changed(%q, %q) keeps %q, not a subsequence of b", string(a), string(b), string(kept))
		}
	}
}

// Past the limit the span between common prefix and suffix is marked.
func TestChangedRunesLimit(t *testing.T) {
	a := make([]rune, maxDiff)
	b := make([]rune, maxDiff)
	for i := range a {
		a[i], b[i] = 'a', 'b'
	}
	last := maxDiff - 1
	a[0], b[0], a[last], b[last] = 'x', 'x', 'y', 'y'
	ch := Changed(a, b)
	if ch[0] || ch[last] || !ch[1] || !ch[last-1] {
		t.Errorf("prefix and suffix should be kept, the middle marked")
	}
}

func TestVisibleEscape(t *testing.T) {
	for r, want := range map[rune]string{'\u200f': "‹RLM›", '\u0640': "‹TATWEEL›", '\u00a0': "‹NBSP›", '\r': "‹CR›", '\u2066': "‹LRI›", '\u0001': "‹U+0001›", '\u3000': "‹U+3000›"} {
		if got, ok := Visible(r); !ok || got != want {
			t.Errorf("Visible(%U) = %q, %v; want %q", r, got, ok, want)
		}
	}
	for _, r := range "a ا،؟\uFFFD" {
		if got, ok := Visible(r); ok {
			t.Errorf("Visible(%U) = %q, want none", r, got)
		}
	}
}
