package normalize

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// configs are the profile and option sets the property tests run.
var configs = []config{
	{"none", None, nil},
	{"display", Display, nil},
	{"display-latin", Display, []Option{Digits(DigitsLatin)}},
	{"display-arabic-keep-persian", Display, []Option{Digits(DigitsArabic), KeepPersian()}},
	{"search", Search, nil},
	{"search-all-options", Search, []Option{FoldHamza(), DaggerAlef(), ZWNJAsSpace()}},
	{"search-keep-persian", Search, []Option{KeepPersian()}},
}

// chunked runs n over in, handing it src in pieces split at the offsets
// given and a dst of dstSize bytes (0: large), as a careful caller would.
func chunked(t testing.TB, n *Normalizer, in []byte, splits []int, dstSize int) []byte {
	t.Helper()
	n.Reset()
	if dstSize == 0 {
		dstSize = 4096
	}
	dst := make([]byte, dstSize)
	var out []byte
	var pending []byte
	bounds := append(append([]int(nil), splits...), len(in))
	prev := 0
	for bi, b := range bounds {
		pending = append(pending, in[prev:b]...)
		prev = b
		atEOF := bi == len(bounds)-1
		for guard := 0; ; guard++ {
			if guard > 1<<20 {
				t.Fatalf("no progress")
			}
			nDst, nSrc, err := n.Transform(dst, pending, atEOF)
			out = append(out, dst[:nDst]...)
			pending = pending[nSrc:]
			if err == transform.ErrShortDst {
				continue
			}
			if err == transform.ErrShortSrc {
				if atEOF {
					t.Fatalf("ErrShortSrc at EOF")
				}
				break
			}
			if err != nil {
				t.Fatalf("Transform: %v", err)
			}
			if len(pending) != 0 {
				t.Fatalf("nil error with %d bytes unread", len(pending))
			}
			break
		}
	}
	return out
}

// hasArabicOrControls reports whether s has any rune the display and
// search rules may change other than white space.
func hasArabicOrControls(s string) bool {
	for _, r := range s {
		switch {
		case r >= 0x600 && r <= 0x8FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
			return true
		case unicode.Is(unicode.Arabic, r), isInvisible(r), r == zwnj, r == '\r':
			return true
		}
	}
	return false
}

// spaceRules applies only the white-space rules of Display.
func spaceRules(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.Map(func(r rune) rune {
			if isSpaceLike(r) {
				return ' '
			}
			return r
		}, l)
		lines[i] = strings.Join(strings.FieldsFunc(l, func(r rune) bool { return r == ' ' }), " ")
	}
	return strings.Join(lines, "\n")
}

// arabicSkeleton is the Arabic letters and marks of s, decomposed, with
// the look-alikes Display maps folded.
func arabicSkeleton(s string) string {
	// Presentation forms as Display decomposes them (no space before the
	// harakat forms), then NFD, which puts the marks in canonical order.
	var d strings.Builder
	for _, r := range s {
		if p := presentation(r); p != nil {
			d.WriteString(string(p))
		} else {
			d.WriteRune(r)
		}
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(d.String()) {
		switch r {
		case 0x6A9:
			r = 0x643
		case 0x6CC, 0x649:
			r = 0x64A
		case 0x6C1, 0x6BE:
			r = 0x647
		}
		if isArLetter(r) || isArMark(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

type config struct {
	name string
	p    Profile
	opts []Option
}

// checkProperties checks every property of the spec on one input, in every
// configuration.
func checkProperties(t *testing.T, in []byte) {
	t.Helper()
	for _, c := range configs {
		checkConfig(t, c, in)
	}
}

// checkConfig checks every property of the spec on one input, in one
// configuration.
func checkConfig(t *testing.T, c config, in []byte) {
	t.Helper()
	{
		n := New(c.p, c.opts...)
		want := chunked(t, n, in, nil, 0)
		if !utf8.Valid(want) {
			t.Errorf("%s: invalid UTF-8 out for %+q: %+q", c.name, in, want)
		}
		if again := chunked(t, n, want, nil, 0); !bytes.Equal(again, want) {
			t.Errorf("%s: not idempotent for %+q:\n once: %+q\ntwice: %+q", c.name, in, want, again)
		}
		// Every split point (short inputs), and a few otherwise.
		step := 1
		if len(in) > 64 {
			step = len(in)/16 + 1
		}
		for k := 1; k < len(in); k += step {
			if got := chunked(t, n, in, []int{k}, 0); !bytes.Equal(got, want) {
				t.Errorf("%s: split at %d of %+q:\n got %+q\nwant %+q", c.name, k, in, got, want)
				break
			}
		}
		for _, size := range []int{1, 2, 3, 7} {
			if got := chunked(t, n, in, nil, size); !bytes.Equal(got, want) {
				t.Errorf("%s: dst of %d bytes for %+q:\n got %+q\nwant %+q", c.name, size, in, got, want)
			}
		}
		n.Reset()
		got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(in)), n))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: one byte at a time for %+q: %v\n got %+q\nwant %+q", c.name, in, err, got, want)
		}
		if c.p == None || !utf8.Valid(in) || hasArabicOrControls(string(in)) || bytes.HasPrefix(in, []byte("\uFEFF")) {
			goto letters
		}
		if c.p == Search && !utf8.Valid(in) {
			goto letters
		}
		if c.p == Search && strings.ContainsFunc(string(in), func(r rune) bool { return r >= 0x80 && unicode.IsDigit(r) }) {
			goto letters
		}
		if s := spaceRules(string(in)); string(want) != s {
			t.Errorf("%s: non-Arabic text changed: %+q\n got %+q\nwant %+q", c.name, in, want, s)
		}
	letters:
		if c.p == Display && utf8.Valid(in) {
			if a, b := arabicSkeleton(string(in)), arabicSkeleton(string(want)); a != b {
				t.Errorf("%s: Arabic letters or marks changed for %+q:\n in %+q\nout %+q", c.name, in, a, b)
			}
		}
	}
}
