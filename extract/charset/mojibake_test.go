package charset

import (
	"strings"
	"testing"
)

// mayBeMojibakeRef is mayBeMojibake as one plain loop: the oracle for its
// fast path.
func mayBeMojibakeRef(sample string) bool {
	tell, arabic := 0, 0
	for i := 0; i < len(sample); i++ {
		if c := sample[i]; c >= 0xD8 && c <= 0xDB {
			arabic++
			if arabic >= 256 && tell*4 < arabic {
				return false
			}
			if c == 0xD8 && i+1 < len(sample) && (sample[i+1] == 0xB7 || sample[i+1] == 0xB8) {
				tell++
			}
		}
	}
	return tell >= 2 && tell*4 >= arabic
}

func TestMayBeMojibake(t *testing.T) {
	seed := string(readFixture(t, seedFile))
	moji := string(readFixture(t, "libya.mojibake-utf8-read-as-windows-1256.txt"))
	cases := []string{"", "ط", "طظ", seed, moji, seed + moji, moji + seed,
		strings.Repeat("ط", 300), strings.Repeat("طا", 200), strings.Repeat("طاب", 100), strings.Repeat("طابت", 100),
		strings.Repeat("a", 1000), strings.Repeat("\xdb", 255), strings.Repeat("\xdb", 256), strings.Repeat("\xd8\xb7\xd9", 300),
	}
	// Every cut of the two fixtures, around the 256th lead byte above all.
	for _, s := range []string{seed, moji} {
		for n := 0; n < min(len(s), 2000); n += 7 {
			cases = append(cases, s[:n], s[n:])
		}
	}
	wantTrue := 0
	for _, s := range cases {
		got, want := mayBeMojibake(s), mayBeMojibakeRef(s)
		if got != want {
			t.Errorf("mayBeMojibake(%.40q… %d bytes) = %v, want %v", s, len(s), got, want)
		}
		if want {
			wantTrue++
		}
	}
	if wantTrue == 0 {
		t.Error("no case is mojibake: the test checks only one side")
	}
	if mayBeMojibake(seed) || !mayBeMojibake(moji) {
		t.Errorf("seed: %v (want false), mojibake: %v (want true)", mayBeMojibake(seed), mayBeMojibake(moji))
	}
}

func FuzzMayBeMojibake(f *testing.F) {
	f.Add([]byte(strings.Repeat("طاب", 100)))
	f.Add([]byte("\xd8\xb7\xd8\xa7 abc"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// Repeat short inputs past the 256 lead bytes of the fast path.
		s := strings.Repeat(string(b), 1+600/(len(b)+1))
		if got, want := mayBeMojibake(s), mayBeMojibakeRef(s); got != want {
			t.Fatalf("mayBeMojibake(%q) = %v, want %v", s, got, want)
		}
	})
}
