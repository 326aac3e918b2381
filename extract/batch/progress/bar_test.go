package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/sahifa/sahifa/extract/batch"
)

func TestBar(t *testing.T) {
	// Before Delay: nothing drawn, nothing to remove.
	var quiet bytes.Buffer
	b := NewBar(&quiet, 1000)
	b.Delay = time.Hour
	b.Update(batch.Stats{Articles: 1, Bytes: 5_000_000}, 10)
	b.Done()
	if quiet.Len() != 0 {
		t.Errorf("a bar before its delay wrote %q", quiet.String())
	}

	// After it: the articles and their MB (not the consumed bytes), then
	// the line cleared for the summary.
	for _, total := range []int64{1000, -1} {
		var out bytes.Buffer
		b := NewBar(&out, total)
		b.Delay = 0
		b.Update(batch.Stats{Articles: 3, Bytes: 5_000_000}, 10)
		b.Done()
		s := out.String()
		if !strings.Contains(s, "3 articles, 5.0 MB") {
			t.Errorf("total %d: the bar does not say the articles and their MB: %q", total, s)
		}
		if !strings.HasSuffix(s, "\r\x1b[K") {
			t.Errorf("total %d: the bar is not cleared at the end: %q", total, s)
		}
	}
}
