package charset

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// cp1256 is s in Windows-1256.
func cp1256(t *testing.T, s string) string {
	b, err := charmap.Windows1256.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mojibake is s in UTF-8 read once as Windows-1256.
func mojibake(t *testing.T, s string) string {
	b, err := charmap.Windows1256.NewDecoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// nonASCII counts the lines that are not all ASCII.
func nonASCII(lines []string) int {
	n := 0
	for _, l := range lines {
		if hasHigh([]byte(l)) {
			n++
		}
	}
	return n
}

// A file half UTF-8, half Windows-1256 is read line by line, each line in
// its encoding, with Mixed set; a file in one encoding is not Mixed.
func TestDecodeMixed(t *testing.T) {
	seed := string(readFixture(t, seedFile))
	lines := strings.SplitAfter(seed, "\n")
	half := len(lines) / 2
	head, tail := strings.Join(lines[:half], ""), strings.Join(lines[half:], "")
	for _, tt := range []struct {
		name, in    string
		as          string
		first, many int
	}{
		{"utf-8 then windows-1256", head + cp1256(t, tail), Windows1256, half + 1, nonASCII(lines[half:])},
		{"windows-1256 then utf-8", cp1256(t, head) + tail, Windows1256, 1, nonASCII(lines[:half])},
		{"utf-8 then mojibake", head + mojibake(t, tail), UTF8MojibakeFix, half + 1, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, r, err := Decode([]byte(tt.in), "")
			if err != nil {
				t.Fatal(err)
			}
			if got != seed {
				t.Errorf("text differs from the seed:\n%s", got)
			}
			if !r.Mixed || r.MixedAs != tt.as || r.MixedLine != tt.first || (tt.many > 0 && r.MixedLines != tt.many) {
				t.Errorf("result %+v, want mixed as %s from line %d, %d lines", r, tt.as, tt.first, tt.many)
			}
			sameAsDecode(t, []byte(tt.in), "")
		})
	}
	// One encoding, or UTF-8 with one bad byte: not mixed.
	for _, in := range []string{seed, cp1256(t, seed), mojibake(t, seed), seed + "\nسطر \xff آخر\n"} {
		if _, r, err := Decode([]byte(in), ""); err != nil || r.Mixed {
			t.Errorf("%.30q…: mixed %v, err %v", in, r.Mixed, err)
		}
	}
}

// Text decoded wrongly twice is repaired twice.
func TestDecodeDoubleMojibake(t *testing.T) {
	seed := string(readFixture(t, seedFile))
	twice := mojibake(t, mojibake(t, seed))
	got, r, err := Decode([]byte(twice), "")
	if err != nil || got != seed {
		t.Fatalf("err %v, text equal %v", err, got == seed)
	}
	if !r.Repaired || r.Repairs != 2 || r.MojibakeLeft || r.Encoding != UTF8MojibakeFix {
		t.Errorf("result %+v, want 2 repairs", r)
	}
	// Mojibake that cannot be re-encoded (a character Windows-1256 lacks
	// in every line) is not repaired, and says so.
	spoilt := strings.ReplaceAll(mojibake(t, seed)+"\n", "\n", "€‰\u4e00\n")
	if _, r, _ := Decode([]byte(spoilt), ""); r.Repaired || !r.MojibakeLeft {
		t.Errorf("unrepairable: %+v, want MojibakeLeft", r)
	}
}

// A UTF-8 byte order mark before UTF-16 text is not UTF-8: the text is
// read as UTF-16.
func TestDecodeBOMBeforeUTF16(t *testing.T) {
	seed := string(readFixture(t, seedFile))
	for _, bom := range []unicode.BOMPolicy{unicode.IgnoreBOM, unicode.UseBOM} {
		u16, _ := unicode.UTF16(unicode.LittleEndian, bom).NewEncoder().String(seed)
		in := "\xef\xbb\xbf" + u16
		got, r, err := Decode([]byte(in), "")
		if err != nil || got != seed {
			t.Fatalf("err %v, text equal %v", err, got == seed)
		}
		if !r.BOMMismatch || !r.Guessed || r.Encoding != UTF16LE {
			t.Errorf("result %+v, want BOMMismatch", r)
		}
		sameAsDecode(t, []byte(in), "")
	}
}

// Names: UTF-8 as it is, Arabic Windows-1256, else CP437.
func TestDecodeName(t *testing.T) {
	for in, want := range map[string][2]string{
		"مقال.txt":             {"مقال.txt", ""},
		"\xe3\xde\xc7\xe1.txt": {"مقال.txt", NameCP1256},
		"caf\x82.txt":          {"café.txt", NameCP437},
	} {
		if got, cp := DecodeName(in); got != want[0] || cp != want[1] {
			t.Errorf("DecodeName(%q) = %q, %q; want %q, %q", in, got, cp, want[0], want[1])
		}
	}
}

// FuzzDecodeName: valid UTF-8 out, a UTF-8 name unchanged.
func FuzzDecodeName(f *testing.F) {
	f.Add("\xe3\xde\xc7\xe1.txt")
	f.Add("caf\x82.txt")
	f.Add("مقال.txt")
	f.Fuzz(func(t *testing.T, name string) {
		got, cp := DecodeName(name)
		if !utf8.ValidString(got) || (cp == "") != utf8.ValidString(name) || cp == "" && got != name {
			t.Fatalf("DecodeName(%q) = %q, %q", name, got, cp)
		}
	})
}
