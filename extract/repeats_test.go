package extract

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/segment"
	"github.com/sahifa/sahifa/normalize"
)

func TestRepeatKey(t *testing.T) {
	n := normalize.New(normalize.Display)
	key := func(s string) (string, bool) {
		f := segment.NewFeature(n, s)
		return RepeatKey(&f)
	}
	long := strings.Repeat("وقال المتحدث إن الاجتماع بحث الأوضاع ", 3)
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		// debris and hamza seats do not tell two copies of a line apart
		{"الرئيسية  محليات\u200f رياضة", "الرئيسيه محليات رياضة", true},
		{"جريدة الأنباء اليومية", "جريدة الانباء اليومية", true},
		{"جريدة الأنباء اليومية", "جريدة الأنباء الأسبوعية", false},
		{long, long + " ", true},
		{long, "بل " + long, false},
	} {
		ka, _ := key(tc.a)
		kb, _ := key(tc.b)
		if (ka == kb) != tc.same {
			t.Errorf("keys of %q and %q: %q, %q; same = %v, want %v", tc.a, tc.b, ka, kb, ka == kb, tc.same)
		}
	}
	for _, tc := range []struct {
		line      string
		key, long bool
	}{
		{"الرئيسية محليات رياضة", true, false},
		{long, true, true},
		{"***", false, false},
		{"2025-12-31", false, false},
		{"", false, false},
	} {
		k, l := key(tc.line)
		if (k != "") != tc.key || l != tc.long {
			t.Errorf("RepeatKey(%q) = %q, %v; want a key %v, long %v", tc.line, k, l, tc.key, tc.long)
		}
	}
	if k := lineKey(&segment.Feature{}); k != "" {
		t.Errorf("blank line key %q", k)
	}
	f := segment.NewFeature(n, long)
	if k := lineKey(&f); !IsLongKey(k) {
		t.Errorf("long line key %q is not long", k)
	}
	f = segment.NewFeature(n, "الرئيسية")
	if k := lineKey(&f); IsLongKey(k) {
		t.Errorf("short line key %q is long", k)
	}
}
