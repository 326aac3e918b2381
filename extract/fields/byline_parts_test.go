package fields

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/internal/script"
)

func TestParseBylineLine(t *testing.T) {
	for _, tc := range []struct {
		in              string
		reporter, place string
		dated, ok       bool
	}{
		{"يحيى الحلالي -", "يحيى الحلالي", "", false, true},
		{"صوفيا - محمد خلف:", "محمد خلف", "صوفيا", false, true},
		{"الخميس 03 ماي 2012الجزائر: حميد عبد القادر", "حميد عبد القادر", "الجزائر", true, true},
		{"أسماء علي كريم وليلى مصطفى مواسي- المشهد", "أسماء علي كريم وليلى مصطفى مواسي", "", false, true},
		{"عدن - ياسمين التهامي -", "ياسمين التهامي", "عدن", false, true},
		{"فايز الحسيكي – عين اليوم", "فايز الحسيكي", "", false, true},
		{"القاهرة: نسمة سمير", "نسمة سمير", "القاهرة", false, true},
		{"بغداد/ مشرق الاسدي", "مشرق الاسدي", "بغداد", false, true},
		{"صنعاء/عبدالرقيب فارع -", "عبدالرقيب فارع", "صنعاء", false, true},
		{"القاهرة: وكالة الصحافة العربية", "", "", false, false}, // an agency
		{"بغداد/ المدى برس", "", "", false, false},               // an outlet
		{"القاهرة: اختتام مؤتمر في العاصمة", "", "", false, false},
		{"حقائق: نسمة سمير", "", "", false, false}, // no place to vouch for it
		{"يحيى الحلالي", "", "", false, false},     // a name alone: the name rules'
		{"الرياض - واس", "", "", false, false},
		{"سعاد الكواري: ندعو جميع المثقفين لتقديم اقتراحاتهم", "", "", false, false},
		{"مخاوف مشروعة", "", "", false, false},
		{"المنتخب - محمد علي - أحمد حسن", "", "", false, false},
		{"الدوري الأقوى - والمنافسة على الهداف ساخنة", "", "", false, false},
	} {
		b, ok := ParseBylineLine(tc.in)
		if ok != tc.ok || ok && (b.Reporter != tc.reporter || b.Place != tc.place || b.Dated != tc.dated) {
			t.Errorf("ParseBylineLine(%q) = %+v, %v; want %q %q %v, %v", tc.in, b, ok, tc.reporter, tc.place, tc.dated, tc.ok)
		}
	}
}

// FuzzParseBylineLine: a line read as a byline names its reporter and its
// place with words of the line, and the reporter is never empty; a dated
// dateline's parts are the line's; a name without its titles is no longer
// than the line.
func FuzzParseBylineLine(f *testing.F) {
	for _, s := range []string{"يحيى الحلالي -", "صوفيا - محمد خلف:", "الخميس 03 ماي 2012الجزائر: حميد عبد القادر",
		"أسماء علي كريم وليلى مصطفى مواسي- المشهد", "بغداد- حسين ثغب التميمي", "عمر المصادي: الأمل هو", "- : -", "2012-05-17 -",
		"القاهرة: نسمة سمير", "بغداد/ مشرق الاسدي", "العواصم: الوكالات 2012-07-08 12:06 AM", "رام الله 21-5-2012 وفا- محمد عواد", "م.عماد شحادة صيام", "أ .د . أحمد"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c := script.Clean(in)
		if au := LooseByline(c); au != "" && !IsPersonName(au) {
			t.Fatalf("LooseByline(%q) = %q, no name", c, au)
		}
		if _, parts, ok := DatedDateline(c); ok {
			for _, p := range parts {
				if p == "" || !strings.Contains(c, p) {
					t.Fatalf("DatedDateline(%q): part %q is not the line's", c, p)
				}
			}
		}
		if name, _ := CutTitles(c); len(name) > len(c) {
			t.Fatalf("CutTitles(%q) = %q, longer than the line", c, name)
		}
		b, ok := ParseBylineLine(c)
		if !ok {
			return
		}
		if b.Reporter == "" || !strings.Contains(c, b.Reporter) || b.Place != "" && !strings.Contains(c, b.Place) {
			t.Fatalf("ParseBylineLine(%q) = %+v", c, b)
		}
		if !isNames(b.Reporter) && !looseName(b.Reporter) {
			t.Fatalf("reporter %q is no name", b.Reporter)
		}
		_ = DatelineReporter(DashSplit(c))
		_ = TitleAuthor(c)
	})
}
