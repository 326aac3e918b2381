package script

import "testing"

func TestScriptCounts(t *testing.T) {
	for _, tc := range []struct {
		s               string
		ar, lat, wa, we int
	}{
		{"Apple تطلق", 4, 5, 1, 1},
		{"عُرِضَ", 3, 0, 1, 0},        // harakat do not split a word
		{"التح\u0640الف", 7, 0, 1, 0}, // nor does tatweel
		{"،؛؟ 2016", 0, 0, 0, 0},      // Arabic punctuation and digits are no letters
		{"\ufefbلا", 3, 0, 1, 0},      // presentation forms are letters
	} {
		ar, lat, wa, we := Count(tc.s)
		if ar != tc.ar || lat != tc.lat || wa != tc.wa || we != tc.we {
			t.Errorf("Count(%q) = %d %d %d %d, want %d %d %d %d", tc.s, ar, lat, wa, we, tc.ar, tc.lat, tc.wa, tc.we)
		}
	}
}

func TestLang(t *testing.T) {
	for s, want := range map[string]string{
		"":                        "",
		"2016 - 12":               "",
		"التحالف يستبعد":          "ar",
		"Kerry talks (الأوروبية)": "en",
		"كيري قال (EPA)":          "ar",
	} {
		if got := Lang(s); got != want {
			t.Errorf("Lang(%q) = %q, want %q", s, got, want)
		}
	}
}
