package termsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ASCII", "a.txt: no title", "a.txt: no title"},
		{"Arabic with tatweel and NBSP stays", "مقـال\u00a0أول.txt", "مقـال\u00a0أول.txt"},
		{"window title (OSC 0 … BEL)", "\x1b]0;owned\a.txt", "‹ESC›]0;owned‹BEL›.txt"},
		{"clear screen", "a\x1b[2Jb", "a‹ESC›[2Jb"},
		{"clipboard write (OSC 52)", "\x1b]52;c;ZXZpbA==\a", "‹ESC›]52;c;ZXZpbA==‹BEL›"},
		{"C1 CSI U+009B", "a\u009b2Jb", "a‹U+009B›2Jb"},
		{"C1 NEL U+0085", "a\u0085b", "a‹U+0085›b"},
		{"raw C1 byte, invalid UTF-8", "a\x9b2J", "a‹\\x9B›2J"},
		{"bidi override", "\u202etxt.exe", "‹RLO›txt.exe"},
		{"isolates and marks", "\u2067a\u2069\u200f\u061c", "‹RLI›a‹PDI›‹RLM›‹ALM›"},
		{"line break and tab", "a\nsahifa: fake\tb", "a‹LF›sahifa: fake‹TAB›b"},
		{"DEL and NUL", "\x7f\x00", "‹DEL›‹NUL›"},
		{"other C0", "\x01", "‹U+0001›"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestStringNoControlLeft: whatever the input, the output holds no control
// and is valid UTF-8.
func TestStringNoControlLeft(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0x3000; r++ {
		all.WriteRune(r)
	}
	for c := 0x80; c < 0x100; c++ {
		all.WriteByte(byte(c))
	}
	out := String(all.String())
	if !utf8.ValidString(out) {
		t.Fatal("output is not valid UTF-8")
	}
	for _, r := range out {
		if Control(r) {
			t.Fatalf("control %U left in the output", r)
		}
	}
}

func TestStringNoAlloc(t *testing.T) {
	s := "corpus/مقال.txt: no title line found"
	if n := testing.AllocsPerRun(100, func() { _ = String(s) }); n != 0 {
		t.Errorf("String of a clean string allocates %v times", n)
	}
}

func FuzzString(f *testing.F) {
	f.Add("\x1b]0;t\a")
	f.Add("a\u009b\x9b\u202e")
	f.Fuzz(func(t *testing.T, s string) {
		out := String(s)
		if !utf8.ValidString(out) {
			t.Fatalf("String(%q) is not valid UTF-8", s)
		}
		for _, r := range out {
			if Control(r) {
				t.Fatalf("String(%q) keeps %U", s, r)
			}
		}
		if String(out) != out {
			t.Fatalf("String is not idempotent on %q", s)
		}
	})
}
