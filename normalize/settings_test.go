package normalize

import "testing"

// TestSettingsOptions checks that each setting gives the Normalizer its
// Option gives: the same text out of the same input.
func TestSettingsOptions(t *testing.T) {
	const in = "مؤسسة شيئ ۱۲٣ خَٰلِدُونَ می\u200cخواهم کتاب"
	tests := []struct {
		name string
		s    Settings
		opts []Option
		n    int // how many options s gives
	}{
		{"zero", Settings{}, nil, 0},
		{"digits keep", Settings{Digits: DigitsKeep}, []Option{Digits(DigitsKeep)}, 0},
		{"digits latin", Settings{Digits: DigitsLatin}, []Option{Digits(DigitsLatin)}, 1},
		{"digits arabic", Settings{Digits: DigitsArabic}, []Option{Digits(DigitsArabic)}, 1},
		{"keep persian", Settings{KeepPersian: true}, []Option{KeepPersian()}, 1},
		{"fold hamza", Settings{FoldHamza: true}, []Option{FoldHamza()}, 1},
		{"dagger alef", Settings{DaggerAlef: true}, []Option{DaggerAlef()}, 1},
		{"zwnj space", Settings{ZWNJAsSpace: true}, []Option{ZWNJAsSpace()}, 1},
		{"all", Settings{DigitsLatin, true, true, true, true},
			[]Option{Digits(DigitsLatin), KeepPersian(), FoldHamza(), DaggerAlef(), ZWNJAsSpace()}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.s.Options()
			if len(got) != tt.n {
				t.Errorf("%d options, want %d", len(got), tt.n)
			}
			for _, p := range []Profile{Display, Search} {
				if g, w := New(p, got...).String(in), New(p, tt.opts...).String(in); g != w {
					t.Errorf("%v: %q, want %q", p, g, w)
				}
			}
		})
	}
}
