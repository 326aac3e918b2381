package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sahifa/sahifa/normalize"
)

// BenchmarkBuild segments and builds the fixtures, in MB/s of input.
func BenchmarkBuild(b *testing.B) {
	files, _ := filepath.Glob("segment/testdata/*.txt")
	var texts []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			build(segArticle("x.txt", t), Options{Profile: normalize.Display})
		}
	}
}
