package extract

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/sahifa/sahifa/normalize"
)

// BenchmarkNormalizeStream: decoding and normalizing (display) a stream of
// real Arabic text, as sahifa normalize does.
func BenchmarkNormalizeStream(b *testing.B) {
	seed, err := os.ReadFile("../testdata/encodings/aljazeera-2016-02-02-libya-coalition.txt")
	if err != nil {
		b.Fatal(err)
	}
	data := bytes.Repeat(append(seed, '\n'), 2000)
	n := normalize.New(normalize.Display)
	w := bufio.NewWriter(io.Discard)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, rerr, werr := NormalizeStream(w, bytes.NewReader(data), "", n); rerr != nil || werr != nil {
			b.Fatal(rerr, werr)
		}
	}
}
