package lexicon_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// TestGivenNamesMoreAreNames: a reporter's line opened with a name of the
// public lists reads as a person's name; a line opened with a common word
// those lists also give (NotGivenNames) does not.
func TestGivenNamesMoreAreNames(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"هديل الشامي", true},
		{"رهف العتيبي", true},
		{"آلاء حسن", true},
		{"بسام الغرباني", true},
		{"ناجي الرياشي", true},
		{"عمرو دياب", true},
		{"حارث الضاري", true},
		{"ميار سعد", true},
		{"صبري عبدالمولى", true},
		{"أمل جديد للمرضى", false},
		{"نور الشمس", false},
		{"سلام دائم", false},
		{"حياة جديدة", false},
		{"نجاح باهر", false},
		{"رمضان كريم", false},
		{"نظام جديد", false},
		{"رئيس الوزراء", false},
		{"بيان الخارجية", false},
		{"ربيع العرب", false},
		{"صباح الخير", false},
		{"نادي الهلال", false},
		{"مبروك الفوز", false},
	} {
		if got := fields.IsPersonName(c.line); got != c.want {
			t.Errorf("IsPersonName(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestGivenNamesMoreList: the public list is data of one-word names in
// Arabic letters only, none twice (folded), none of GivenNames' own list
// again, none a common word of NotGivenNames, and none a word the other
// lists read otherwise (a month, a weekday, a place, a function word, a
// role word, a title, a name's particle).
func TestGivenNamesMoreList(t *testing.T) {
	if n := len(lexicon.GivenNamesMore); n < 300 {
		t.Fatalf("GivenNamesMore holds %d names, want the public list's (300 or more)", n)
	}
	other := map[string]string{}
	mark := func(what string, ws ...string) {
		for _, w := range ws {
			other[script.Fold(w, script.WordKey)] = what
		}
	}
	for m := range lexicon.Months {
		mark("month", m)
	}
	for m := range lexicon.HijriMonths {
		mark("Hijri month", m)
	}
	mark("weekday", lexicon.Weekdays...)
	mark("place", lexicon.Places...)
	mark("function word", lexicon.FunctionWords...)
	mark("role word", lexicon.RoleWords...)
	mark("title", lexicon.Titles...)
	mark("name particle", lexicon.NameParticles...)
	mark("press name", lexicon.PressNames...)
	mark("common word (NotGivenNames)", lexicon.NotGivenNames...)
	given := map[string]bool{}
	for _, g := range lexicon.GivenNames {
		given[script.Fold(g, script.WordKey)] = true
	}
	seen := map[string]string{}
	for _, w := range lexicon.GivenNamesMore {
		for _, r := range w {
			if r < 'ء' || r > 'ي' {
				t.Errorf("%q: %q is not an Arabic letter", w, r)
				break
			}
		}
		k := script.Fold(w, script.WordKey)
		if prev, ok := seen[k]; ok {
			t.Errorf("%q: written twice (%q)", w, prev)
		}
		seen[k] = w
		if what, ok := other[k]; ok {
			t.Errorf("%q: a %s", w, what)
		}
		if !given[k] {
			t.Errorf("%q: not in GivenNames", w)
		}
	}
	for _, w := range lexicon.NotGivenNames {
		if given[script.Fold(w, script.WordKey)] {
			t.Errorf("%q: a common word, yet in GivenNames", w)
		}
		if strings.Contains(w, " ") || !utf8.ValidString(w) {
			t.Errorf("%q: not one word", w)
		}
	}
}
