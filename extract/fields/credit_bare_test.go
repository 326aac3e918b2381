package fields

import "testing"

func TestBareCredit(t *testing.T) {
	for _, tc := range []struct {
		in, text, credit string
		ok               bool
	}{
		{"سكان يتفقدون الأضرار بعد اشتباكات في العاصمة. أ ف ب", "سكان يتفقدون الأضرار بعد اشتباكات في العاصمة.", "أ ف ب", true},
		{"Residents inspect the damage in the capital. AFP", "Residents inspect the damage in the capital.", "AFP", true},
		{"جانب من الاحتجاجات أمام مقر الحكومة - رويترز", "جانب من الاحتجاجات أمام مقر الحكومة", "رويترز", true},
		{"وقال الوزير إن الخطة جاهزة. وأضاف أنها ستعرض قريبا", "", "", false},
		{"قال المتحدث إن الاجتماع انتهى. محمد", "", "", false},
		{"أ ف ب", "", "", false},
		{"جانب من الاحتجاجات (رويترز)", "", "", false},
	} {
		text, credit, ok := BareCredit(tc.in)
		if ok != tc.ok || text != tc.text || credit != tc.credit {
			t.Errorf("BareCredit(%q) = %q, %q, %v; want %q, %q, %v", tc.in, text, credit, ok, tc.text, tc.credit, tc.ok)
		}
	}
}
