package fields

import (
	"slices"
	"strings"
	"testing"
)

func TestAgencyOf(t *testing.T) {
	for credit, want := range map[string]string{
		"الأوروبية": "EPA", "EPA": "EPA", "الفرنسية": "AFP", "أ ف ب": "AFP", "اف ب": "AFP", "AFP": "AFP",
		"رويترز": "Reuters", "REUTERS": "Reuters", "أسوشيتد برس": "AP", "AP Photo": "AP", "الأناضول": "Anadolu",
		"Anadolu": "Anadolu", "غيتي": "Getty", "Getty": "Getty", "واس": "SPA", "SPA": "SPA", "الجزيرة": "Al Jazeera", "د.ب.أ": "DPA", "د ب أ": "DPA",
		"رويترز-أرشيف": "Reuters", "أ. ف. ب": "AFP", "أ.ف.ب": "AFP", "REUTERS/Zoubeir Souissi": "Reuters", "الميدان": "", "مواقع التواصل": "",
	} {
		if got := Agency(credit); got != want {
			t.Errorf("Agency(%q) = %q, want %q", credit, got, want)
		}
	}
}

func TestAttributionNames(t *testing.T) {
	for in, want := range map[string]string{
		"الجزيرة + وكالات":          "الجزيرة|وكالات",
		"الجزيرة ووكالات":           "الجزيرة|وكالات",
		"الجزيرة،الفرنسية":          "الجزيرة|الفرنسية",
		"رويترز, أسوشيتد برس":       "رويترز|أسوشيتد برس",
		"الجزيرة نت والفرنسية":      "الجزيرة نت|الفرنسية",
		"وزارة الخارجية":            "وزارة الخارجية",
		"وكالات":                    "وكالات",
		"\"الشرق الأوسط\" السعودية": "الشرق الأوسط السعودية",
	} {
		if got := strings.Join(AttributionNames(in), "|"); got != want {
			t.Errorf("AttributionNames(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCaptionDatePlace(t *testing.T) {
	for in, want := range map[string][2]string{
		"talk during a joint press conference in Rome, Italy, 02 February 2016. US Secretary": {"Rome, Italy", "2016-02-02"},
		"in a market downtown in Tunis,Tunisia June 18, 2015. REUTERS/Zoubeir Souissi":        {"Tunis,Tunisia", "2015-06-18"},
		"A man walks past a wall": {"", ""},
	} {
		p, d := CaptionDatePlace(in)
		if deref(p) != want[0] || deref(d) != want[1] {
			t.Errorf("CaptionDatePlace(%q) = %v, %v", in, deref(p), deref(d))
		}
	}
}

func TestFindDate(t *testing.T) {
	for in, want := range map[string]string{
		"تاريخ النشر :9 يونيو 2012":           "2012-06-09",
		"الجمعة, 03-أغسطس-2012":               "2012-08-03",
		"15/9/2012 12:00 صباحا":               "2012-09-15",
		"2012-04-03 03:01:00":                 "2012-04-03",
		"18 شباط 2012 03:02 عدد القراءات 533": "2012-02-18",
		"الخميس 03 ماي 2012":                  "2012-05-03",
		"3 أوت 2013 - 08H45":                  "2013-08-03",
		"الأحد 12 جانفي 2014":                 "2014-01-12",
		"20 غشت 2012":                         "2012-08-20",
		"08/ديسمبر/2009":                      "2009-12-08",
		"١٥/٩/٢٠١٢":                           "2012-09-15",
		"June 18, 2015":                       "2015-06-18",
		"Fri, 11 Aug 2017 15:21:18 GMT":       "2017-08-11",
		"18 June 2015":                        "2015-06-18",
		"12 Angry Men 1957":                   "",
		"12 كانون الثاني 2011":                "2011-01-12",
		"الجمعة ٢٨ كانون الأول (ديسمبر) ٢٠٠٧":               "2007-12-28",
		"28 كانون الأول/ديسمبر 2007":                        "2007-12-28",
		"3 يناير/كانون الثاني 2024":                         "2024-01-03",
		"3 يناير (شباط) 2024":                               "",
		"نجران 25 شوال 1436 هـ":                             "",
		"نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": "2015-08-10",
		"قتل 25 شخصا في 2012":                               "",
		"العدد 313":                                         "",
	} {
		got, _, _, ok := FindDate(in)
		if got != want || ok != (want != "") {
			t.Errorf("FindDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	for in, want := range map[string]bool{
		"تاريخ النشر :9 يونيو 2012":                              true,
		"الجمعة, 03-أغسطس-2012":                                  true,
		"15/9/2012 12:00 صباحا":                                  true,
		"18 شباط 2012 03:02 عدد القراءات 533":                    true,
		"الأحد, 12 مارس, 2011, 09:15 بتوقيت مكة":                 true,
		"الإثنين, 23 إبريل, 2012, 20:06 بتوقيت القدس":            true,
		"12 مارس 2011 بتوقيت":                                    true,
		"الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)": true,
		"17.03.2020 (محدثة 17:49 UTC+3)":                         true,
		"12 مارس 2011 +0400 شخصا":                                false,
		"12 مارس 2011 بتوقيت القدس الشريف":                       false,
		"قتل 25 شخصا في 12 مارس 2011":                            false,
		"الخميس 03 ماي 2012الجزائر: حميد":                        false,
	} {
		if _, got := IsDateLine(in); got != want {
			t.Errorf("IsDateLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestPrefixByline(t *testing.T) {
	for in, want := range map[string][2]string{
		"عمان - كاظم الطائي : أخفق منتخبنا الشبابي":           {"كاظم الطائي", "عمان"},
		"الدوحة-جميل سرحان: اكتفى منتخبنا":                    {"جميل سرحان", "الدوحة"},
		"كتب – يعقوب بن راشد الحامدي: يسدل الستار":            {"يعقوب بن راشد الحامدي", ""},
		"رسالة لندن – من صالح بن راشد البارحي:وسط درجة حرارة": {"صالح بن راشد البارحي", "لندن"},
		"قال الوزير - في مؤتمر صحفي: إن":                      {"", ""},
		"وأضاف: إن الحكومة":                                   {"", ""},
		"كتب/ منير طلال: خسر الفريق":                          {"منير طلال", ""},
		"قنا - محمد علي : شهدت المحافظة":                      {"محمد علي", "قنا"},
		"الدوحة – الراية : وسط حضور كبير":                     {"", ""}, // the paper, not a reporter
		"نواكشوط - الحسن ولد الشيخ: قال":                      {"الحسن ولد الشيخ", "نواكشوط"},
	} {
		rep, pl, ok := PrefixByline(in)
		if rep != want[0] || deref(pl) != want[1] || ok != (want[0] != "") {
			t.Errorf("PrefixByline(%q) = %q, %q, %v; want %q", in, rep, deref(pl), ok, want)
		}
	}
}

func TestName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"يحيى الحلالي -", "يحيى الحلالي"},
		{"?راشد مفتاح السليطي:", "راشد مفتاح السليطي"},
		{"تود هالفورسون/ ترجمة: أحمد", "تود هالفورسون"},
		{"نضيرة نسيب الأحد 25 نوفمبر 2012", "نضيرة نسيب"},
		{"محمد شركي 2020-03-26", "محمد شركي"},
		{"عبد الله مياره", "عبد الله مياره"},
	} {
		if got := Name(c.in); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSPADatelineWeekdayIsNoPlace(t *testing.T) {
	place, _ := SPADateline("الأحد 08 رجب 1447 هـ الموافق 28 ديسمبر 2025 م")
	if place != nil {
		t.Errorf("place = %q, want none: a weekday is no place", *place)
	}
	place, agency := SPADateline("نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس")
	if place == nil || *place != "نجران" || agency == nil {
		t.Errorf("place %v agency %v, want نجران and SPA", place, agency)
	}
}

// TestBylineAuthor covers the author a byline names, without the photo
// credit, the place after a dash or the date that follows the name.
func TestBylineAuthor(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"إعداد: صالح آل زمانان, تصوير : صالح الدغاري", "صالح آل زمانان"},
		{"حاورته :نضيرة نسيب الأحد 25 نوفمبر 2012", "نضيرة نسيب"},
		{"بقلم: سارة عبد الله 2 ديسمبر 2025", "سارة عبد الله"},
		{"كتب – منير طلال", "منير طلال"},
		{"تصوير : صالح الدغاري", ""},
		{"قال الوزير إن الحكومة ماضية", ""},
	} {
		if got := BylineAuthor(c.in); got != c.want {
			t.Errorf("BylineAuthor(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHasDigitRun(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want bool
	}{
		{"12 مارس 2011", 4, true},
		{"12/3/11", 4, false},
		{"1 2 3 4", 4, false},
		{"", 1, false},
		{"x2011", 4, true},
		{"201", 4, false},
	} {
		if got := hasDigitRun(tc.in, tc.n); got != tc.want {
			t.Errorf("hasDigitRun(%q, %d) = %v, want %v", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestCutTitles(t *testing.T) {
	for _, c := range []struct {
		in, name string
		academic bool
	}{
		{"م.عماد شحادة صيام", "عماد شحادة صيام", false},
		{"م. عماد شحادة صيام", "عماد شحادة صيام", false},
		{"د.سناء محمد", "سناء محمد", true},
		{"أ .د . أحمد فؤاد باشا", "أحمد فؤاد باشا", true},
		{"الشيخ د. يوسف القرضاوي", "يوسف القرضاوي", true},
		{"عماد شحادة", "عماد شحادة", false},
		{"مصر.. بعد الثورة", "مصر.. بعد الثورة", false},
	} {
		if name, academic := CutTitles(c.in); name != c.name || academic != c.academic {
			t.Errorf("CutTitles(%q) = %q, %v; want %q, %v", c.in, name, academic, c.name, c.academic)
		}
	}
}

func TestDatedDateline(t *testing.T) {
	for _, c := range []struct {
		in, iso string
		parts   []string
	}{
		{"العواصم: الوكالات 2012-07-08 12:06 AM", "2012-07-08", []string{"العواصم", "الوكالات"}},
		{"رام الله 21-5-2012 وفا- محمد عواد", "2012-05-21", []string{"رام الله", "وفا", "محمد عواد"}},
		{"2012-07-08 12:06 AM", "", nil},                    // a date line alone
		{"قتل 25 شخصا في 12 مارس 2011 في العاصمة", "", nil}, // a sentence
		{"الرياض: اجتماع مهم 2012-07-08", "", nil},          // no agency
	} {
		iso, parts, ok := DatedDateline(c.in)
		if iso != c.iso || !slices.Equal(parts, c.parts) || ok != (c.parts != nil) {
			t.Errorf("DatedDateline(%q) = %q, %q, %v; want %q, %q", c.in, iso, parts, ok, c.iso, c.parts)
		}
	}
}

func TestIsPlaceReporterLine(t *testing.T) {
	for in, want := range map[string]bool{
		"الجزائر: سمية يوسفي":         true,
		"عمان / محمد خير الرواشدة":    true,
		"اليابان: ارتفاع عدد الضحايا": false,
		"الرياض: وزير المالية يقول":   false,
		"سمية يوسفي: الجزائر":         false,
		"الجزائر: سمية يوسفي: متابعة": false,
	} {
		if got := IsPlaceReporterLine(in, len(strings.Fields(in))); got != want {
			t.Errorf("IsPlaceReporterLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHeadName(t *testing.T) {
	for in, want := range map[string]string{
		"حسام أبو العلا - القاهرة": "حسام أبو العلا",
		"صالح الهزاع":              "صالح الهزاع",
		"مدونة شخصية ثقافية":       "",
		"أخبار محلية - القاهرة":    "",
		"كتب وقراءات":              "",
	} {
		got := ""
		if p := HeadName(in); p != nil {
			got = *p
		}
		if got != want {
			t.Errorf("HeadName(%q) = %q, want %q", in, got, want)
		}
	}
}
