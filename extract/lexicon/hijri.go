package lexicon

// HijriMonths maps the names of the months of the Hijri calendar to their
// numbers (محرم 1 to ذو الحجة 12), folded, in the spellings news text
// gives them: with and without the article (ربيع الأول, ربيع أول), the
// second half of the year's pairs by either name (ربيع الآخر, ربيع
// الثاني; جمادى الآخرة, جمادى الثانية), ذو and ذي (the name's cases),
// joined or apart (ذو القعدة, ذوالقعدة), and the epithets papers add
// (رمضان المبارك, صفر الخير). Each name is one or two words, as
// fields.FindHijri reads them (fields: hijri). None is a month of
// Months: a Hijri date is never read as a Gregorian one.
var HijriMonths = map[string]int{
	"محرم": 1, "المحرم": 1, "محرم الحرام": 1,
	"صفر": 2, "صفر الخير": 2, "صفر المظفر": 2,
	"ربيع الاول": 3, "ربيع اول": 3, "ربيع الانور": 3,
	"ربيع الاخر": 4, "ربيع اخر": 4, "ربيع الثاني": 4, "ربيع ثاني": 4,
	"جمادي الاولي": 5, "جمادي الاول": 5, "جمادي اولي": 5, "جمادي اول": 5,
	"جمادي الاخره": 6, "جمادي الاخر": 6, "جمادي الثانيه": 6, "جمادي الثاني": 6,
	"جمادي اخره": 6, "جمادي ثاني": 6, "جمادي ثانيه": 6,
	"رجب": 7, "رجب الفرد": 7,
	"شعبان": 8, "شعبان المعظم": 8,
	"رمضان": 9, "رمضان المبارك": 9, "رمضان المعظم": 9,
	"شوال":      10,
	"ذو القعده": 11, "ذي القعده": 11, "ذوالقعده": 11, "ذيالقعده": 11,
	"ذو الحجه": 12, "ذي الحجه": 12, "ذوالحجه": 12, "ذيالحجه": 12,
}

// HijriEraWords are the words that mark a year, or a date written in
// numbers, as Hijri (`1436هـ`, `1436 ه`, `1436 هجري`, `1436 هجرية`),
// folded (fields: hijri).
var HijriEraWords = []string{"ه", "هجري", "هجريه", "للهجره", "الهجري", "الهجريه"}

// HijriYearWords may stand between a Hijri month and its year (`12 ربيع
// الأول سنة 1436`), folded (fields: hijri).
var HijriYearWords = []string{"سنه", "عام", "لعام", "لسنه"}

// HijriDateWords are what a date line holds beside a Hijri date, besides
// the words of DateWords and Weekdays, folded: the `لـ` of `الموافق لـ`,
// `يوم` (fields: hijri).
var HijriDateWords = []string{"ل", "يوم"}
