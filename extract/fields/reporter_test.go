package fields

import "testing"

func TestIsPersonName(t *testing.T) {
	for in, want := range map[string]bool{
		"حسين ثغب التميمي":     true,
		"عبد الله مياره":       true,
		"الحسن ولد الشيخ":      true,
		"د.سناء كامل شعلان":    true,
		"د. صلاح الدين يونس":   true,
		"فهد بن علي":           true,
		"دنيا الوطن":           false, // an outlet
		"الشرق القطرية":        false,
		"المحرر الاقتصادي":     false,
		"محمد":                 false, // one word
		"محمد في القاهرة":      false, // a function word
		"أحمد 2012":            false,
		"تود هالفورسون/ ترجمة": false,
		"سعاد الكواري: ندعو":   false,
		"محمد خلف تصوير":       false, // a role word
	} {
		if got := IsPersonName(in); got != want {
			t.Errorf("IsPersonName(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDatelineReporter(t *testing.T) {
	for in, want := range map[string]string{
		"بغداد- حسين ثغب التميمي":  "حسين ثغب التميمي",
		"عدن - ياسمين التهامي -":   "ياسمين التهامي",
		"صوفيا - محمد خلف:":        "محمد خلف",
		"الرياض - واس":             "",
		"غزة - دنيا الوطن":         "",
		"القاهرة – ش – وكالات":     "",
		"محمد علي - أحمد حسن":      "", // two names: no single reporter
		"فايز الحسيكي – عين اليوم": "فايز الحسيكي",
	} {
		if got := DatelineReporter(DashSplit(in)); got != want {
			t.Errorf("DatelineReporter(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTitleAuthor(t *testing.T) {
	for in, want := range map[string]string{
		"معاناة الكتب من خصومها / الحسن ولد الشيخ":                                           "الحسن ولد الشيخ",
		"الشيخ سيدي المختار الكنتي:النفوذ الروحي والسياسي/ عبد الله مياره":                   "عبد الله مياره",
		"أسطورة الرواية العربية .. نجيب محفوظ والأسطورة في رواياته - بقلم د.سناء كامل شعلان": "د.سناء كامل شعلان",
		"ابن القطان – المشيخة (34)":                                                          "",
		"الإنتاج 3/4 من الطاقة":                                                              "",
		"الحرب والسلام / رؤية في المستقبل":                                                   "", // no name after the slash
		"بقلم محمد علي": "", // a byline, not a title's tail
	} {
		if got := TitleAuthor(in); got != want {
			t.Errorf("TitleAuthor(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBylineAuthorRole(t *testing.T) {
	for in, want := range map[string]string{
		"بقلم تود هالفورسون/ ترجمة - الصباح": "تود هالفورسون",
		"بقلم محمد الصباري/ عضوا":            "محمد الصباري",
		"إعداد: صالح آل زمانان":              "صالح آل زمانان",
	} {
		if got := BylineAuthor(in); got != want {
			t.Errorf("BylineAuthor(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDatelineOutlet: after the place, an unknown outlet is the agency; a
// person is not.
func TestDatelineOutlet(t *testing.T) {
	for in, want := range map[string]string{
		"غزة - دنيا الوطن":        "دنيا الوطن",
		"بغداد- حسين ثغب التميمي": "",
		"مسقط- الرؤية":            "الرؤية",
		"القاهرة - في المساء":     "",
	} {
		_, ag := DatelineParts(DashSplit(in))
		if got := deref(ag); got != want {
			t.Errorf("DatelineParts(%q) agency = %q, want %q", in, got, want)
		}
	}
}

// TestPrefixBylineDashes: `place - name - ` opens a paragraph with its
// reporter, without a colon.
func TestPrefixBylineDashes(t *testing.T) {
	for _, tc := range []struct{ in, reporter, place string }{
		{"عمان - منير طلال - اختتم مدربو المنتخب الأولمبي للتايكواندو المعسكر", "منير طلال", "عمان"},
		{"مدريد - التي زارها الوزير - شهدت احتجاجات", "", ""},
		{"الرياض - واس - أصدر مجلس الشورى", "", ""},
	} {
		rep, pl, ok := PrefixByline(tc.in)
		if ok != (tc.reporter != "") || rep != tc.reporter || deref(pl) != tc.place {
			t.Errorf("PrefixByline(%q) = %q, %q, %v; want %q, %q", tc.in, rep, deref(pl), ok, tc.reporter, tc.place)
		}
	}
}

// TestDatelineReporterPlace: after a reporter, an unknown last part is the
// place; after anything else it is not.
func TestDatelineReporterPlace(t *testing.T) {
	for in, want := range map[string]string{
		"سلطان المالكي – بلجرشي":      "بلجرشي",
		"نقلًا عن فرانس24 -دون تصرف-": "",
		"بوجومبورا - د.ب.أ":           "بوجومبورا", // the place before a known agency
	} {
		pl, _ := DatelineParts(DashSplit(in))
		if got := deref(pl); got != want {
			t.Errorf("DatelineParts(%q) place = %q, want %q", in, got, want)
		}
	}
}

func TestAttributionBodyStar(t *testing.T) {
	for in, want := range map[string][2]string{
		"* الشرق القطرية":  {"*", "الشرق القطرية"},
		"* نقلا عن الشرق":  {"* نقلا عن", "الشرق"},
		"الجزيرة + وكالات": {"", "الجزيرة + وكالات"},
		"المصدر : رويترز":  {"المصدر :", "رويترز"},
	} {
		a := AttributionBody(in)
		if a.Label != want[0] || a.Text != want[1] {
			t.Errorf("AttributionBody(%q) = %q, %q; want %q, %q", in, a.Label, a.Text, want[0], want[1])
		}
	}
}

func TestSourceReporter(t *testing.T) {
	for in, want := range map[string]string{
		"المصدر: النهار - بسكال لوقا": "بسكال لوقا",
		"المصدر: الجزيرة + وكالات":    "",
		"المصدر: النهار - وكالات":     "",
		"* الشرق القطرية":             "",
		"بسكال لوقا - النهار":         "", // no label
	} {
		if got := SourceReporter(in); got != want {
			t.Errorf("SourceReporter(%q) = %q, want %q", in, got, want)
		}
	}
}
