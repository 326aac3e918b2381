package fields

import (
	"strings"
	"testing"
	"time"
)

// dateSeeds are date lines of the shapes FindDate reads, and hostile
// shapes around them. More seeds: testdata/fuzz/FuzzFindDate, date lines
// taken from the dev set.
var dateSeeds = []string{
	"28/2/2023", "2012-04-03", "15.9.2012", "20 - 09 - 2012", "9 يونيو 2012", "03-أغسطس-2012",
	"08/ديسمبر/2009", "18 شباط 2012", "3 أوت 2013", "08-Aug-21", "June 18, 2015",
	"12/11/202212/11/2022", "الجمعة ٢٨ كانون الأول (ديسمبر) ٢٠٠٧", "28 كانون الأول/ديسمبر 2007",
	"3 يناير/كانون الثاني 2024", "آخر تحديث 14:00 (GMT+0400)", "الأحد, 12 مارس, 2011, 09:15",
	"تاريخ النشر : 28/2/2023 عدد القراءات 533", "Le12.ma 22:34 - 28 ديسمبر 2023",
	"13 أغسطس 2023 , 02:00ص [x-black.png]", "۲۸/۲/۲۰۲۳", "31/2/2023", "0/0/0000", "99-99-9999",
	"\u200f28\u200e/2/2023", "28\u00a0فبراير\u00a02023", "28\x00/2/2023", "[] [] [] 2023",
	strings.Repeat("1/", 200) + "2023", strings.Repeat("٢", 300), strings.Repeat("12 ", 500) + "2012",
	strings.Repeat("مايو ", 200) + "2012",
}

// FuzzFindDate checks the date finders on any line: they must not panic,
// a date they return must be a real ISO date of the years they read, its
// bytes must lie within the line, and a date line's date must be the one
// FindDate finds.
func FuzzFindDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso, start, end, ok := FindDate(s)
		if !ok {
			if iso != "" {
				t.Fatalf("FindDate(%q) = %q without ok", s, iso)
			}
		} else {
			checkISO(t, "FindDate", s, iso)
			if start < 0 || start >= end || end > len(s) {
				t.Fatalf("FindDate(%q) = %q at bytes %d..%d of %d", s, iso, start, end, len(s))
			}
			// the date's bytes hold the date
			if iso2, _, _, ok2 := FindDate(s[start:end]); !ok2 || iso2 != iso {
				t.Fatalf("FindDate(%q) = %q at %d..%d, but of %q: %q, %v", s, iso, start, end, s[start:end], iso2, ok2)
			}
		}
		for _, fn := range []struct {
			name string
			find func(string) (string, bool)
		}{{"IsDateLine", IsDateLine}, {"IsNearlyDateLine", IsNearlyDateLine}} {
			got, gotOK := fn.find(s)
			if !gotOK {
				continue
			}
			checkISO(t, fn.name, s, got)
			if !ok || got != iso {
				t.Fatalf("%s(%q) = %q, but FindDate = %q, %v", fn.name, s, got, iso, ok)
			}
		}
		if d, dOK := IsDateLine(s); dOK {
			if n, nOK := IsNearlyDateLine(s); strings.Count(s, " ") <= 8 && (!nOK || n != d) {
				t.Fatalf("IsDateLine(%q) = %q, but IsNearlyDateLine = %q, %v", s, d, n, nOK)
			}
		}
	})
}

// checkISO fails unless iso is a real date (YYYY-MM-DD) of the Gregorian
// years 1900 to 2200.
func checkISO(t *testing.T, name, s, iso string) {
	t.Helper()
	d, err := time.Parse("2006-01-02", iso)
	if err != nil || d.Format("2006-01-02") != iso || d.Year() < 1900 || d.Year() > 2200 {
		t.Fatalf("%s(%q) = %q: not a date of 1900-2200 (%v)", name, s, iso, err)
	}
}
