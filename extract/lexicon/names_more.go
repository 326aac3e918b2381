package lexicon

import (
	_ "embed"
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
)

// GivenNames are common Arabic given names, male and female, as written:
// a short line under a title that opens with one is the author's name
// (segment: name-at-top). A name not here is still found when the line
// holds a name's particles (NameParticles). They are givenNamesCore and
// GivenNamesMore, less NotGivenNames.
var GivenNames = withoutWords(append(append([]string{}, givenNamesCore...), GivenNamesMore...), NotGivenNames)

// givenNamesMoreText is given_names_more.txt: common given names from
// public lists (its header says which, at which commit, under which
// licence, and how they were chosen), one a line, lines opened with #
// being comments.
//
//go:embed given_names_more.txt
var givenNamesMoreText string

// GivenNamesMore are the names of given_names_more.txt, as written, most
// used first: GivenNames holds them beside its own list (none is there
// twice, none is one of NotGivenNames).
var GivenNamesMore = dataLines(givenNamesMoreText)

// NotGivenNames are given names that are also common words, which open
// headings and sentences (`أمل`, `سلام`, `حياة`, `رمضان`, `نظام`): a line
// opened with one is not to be taken for a name, so GivenNames leaves
// them out, from its own list (`أمل`, `نور`, `عادل`) as from the public
// lists. `سعيد`, `جميل`, `عادل`, `صالح`, `أمين`, `كريم` and `شريف` stay
// names: reporters across the archives hold them (`عادل خزام`, `الرؤية -
// شريف صلاح`), and a survey of the Arabic Newspapers Corpus's dev
// countries lost their bylines without them.
var NotGivenNames = []string{
	"أمل", "نور", "سلام", "وفاء", "فرح", "حياة", "نجاح", "مبروك", "أبي", "أسد", "أسرار", "أسمر", "أمنية", "أمير", "أنصاري", "إمام", "إسعاد",
	"إشراق", "إشفاق", "إنصاف", "إنعام", "إباء", "إكرام", "ابتكار", "ابتهاج", "اعتماد", "الأخضر", "المثنى", "الوليد",
	"بادي", "باشر", "باهر", "بارعة", "بديعة", "بلبل", "بلسم", "بنفسج", "بيان", "بينة", "بهية", "بهيجة",
	"تاج", "تحسين", "تحية", "تقوى", "تقي", "تمام", "تيسير", "تيجان", "ثابت", "ثائر", "ثاقب", "ثراء",
	"ثناء", "جاد", "جاهد", "جحا", "جراح", "جلاء", "جليل", "جمعة", "جنى", "جهاد", "جود", "حافظ",
	"حداد", "حجي", "حلا", "خاطر", "خالدي", "خضر", "خطاب", "خلف", "خميس", "خيري", "خيرية", "دليل",
	"دنيا", "ذكرى", "رئيس", "راتب", "راضي", "ربيع", "رجب", "رسول", "رمضان", "روز", "روضة", "روعة",
	"روحي", "ريف", "ساري", "سرور", "سفير", "سهل", "سيد", "زين", "زينة", "شامل", "شجاع", "شعبان",
	"شهير", "صاحب", "صافي", "صامد", "صبا", "صباح", "صبور", "صدام", "صعب", "صياح", "طريف", "طيب",
	"ظاهر", "ظريف", "ظهير", "عالم", "عالية", "عتيق", "عربي", "عزة", "عطاء", "علام", "غالب", "غالي",
	"غزل", "غوى", "فائق", "فاخر", "فخر", "فخري", "فرات", "فلاح", "قاصد", "قطب", "كامل", "كبير",
	"كرم", "لطوف", "ليم", "مؤمن", "مجد", "محفوظ", "مرسال", "مرشد", "مسرة", "مسرور", "مسلم", "مشرف",
	"مصباح", "مظهر", "معين", "مفيد", "ممتاز", "منسي", "موفق", "مولود", "ميثاق", "محاسن", "ناجح", "نادي",
	"نافع", "نجمة", "نذير", "نظام", "نغم", "نمر", "هايل", "هلا", "هيكل", "هيمان", "واثق", "واصل",
	"وحيد", "ودود", "يسار", "يمنى", "ألين", "أمية", "آيات", "أصالة", "أفراح", "ألطاف", "أيسر", "برهان",
	"بشرى", "حجاج", "حبشي", "فرحان", "فكري", "مرادي", "نسيب", "هاجر", "هلالي", "أليفة", "اصيل", "بتلاء",
	"جهراء", "جورية", "حباب", "تي",
}

// withoutWords is ws less the words that fold as one of not does.
func withoutWords(ws, not []string) []string {
	drop := map[string]bool{}
	for _, w := range not {
		drop[script.Fold(w, script.WordKey)] = true
	}
	out := ws[:0]
	for _, w := range ws {
		if !drop[script.Fold(w, script.WordKey)] {
			out = append(out, w)
		}
	}
	return out
}

// dataLines are the lines of a data file that are neither blank nor a
// comment (#), trimmed.
func dataLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}
