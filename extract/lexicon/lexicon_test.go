package lexicon_test

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// TestMonths: every month of the Gulf and Egyptian, Levantine, Algerian
// and Tunisian, and Moroccan calendars, as written in news text, gives
// its number in a date.
func TestMonths(t *testing.T) {
	calendars := map[string][]string{
		"egypt and the gulf": {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		"levant":             {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"},
		"algeria, tunisia":   {"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		"morocco":            {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"},
	}
	for cal, names := range calendars {
		for i, name := range names {
			want := []string{"2013-01-03", "2013-02-03", "2013-03-03", "2013-04-03", "2013-05-03", "2013-06-03",
				"2013-07-03", "2013-08-03", "2013-09-03", "2013-10-03", "2013-11-03", "2013-12-03"}[i]
			if got, _, _, ok := fields.FindDate("3 " + name + " 2013"); !ok || got != want {
				t.Errorf("%s: 3 %s 2013 = %q, %v; want %s", cal, name, got, ok, want)
			}
		}
	}
	// not months: a Hijri month, a word
	for _, s := range []string{"25 شوال 1436", "3 رجال 2013"} {
		if got, _, _, ok := fields.FindDate(s); ok {
			t.Errorf("FindDate(%q) = %q, want none", s, got)
		}
	}
}

// TestPlaces: the capitals and big cities of the Arab countries are in
// the gazetteer in their common spellings, and each entry is written once.
func TestPlaces(t *testing.T) {
	in := map[string]bool{}
	for _, p := range lexicon.Places {
		in[script.Fold(p, script.NameKey)] = true
	}
	for _, p := range []string{"القاهرة", "الرياض", "جدة", "الدار البيضاء", "نواكشوط", "الجزائر", "وهران", "تونس",
		"صفاقس", "طرابلس", "بنغازي", "الخرطوم", "صنعاء", "عدن", "مسقط", "المنامة", "الدوحة", "أبوظبي", "أبو ظبي",
		"دبي", "الكويت", "بغداد", "البصرة", "أربيل", "الموصل", "دمشق", "حلب", "بيروت", "عمان", "عمّان", "القدس",
		"رام الله", "غزة", "نابلس", "الرباط", "كازابلانكا", "واشنطن", "مدريد", "موسكو", "باريس", "لندن"} {
		if !in[script.Fold(p, script.NameKey)] {
			t.Errorf("%s is not in the gazetteer", p)
		}
	}
	for _, w := range []string{"قال", "الوزير", "اليوم"} {
		if in[script.Fold(w, script.NameKey)] {
			t.Errorf("%s is in the gazetteer", w)
		}
	}
}

// TestRoleWords: a role word is one word and no given name, or a name
// would be cut at it.
func TestRoleWords(t *testing.T) {
	given := map[string]bool{}
	for _, g := range lexicon.GivenNames {
		given[script.Fold(g, script.WordKey)] = true
	}
	for _, w := range lexicon.RoleWords {
		if strings.Contains(w, " ") || given[script.Fold(w, script.WordKey)] {
			t.Errorf("role word %q is not one word, or is a given name", w)
		}
	}
	for _, w := range []string{"ترجمة", "تصوير", "المحرر"} {
		found := false
		for _, r := range lexicon.RoleWords {
			found = found || r == w
		}
		if !found {
			t.Errorf("%s is not a role word", w)
		}
	}
}

// TestAcademicTitles: an academic title is one of the titles.
func TestAcademicTitles(t *testing.T) {
	titles := map[string]bool{}
	for _, w := range lexicon.Titles {
		titles[w] = true
	}
	for _, w := range lexicon.AcademicTitles {
		if !titles[w] {
			t.Errorf("academic title %q is not in Titles", w)
		}
	}
}
