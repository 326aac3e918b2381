package extract

import (
	"os"
	"testing"

	"github.com/sahifa/sahifa/extract/charset"
)

func TestScratch(t *testing.T) {
	data, _ := os.ReadFile("/tmp/s.trec")
	text, _, _ := charset.Decode(data, "")
	readTREC(Source{Path: "x"}, Input{}, text, nil, Options{})
}
