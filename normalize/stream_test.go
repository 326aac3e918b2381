package normalize

import (
	"bytes"
	"testing"

	"golang.org/x/text/transform"
)

// TestBoundaries: the cases where a rule needs what comes before or after,
// split at every byte, with a dst of every small size.
func TestBoundaries(t *testing.T) {
	cases := []struct {
		p       Profile
		in, out string
	}{
		{Display, "ليبيا", "ليبيا"},                            // a two-byte rune split across reads
		{Display, "التحـــالف", "التحالف"},                     // kashida run at a buffer edge
		{Display, "بـ\nب", "بـ\nب"},                            // a tatweel before a line break stays
		{Search, "\u0627\ufdf2", "الله"},                       // ا then ﷲ
		{Display, "في   \u00a0 ليبيا  \n  ثم", "في ليبيا\nثم"}, // space runs and trimming
		{Display, "الليبية, لكنه", "الليبية، لكنه"},            // , after an Arabic letter
		{Display, "كلمة  ، ثم كلمة .", "كلمة، ثم كلمة."},       // space before punctuation
		{Display, "\u0627\u0654\u064e", "\u0623\u064e"},        // a mark composes across the split
		{Display, "علی\nفی", "على\nفى"},                        // ی decided by what follows
		{Search, "١٫٥ و٢٬٠٠٠", "1.5 و2000"},                    // ٫ ٬ between digits
		{None, "a\r\nb\r", "a\nb\n"},                           // CR then LF in the next read
		{None, "\ufeffب", "ب"},                                 // a BOM split across reads
	}
	for _, c := range cases {
		n := New(c.p)
		in := []byte(c.in)
		for k := 0; k <= len(in); k++ {
			for _, size := range []int{1, 2, 3, 5, 0} {
				if got := chunked(t, n, in, []int{k}, size); string(got) != c.out {
					t.Errorf("%v %+q split at %d, dst %d: got %+q, want %+q", c.p, c.in, k, size, got, c.out)
				}
			}
		}
	}
}

// TestTransformContract checks ErrShortSrc, ErrShortDst and invalid bytes
// as the transform.Transformer contract has them.
func TestTransformContract(t *testing.T) {
	n := New(Display)
	dst := make([]byte, 64)

	// A rune cut at the end of src, not at EOF: ErrShortSrc, the rest
	// consumed.
	src := []byte("ab\xd9")
	nDst, nSrc, err := n.Transform(dst, src, false)
	if err != transform.ErrShortSrc || nSrc != 2 || string(dst[:nDst]) != "ab" {
		t.Errorf("cut rune: %d %d %v %q", nDst, nSrc, err, dst[:nDst])
	}
	// The same at EOF: U+FFFD.
	n.Reset()
	nDst, nSrc, err = n.Transform(dst, src, true)
	if err != nil || nSrc != 3 || string(dst[:nDst]) != "ab\ufffd" {
		t.Errorf("cut rune at EOF: %d %d %v %q", nDst, nSrc, err, dst[:nDst])
	}
	// Invalid bytes in the middle: one U+FFFD each, counted.
	n.Reset()
	n.ResetChanges()
	nDst, _, err = n.Transform(dst, []byte("a\xff\xfeb"), true)
	if err != nil || string(dst[:nDst]) != "a\ufffd\ufffdb" || n.Changes()["invalid_utf8"] != 2 {
		t.Errorf("invalid bytes: %v %q %v", err, dst[:nDst], n.Changes())
	}
	// A dst of one byte: ErrShortDst, progress on every call.
	n.Reset()
	src = []byte("بـب")
	var out []byte
	for calls := 0; ; calls++ {
		if calls > 100 {
			t.Fatal("no progress with a one-byte dst")
		}
		nDst, nSrc, err := n.Transform(dst[:1], src, true)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err == nil {
			break
		}
		if err != transform.ErrShortDst || nDst == 0 && nSrc == 0 {
			t.Fatalf("one-byte dst: %d %d %v", nDst, nSrc, err)
		}
	}
	if string(out) != "بب" {
		t.Errorf("one-byte dst: got %q", out)
	}
	// An empty dst with pending output: ErrShortDst, nothing lost.
	n.Reset()
	if _, _, err := n.Transform(dst, []byte("ب"), false); err != nil {
		t.Fatal(err)
	}
	if nDst, _, err := n.Transform(nil, nil, true); err != transform.ErrShortDst || nDst != 0 {
		t.Errorf("empty dst: %d %v", nDst, err)
	}
	if nDst, _, err := n.Transform(dst, nil, true); err != nil || string(dst[:nDst]) != "ب" {
		t.Errorf("after empty dst: %q %v", dst[:nDst], err)
	}
}

// TestLongInputs: long runs (tatweels, marks, spaces) keep constant memory
// and come out right.
func TestLongInputs(t *testing.T) {
	tat := bytes.Repeat([]byte("\u0640"), 100000)
	in := append(append([]byte("ب"), tat...), []byte("ب ")...)
	in = append(in, tat...)
	got := New(Display).Bytes(in)
	want := append([]byte("بب "), tat...)
	if !bytes.Equal(got, want) {
		t.Errorf("tatweel runs: got %d bytes, want %d", len(got), len(want))
	}
	marks := bytes.Repeat([]byte("\u064e"), 100)
	in = append([]byte("ب"), marks...)
	checkProperties(t, in)
	if got := New(Search).Bytes(in); string(got) != "ب" {
		t.Errorf("many marks in search: %+q", got)
	}
	spaces := bytes.Repeat([]byte(" \u00a0"), 50000)
	in = append(append([]byte("a"), spaces...), 'b')
	if got := New(Display).Bytes(in); string(got) != "a b" {
		t.Errorf("space run: %d bytes", len(got))
	}
}
