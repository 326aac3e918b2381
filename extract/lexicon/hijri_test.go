package lexicon_test

import (
	"fmt"
	"testing"

	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// TestHijriMonths: every month of the Hijri calendar, in the spellings
// news text gives it, gives its number in a Hijri date and none in a
// Gregorian one; the table is folded, and no name of it is a Gregorian
// month's.
func TestHijriMonths(t *testing.T) {
	months := [][]string{
		{"محرم", "المحرم", "مُحَرَّم"},
		{"صفر", "صفر الخير"},
		{"ربيع الأول", "ربيع الاول", "ربيع أول"},
		{"ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني"},
		{"جمادى الأولى", "جمادى الأول", "جمادي الاولى", "جمادى أولى"},
		{"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"},
		{"رجب"},
		{"شعبان", "شعبان المعظم"},
		{"رمضان", "رمضان المبارك"},
		{"شوال", "شوّال"},
		{"ذو القعدة", "ذي القعدة", "ذى القعدة", "ذوالقعدة"},
		{"ذو الحجة", "ذي الحجة", "ذى الحجة", "ذوالحجة"},
	}
	for i, names := range months {
		want := fmt.Sprintf("1436-%02d-03", i+1)
		for _, name := range names {
			if got, _, _, ok := fields.FindHijri("3 " + name + " 1436"); !ok || got != want {
				t.Errorf("FindHijri(3 %s 1436) = %q, %v; want %s", name, got, ok, want)
			}
			if got, _, _, ok := fields.FindDate("3 " + name + " 2015"); ok {
				t.Errorf("FindDate(3 %s 2015) = %q, want none", name, got)
			}
		}
	}
	for name, n := range lexicon.HijriMonths {
		if f := script.Fold(name, script.NameKey); f != name {
			t.Errorf("HijriMonths: %q is not folded (%q)", name, f)
		}
		if n < 1 || n > 12 {
			t.Errorf("HijriMonths[%q] = %d", name, n)
		}
		if _, ok := lexicon.Months[name]; ok {
			t.Errorf("%q is a Gregorian month and a Hijri one", name)
		}
	}
	for _, ws := range [][]string{lexicon.HijriEraWords, lexicon.HijriYearWords} {
		for _, w := range ws {
			if f := script.Fold(w, script.NameKey); f != w {
				t.Errorf("%q is not folded (%q)", w, f)
			}
		}
	}
}
