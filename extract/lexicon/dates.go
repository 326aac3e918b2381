package lexicon

import "time"

// Months maps English and Arabic month names to their numbers, folded:
// the Egyptian and Gulf names (يناير), the Levantine ones (كانون الثاني),
// English names and their abbreviations (fields: dates).
var Months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"مارس": 3, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
	"اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	"كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
	"ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
	// the Maghreb's: Algeria and Tunisia (جانفي), Morocco (يوليوز, غشت)
	"جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
	"يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
	// other spellings
	"يناير": 1, "فبراير": 2, "ابريل": 4,
	"تشرين اول": 10, "تشرين ثاني": 11, "كانون اول": 12, "كانون ثاني": 1,
}

// Weekdays are the names of the days, folded, that a date line may open
// with (fields: dates).
var Weekdays = []string{"الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// DateWords are what a date line holds beside its date, folded: labels
// (`تاريخ النشر`), times of day, the zone (fields: dates).
var DateWords = []string{"تاريخ", "النشر", "نشر", "في", "بتاريخ", "التاريخ", "اخر", "تحديث", "اخر تحديث", "الموافق",
	"صباحا", "مساء", "مساءا", "ظهرا", "ص", "م", "بتوقيت", "مكه", "المكرمه", "غرينتش", "gmt", "published", "updated",
	"on", "at", "am", "pm", "عدد", "القراءات", "قراءه", "مشاهده", "views", "utc", "محدث", "محدثه", "المحدث", "تم", "نشره", "نشرت", "نشر في"}

// DateLayouts are the layouts of the dates and timestamps containers give
// (`<TIME>`, a JSON `date`), tried in order (fields.ParseDate).
var DateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006 15:04:05", "Mon, 02 Jan 2006",
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102",
	time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate,
	"02 Jan 2006", "2 Jan 2006", "2 January 2006", "January 2, 2006", "Jan 2, 2006",
}
