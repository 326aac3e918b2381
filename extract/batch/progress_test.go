package batch

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/normalize"
)

func TestProgressText(t *testing.T) {
	tests := []struct {
		st      Stats
		elapsed time.Duration
		want    string
	}{
		{Stats{}, 0, "0 articles, 0.0 MB"},
		{Stats{Articles: 1, Bytes: 2_500_000}, 0, "1 article, 2.5 MB"},
		{Stats{Articles: 1234, Bytes: 35_200_000}, 2 * time.Second, "1234 articles, 35.2 MB, 17.6 MB/s"},
		{Stats{Articles: 10, Bytes: 50_000}, 500 * time.Millisecond, "10 articles, 0.1 MB, 0.1 MB/s"},
	}
	for _, tt := range tests {
		if got := ProgressText(tt.st, tt.elapsed); got != tt.want {
			t.Errorf("ProgressText(%+v, %v) = %q, want %q", tt.st, tt.elapsed, got, tt.want)
		}
	}
}

// TestProgressCountsArticleBytes checks the figures Report.Progress is
// given on a compressed archive: Stats.Bytes are the article bytes, as the
// summary counts them, and consumed the compressed bytes read, which are
// far fewer; a bar's rate comes from the first (issue 12, item 10).
func TestProgressCountsArticleBytes(t *testing.T) {
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	var article int64
	for i := range 20 {
		body := []byte(fmt.Sprintf("عنوان المقال %d\n\n", i) + strings.Repeat("فقرة تتكرر من نص المقال الطويل. ", 200))
		article += int64(len(body))
		tw.WriteHeader(&tar.Header{Name: fmt.Sprintf("a/%02d.txt", i), Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg})
		tw.Write(body)
	}
	tw.Close()
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write(tb.Bytes())
	zw.Close()
	p := filepath.Join(t.TempDir(), "a.tar.gz")
	if err := os.WriteFile(p, zb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	var last Stats
	var lastConsumed int64
	calls := 0
	cfg := Config{Inputs: []string{p}, Jobs: 2, Extract: extract.Options{Profile: normalize.Display}}
	var out bytes.Buffer
	sink := NewStreamSink(encode.JSONL{}, &out, "")
	st, err := Run(context.Background(), cfg, nil, sink, Report{
		Progress: func(st Stats, consumed int64) { last, lastConsumed = st, consumed; calls++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 20 {
		t.Errorf("Progress called %d times, want 20 (once per article)", calls)
	}
	if last.Bytes != article || st.Bytes != article {
		t.Errorf("article bytes: Progress %d, Stats %d, want %d", last.Bytes, st.Bytes, article)
	}
	if lastConsumed <= 0 || lastConsumed > int64(zb.Len()) || lastConsumed*10 > article {
		t.Errorf("consumed %d: want the compressed bytes read (the archive is %d bytes, its articles %d)", lastConsumed, zb.Len(), article)
	}
	if got, want := ProgressText(last, time.Second), fmt.Sprintf("20 articles, %.1f MB, %.1f MB/s", float64(article)/1e6, float64(article)/1e6); got != want {
		t.Errorf("ProgressText = %q, want %q", got, want)
	}
}
