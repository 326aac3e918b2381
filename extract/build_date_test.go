package extract

import (
	"os"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// TestBuildDate: the date is the date line's; a line of both calendars
// is a date line; a full page's banner date, above the title, gives way
// to a date under the title.
func TestBuildDate(t *testing.T) {
	const body = "افتتح وزير الثقافة اليوم معرض دمشق الدولي للكتاب في دورته الجديدة بمشاركة أكثر من مئتي دار نشر عربية وأجنبية.\n" +
		"وقال الوزير في كلمة الافتتاح إن المعرض يشكل نافذة ثقافية مهمة للقراء ودور النشر على حد سواء.\n"
	checkDates(t, []dateCase{
		{"both calendars under the title",
			"دمشق تستضيف معرضا للكتاب\nدمشق - سانا\nالأحد 5 كانون الثاني 2014 - 4 ربيع الأول 1435 هـ\n" + body,
			"2014-01-05", "1435-03-04"},
		{"a date above the title alone",
			"الأحد 5 كانون الثاني 2014\nدمشق تستضيف معرضا للكتاب\n" + body,
			"2014-01-05", ""},
		{"the banner's date gives way to the article's",
			"الأحد 28 ديسمبر 2025\nدمشق تستضيف معرضا للكتاب\n1 يونيو 2020\n" + body,
			"2020-06-01", ""},
	})
}

// dateCase is an article and the date and date_hijri ("" for null) its
// document must have.
type dateCase struct{ name, text, date, hijri string }

// checkDates builds each case's article and checks its two dates,
// showing its lines' roles when they are wrong.
func checkDates(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, tc := range cases {
		d := segBuild("x.txt", tc.text, normalize.Display)
		if orEmpty(d.Date) != tc.date || orEmpty(d.DateHijri) != tc.hijri {
			t.Errorf("%s: date %q, date_hijri %q; want %q, %q", tc.name, orEmpty(d.Date), orEmpty(d.DateHijri), tc.date, tc.hijri)
			for _, l := range d.Lines {
				t.Logf("  %d %s %s %s", l.N, l.Role, l.Rule, l.Text)
			}
		}
	}
}

// TestBuildStarredTitle: html2text's stars (or Markdown's hashes) around the page's h1 are not
// the title's text.
func TestBuildStarredTitle(t *testing.T) {
	for _, h1 := range []string{"****** دمشق تستضيف معرضا للكتاب ******", "# دمشق تستضيف معرضا للكتاب", "# دمشق تستضيف معرضا للكتاب #"} {
		text := "القائمة\n" + h1 + "\nافتتح وزير الثقافة اليوم معرض دمشق الدولي للكتاب في دورته الجديدة بمشاركة أكثر من مئتي دار نشر عربية وأجنبية.\n" +
			"وقال الوزير في كلمة الافتتاح إن المعرض يشكل نافذة ثقافية مهمة للقراء ودور النشر على حد سواء.\n"
		d := segBuild("x.txt", text, normalize.Display)
		if got := orEmpty(d.Title); got != "دمشق تستضيف معرضا للكتاب" {
			for _, l := range d.Lines {
				t.Logf("  %d %s %s %s", l.N, l.Role, l.Rule, l.Text)
			}
			t.Errorf("%q: title %q", h1, got)
		}
	}
}

// TestBuildHeadDate: with no date line, the date is the one the page sets
// in its article's head, under the title and over the text, beside the
// author's name (`فريق التحرير December 3, 2023`, testdata/devset n-dumps,
// a pandoc dump of a saved page; see its manifest), not the site's day in
// its header nor a copyright year under the text.
func TestBuildHeadDate(t *testing.T) {
	data, err := os.ReadFile("../testdata/devset/n-dumps/alarabinuk-9.txt")
	if err != nil {
		t.Fatal(err)
	}
	docs := Extract(document.Source{Path: "alarabinuk-9.txt"}, data, Options{Profile: normalize.Display})
	if len(docs) != 1 || orEmpty(docs[0].Date) != "2023-12-03" {
		t.Fatalf("date = %q, want 2023-12-03", orEmpty(docs[0].Date))
	}
}

// TestBuildHeadAuthor: with no byline, the author is the name the page
// sets in the article's head, beside the place it was filed from
// (`حسام أبو العلا - القاهرة`, testdata/devset o-dumps-3, a get_text
// dump of a saved page; see its manifest).
func TestBuildHeadAuthor(t *testing.T) {
	data, err := os.ReadFile("../testdata/devset/o-dumps-3/alyaum-1784190729.txt")
	if err != nil {
		t.Fatal(err)
	}
	docs := Extract(document.Source{Path: "alyaum-1784190729.txt"}, data, Options{Profile: normalize.Display})
	if len(docs) != 1 || orEmpty(docs[0].Author) != "حسام أبو العلا" {
		t.Fatalf("author = %q, want حسام أبو العلا", orEmpty(docs[0].Author))
	}
}
