package normalize

import (
	"bytes"
	"io"
	"testing"

	"golang.org/x/text/transform"
)

// newsText is about 1 MB of real Arabic news text: the fixtures, repeated.
func newsText(tb testing.TB) []byte {
	var b bytes.Buffer
	for b.Len() < 1<<20 {
		for _, f := range fixtures(tb) {
			b.Write(f)
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// transformAll runs n over src through a fixed dst, as transform.Reader
// does, and returns the bytes written.
func transformAll(n *Normalizer, dst, src []byte) int {
	total := 0
	for {
		nDst, nSrc, err := n.Transform(dst, src, true)
		total += nDst
		src = src[nSrc:]
		if err != transform.ErrShortDst {
			return total
		}
	}
}

func benchProfile(b *testing.B, p Profile, opts ...Option) {
	src := newsText(b)
	dst := make([]byte, 64<<10)
	n := New(p, opts...)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n.Reset()
		transformAll(n, dst, src)
	}
}

func BenchmarkNone(b *testing.B)    { benchProfile(b, None) }
func BenchmarkDisplay(b *testing.B) { benchProfile(b, Display) }
func BenchmarkSearch(b *testing.B)  { benchProfile(b, Search) }
func BenchmarkSearchOptions(b *testing.B) {
	benchProfile(b, Search, FoldHamza(), DaggerAlef(), ZWNJAsSpace())
}

// BenchmarkDebris is text full of what Display fixes, so it measures the
// slow path.
func BenchmarkDebris(b *testing.B) {
	var src []byte
	f := fixtures(b)[0]
	for len(src) < 1<<20 {
		src = append(src, f...)
	}
	dst := make([]byte, 64<<10)
	n := New(Display)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		n.Reset()
		transformAll(n, dst, src)
	}
}

// BenchmarkReader is the command line's path: transform.Reader.
func BenchmarkReader(b *testing.B) {
	src := newsText(b)
	n := New(Display)
	buf := make([]byte, 64<<10)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		io.CopyBuffer(io.Discard, transform.NewReader(bytes.NewReader(src), n), buf)
	}
}

// TestAlloc: in steady state a Transform call allocates nothing, in every
// configuration, on clean and on debris-laden text.
func TestAlloc(t *testing.T) {
	src := newsText(t)[:256<<10]
	debris := fixtures(t)[0]
	dst := make([]byte, 4096)
	for _, c := range configs {
		n := New(c.p, c.opts...)
		for _, in := range [][]byte{src, debris} {
			allocs := testing.AllocsPerRun(10, func() {
				n.Reset()
				transformAll(n, dst, in)
			})
			if allocs != 0 {
				t.Errorf("%s: %v allocations per run", c.name, allocs)
			}
		}
	}
}
