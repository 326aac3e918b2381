package fields

import (
	"strings"
	"testing"
)

func TestAgencyOf(t *testing.T) {
	for credit, want := range map[string]string{
		"الأوروبية": "EPA", "EPA": "EPA", "الفرنسية": "AFP", "أ ف ب": "AFP", "اف ب": "AFP", "AFP": "AFP",
		"رويترز": "Reuters", "REUTERS": "Reuters", "أسوشيتد برس": "AP", "AP Photo": "AP", "الأناضول": "Anadolu",
		"Anadolu": "Anadolu", "غيتي": "Getty", "Getty": "Getty", "واس": "SPA", "SPA": "SPA", "الجزيرة": "Al Jazeera",
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
