package source

import "testing"

func TestParseSize(t *testing.T) {
	for s, want := range map[string]int64{"32MiB": 32 << 20, "10MB": 10e6, "500k": 500 << 10, "1234": 1234, "1.5G": 3 << 29, "2 KiB": 2048} {
		if got, err := ParseSize(s); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "MiB", "-1", "3 parsecs", "0"} {
		if _, err := ParseSize(s); err == nil {
			t.Errorf("ParseSize(%q): no error", s)
		}
	}
}
