package fields

import (
	"strings"
	"testing"
)

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

// FuzzBareCredit: BareCredit never panics, and what it splits off is the
// line's own text: the credit a known agency and its end.
func FuzzBareCredit(f *testing.F) {
	f.Add("سكان يتفقدون الأضرار في العاصمة. أ ف ب")
	f.Add("Residents inspect the damage. AFP")
	f.Add(" - رويترز")
	f.Fuzz(func(t *testing.T, c string) {
		text, credit, ok := BareCredit(c)
		if !ok {
			return
		}
		if Agency(credit) == "" || !strings.Contains(c, credit) || !strings.HasPrefix(strings.TrimSpace(c), text) {
			t.Fatalf("BareCredit(%q) = %q, %q", c, text, credit)
		}
	})
}
