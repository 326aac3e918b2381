package extract

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

const hijriBody = "تشتهر منطقة نجران منذ فجر التاريخ بكونها إقليما زراعيا متعدد الجغرافيا والتربة، وقد شهدت المنطقة هذا العام موسما وفيرا.\n"

// TestBuildDateHijri: the Hijri date is read where the date is (a
// dateline or byline line, a date line over the body, the container),
// never from the body or from page chrome, and never changes date.
func TestBuildDateHijri(t *testing.T) {
	checkDates(t, []dateCase{
		{"SPA dateline",
			" نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n إعداد: صالح آل زمانان, تصوير : صالح الدغاري\n " + hijriBody,
			"2015-08-10", "1436-10-25"},
		{"a Hijri date line under the title",
			"افتتاح موسم التمور في منطقة نجران\n٢٥ شوال ١٤٣٦هـ\nنجران - واس\n" + hijriBody,
			"", "1436-10-25"},
		{"a byline with the date",
			"افتتاح موسم التمور في منطقة نجران\nكتب: صالح آل زمانان 1445/6/20هـ\n" + hijriBody,
			"", "1445-06-20"},
		{"no date line",
			"افتتاح موسم التمور في منطقة نجران\n" + hijriBody,
			"", ""},
		{"a Hijri date in the body",
			"افتتاح موسم التمور في منطقة نجران\n" + hijriBody + "ويستمر المهرجان حتى 25 شوال 1436 هـ بمشاركة واسعة من المزارعين في المنطقة وخارجها.\n",
			"", ""},
		{"Hijri dates in list items",
			"سيرة عضو مجلس الشورى الجديد\n" + hijriBody + " * عضو مجلس الشورى منذ 3 /3 /1426هـ.\n * أستاذ مشارك، قسم الإعلام، جامعة الملك سعود، 5 /5 /1406هـ.\n * رئيس تحرير صحيفة الجزيرة المسائية، 1414 - 1415هـ.\n",
			"", ""},
		{"a Hijri date line after the body",
			"افتتاح موسم التمور في منطقة نجران\n" + hijriBody + "٢٥ شوال ١٤٣٦هـ\n",
			"", ""},
	})
}

// TestBuildDateHijriChrome: a site's banner date (`الأحد 28 ديسمبر 2025 م
// - 7 رجب 1447 هـ` over the page, residue) is not the article's.
func TestBuildDateHijriChrome(t *testing.T) {
	a := segArticle("x.txt", "الأحد 28 ديسمبر 2025 م - 7 رجب 1447 هـ\nافتتاح موسم التمور في منطقة نجران\n"+hijriBody)
	a.Lines[0].Role, a.Lines[0].Rule = document.RoleResidue, "test"
	d := build(a, Options{Profile: normalize.Display})
	if d.Lines[0].Role != document.RoleResidue || d.DateHijri != nil {
		t.Errorf("line 1 %s, date_hijri %v; want residue, null", d.Lines[0].Role, orEmpty(d.DateHijri))
	}
}

// TestExtractDateHijriContainer: a container's date field may give the
// Hijri date; date stays null then (no Hijri date is converted), and a
// Gregorian date of the container stays the date.
func TestExtractDateHijriContainer(t *testing.T) {
	for in, want := range map[string][2]string{
		`{"id":"a","date":"الأحد 25 شوال 1436 هـ","text":"` + "نص المقال الأول، وهو فقرة كاملة تنتهي بنقطة وتكفي لتكون فقرة." + `"}`:                                               {"", "1436-10-25"},
		`{"id":"b","date":"2015-08-09","text":"` + "نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\\n" + "نص المقال الأول، وهو فقرة كاملة تنتهي بنقطة وتكفي لتكون فقرة." + `"}`: {"2015-08-09", "1436-10-25"},
		`{"id":"c","date":"2015-08-09","text":"` + "نص المقال الأول، وهو فقرة كاملة تنتهي بنقطة وتكفي لتكون فقرة." + `"}`:                                                          {"2015-08-09", ""},
	} {
		docs := Extract(document.Source{Path: "r.jsonl"}, []byte(in+"\n"), Options{In: "jsonl", Encoding: "auto", Profile: normalize.Display})
		if len(docs) != 1 || docs[0].Error != nil {
			t.Fatalf("%s: %d documents", in, len(docs))
		}
		d := docs[0]
		if orEmpty(d.Date) != want[0] || orEmpty(d.DateHijri) != want[1] {
			t.Errorf("%s: date %q, date_hijri %q; want %q, %q", in, orEmpty(d.Date), orEmpty(d.DateHijri), want[0], want[1])
		}
	}
}

func orEmpty(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
