package script

import "testing"

func TestDashTatweel(t *testing.T) {
	for in, want := range map[string]string{
		"عكاظ اليوم ـ جدة":      "عكاظ اليوم – جدة",
		"ــ فقه الأعيان":        "– فقه الأعيان",
		"1ـ المستشرق ماسينبون":  "1– المستشرق ماسينبون",
		"10ـــ المستشرق بلاشير": "10– المستشرق بلاشير",
		"الهـــداف إنجاز":       "الهـــداف إنجاز", // a lengthened word stays
		"عام 2012":              "عام 2012",
	} {
		if got := DashTatweel(in); got != want {
			t.Errorf("DashTatweel(%q) = %q, want %q", in, got, want)
		}
	}
}
