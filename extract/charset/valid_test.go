package charset

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestValidUTF8(t *testing.T) {
	seed := readFixture(t, seedFile)
	cases := []string{
		"", "a", "abcdefgh", "abcdefghi", "سلام", "abc سلام defghijk",
		"\xc0\x80", "\xc1\xbf", "\xc2", "\xc2\x80", "\xdf\xbf", "\xdf\xc0", "\xd8",
		"abcdefg\xd8", "abcdefgh\xd8\xa7", "\xe2\x80\xa8", "\xe2\x80", "\xed\xa0\x80",
		"\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xff", "\x80", "ا\x80", "“سلام”",
		string(seed), string(seed[:len(seed)-1]), string(seed[1:]),
	}
	// Each inside Arabic text at every offset of the eight-byte blocks.
	for _, c := range cases[:24] {
		for k := range 17 {
			cases = append(cases, strings.Repeat("ب", k/2)+strings.Repeat("a", k%2)+c+"سلام عليكم ورحمة الله", "سلام عليكم ورحمة"[:k]+c)
		}
	}
	for _, s := range cases {
		if got, want := validUTF8([]byte(s)), utf8.ValidString(s); got != want {
			t.Errorf("validUTF8(%+q) = %v, utf8.Valid says %v", s, got, want)
		}
	}
}

func FuzzValidUTF8(f *testing.F) {
	f.Add([]byte("abc سلام \xd8"))
	f.Add([]byte("\xe2\x80\xa8abcdefgh\xc1\xbfسلام عليكم ورحمة"))
	f.Fuzz(func(t *testing.T, p []byte) {
		if got, want := validUTF8(p), utf8.Valid(p); got != want {
			t.Fatalf("validUTF8(%+q) = %v, utf8.Valid says %v", p, got, want)
		}
	})
}

func benchValid(b *testing.B, valid func([]byte) bool) {
	seed := readFixture(b, seedFile)
	p := bytes.Repeat(seed, 1<<20/len(seed)+1)
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		if !valid(p) {
			b.Fatal("invalid")
		}
	}
}

func BenchmarkValidUTF8(b *testing.B) { benchValid(b, validUTF8) }

// BenchmarkUTF8Valid is the standard library's, for comparison.
func BenchmarkUTF8Valid(b *testing.B) { benchValid(b, utf8.Valid) }
