package fields

import "testing"

// TestPrefixDateline covers the datelines that open a paragraph: the text
// found, the place and the agency. Derived fields never remove text, so only
// the parse is checked here.
func TestPrefixDateline(t *testing.T) {
	tests := []struct {
		name, in            string
		text, place, agency string // "" means nil
		ok                  bool
	}{
		{"cnn", "دبي، الإمارات العربية المتحدة (CNN)— طلبت هيئة النقل العام", "دبي، الإمارات العربية المتحدة (CNN)", "دبي، الإمارات العربية المتحدة", "CNN", true},
		{"gigaword afp with date", "القاهرة 3-1 (اف ب) - قال مسؤولون مصريون", "القاهرة 3-1 (اف ب)", "القاهرة", "AFP", true},
		{"reuters", "بغداد (رويترز) - قالت الشرطة", "بغداد (رويترز)", "بغداد", "Reuters", true},
		{"place dash", "طهران- ما عدا فترات قصيرة ساد خلالها الهدوء", "طهران", "طهران", "", true},
		{"parenthesis not an agency", "قال الوزير (في مؤتمر صحفي) - وهو يبتسم", "", "", "", false},
		{"agency without dash", "بغداد (رويترز) قالت الشرطة", "", "", "", false},
		{"plain paragraph", "استبعد التحالف الدولي تدخلا عسكريا في ليبيا", "", "", "", false},
		{"date first", "08/ديسمبر/2009] واشنطن – سبأنت: طالب الكونجرس", "08/ديسمبر/2009] واشنطن – سبأنت", "واشنطن", "سبأنت", true},
		{"place, agency between dashes", "مدريد -ا ف ب - قال الوزير اليوم", "مدريد -ا ف ب", "مدريد", "AFP", true},
		{"place, national agency", "عمّان - بترا - افتتح الوزير", "عمّان - بترا", "عمّان", "بترا", true},
		{"place, a clause between dashes: no agency", "مدريد - التي زارها الوزير - شهدت", "مدريد", "مدريد", "", true},
		{"date first, no dateline", "08/12/2009 - طالب الكونجرس الإدارة بالدعم", "", "", "", false},
		{"newspaper as agency", "الدوحة - الراية: افتتح سعادة الوزير", "الدوحة - الراية", "الدوحة", "الراية", true},
		{"newspaper, colon glued to the text", "دبي - الراية :أظهر استطلاع للرأي", "دبي - الراية", "دبي", "الراية", true},
		{"place, a clause before a colon: no agency", "مدريد - التي زارها الوزير: شهدت", "مدريد - التي زارها الوزير", "مدريد", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, place, agency, ok := PrefixDateline(tt.in)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v (text %q)", ok, tt.ok, text)
			}
			if !ok {
				return
			}
			if text != tt.text {
				t.Errorf("text = %q, want %q", text, tt.text)
			}
			if got := deref(place); got != tt.place {
				t.Errorf("place = %q, want %q", got, tt.place)
			}
			if got := deref(agency); got != tt.agency {
				t.Errorf("agency = %q, want %q", got, tt.agency)
			}
		})
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestDatelineParts covers the agency a dateline's parts name: a known
// wire's canonical name first, else a newspaper or national agency as
// written, else none.
func TestDatelineParts(t *testing.T) {
	tests := []struct {
		parts         []string
		place, agency string
	}{
		{[]string{"الرياض", "واس"}, "الرياض", "SPA"},
		{[]string{"سلطان المالكي", "سبق", "الرياض"}, "الرياض", "سبق"},
		{[]string{"الكويت", "كونا"}, "الكويت", "كونا"},
		{[]string{"عمّان", "بترا", "ا ف ب"}, "عمّان", "AFP"},
		{[]string{"فلان الفلاني", "القاهرة"}, "القاهرة", ""},
		{[]string{"قال الوزير"}, "", ""},
		{[]string{"مسقط", "الرؤية"}, "مسقط", "الرؤية"},
		{[]string{"الرباط", "(ا ف ب)"}, "الرباط", "AFP"},
		{[]string{"صلالة", "مكتب عمان"}, "صلالة", "مكتب عمان"},
		{[]string{"صوفيا", "محمد خلف"}, "صوفيا", ""},
		{[]string{"القاهرة", "الحسن ولد الشيخ"}, "القاهرة", ""},
	}
	for _, tt := range tests {
		place, agency := DatelineParts(tt.parts)
		if deref(place) != tt.place || deref(agency) != tt.agency {
			t.Errorf("DatelineParts(%q) = %q, %q; want %q, %q", tt.parts, deref(place), deref(agency), tt.place, tt.agency)
		}
	}
}
