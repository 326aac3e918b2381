package batch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/source"
	"github.com/sahifa/sahifa/normalize"
)

// slowConvert converts like Extract but takes a random time, so that
// workers finish out of order; content starting with FAIL is an error.
func slowConvert(opt extract.Options) Convert {
	real := Extract(opt)
	return func(u *Unit) []*document.Document {
		time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
		if bytes.HasPrefix(u.Data, []byte("FAIL")) {
			return []*document.Document{extract.ErrorRecord(u.Source, document.ErrSyntax, "fake failure")}
		}
		return real(u)
	}
}

// A Go program runs a batch without any command line: the documents come
// in input order, whatever the number of workers.
func TestRunOrder(t *testing.T) {
	dir := t.TempDir()
	for i := range 120 {
		p := filepath.Join(dir, fmt.Sprintf("d%d", i%5), fmt.Sprintf("f%03d.txt", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		body := "نص المقال رقم " + fmt.Sprint(i) + " وهو فقرة كاملة تنتهي بنقطة."
		if i%17 == 3 {
			body = "FAIL"
		}
		os.WriteFile(p, []byte(body), 0o644)
	}
	run := func(jobs int, onErr OnError) (string, Stats, []string) {
		var out bytes.Buffer
		var failed []string
		cfg := Config{Inputs: []string{dir}, Jobs: jobs, OnError: onErr, Extract: extract.Options{Profile: normalize.Display}}
		sink := NewStreamSink(encode.JSONL{}, &out, "")
		st, err := Run(context.Background(), cfg, slowConvert(cfg.Extract), sink, Report{
			Failed: func(where string, _ *Unit, _ *document.Document) { failed = append(failed, where) },
		})
		if err != nil && err != ErrFailFast {
			t.Fatal(err)
		}
		if err := sink.Close(err == nil); err != nil {
			t.Fatal(err)
		}
		return out.String(), st, failed
	}
	out1, st1, f1 := run(1, OnErrorRecord)
	out8, st8, f8 := run(8, OnErrorRecord)
	if out1 != out8 || strings.Join(f1, ",") != strings.Join(f8, ",") {
		t.Fatal("-j 1 and -j 8 differ")
	}
	if st1 != st8 || st1.Inputs != 120 || st1.Articles != 120 || st1.Failed != 7 {
		t.Fatalf("stats %+v and %+v", st1, st8)
	}
	if n := strings.Count(out1, "\n"); n != 120 {
		t.Fatalf("%d lines, want 120", n)
	}
	outSkip, stSkip, _ := run(4, OnErrorSkip)
	if strings.Count(outSkip, "\n") != 113 || strings.Contains(outSkip, `"error":{`) || stSkip.Failed != 7 {
		t.Errorf("skip: %d lines, stats %+v", strings.Count(outSkip, "\n"), stSkip)
	}
	outFail, stFail, fFail := run(4, OnErrorFail)
	before := strings.Count(out1[:strings.Index(out1, `"error":{`)], "\n") // the documents before the first failure
	if len(fFail) != 1 || strings.Count(outFail, "\n") != before || stFail.Failed != 1 {
		t.Errorf("fail: %d lines before the failure, failed %v", strings.Count(outFail, "\n"), fFail)
	}
}

// A cancelled batch stops, and returns the context's error.
func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	in := strings.NewReader(strings.Repeat(`{"text": "نص"}`+"\n", 1000))
	cfg := Config{Inputs: []string{"-"}, Source: source.Options{Stdin: in}, Extract: extract.Options{In: "jsonl"}}
	_, err := Run(ctx, cfg, nil, NewStreamSink(encode.JSONL{}, io.Discard, ""), Report{})
	if err != context.Canceled {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

// BenchmarkExtractArchive runs a whole batch on the bench archives
// (../shared/bench, next to the repository; skipped without it), writing
// JSON Lines to nowhere:
//
//	go test ./extract/batch -run '^$' -bench ExtractArchive -benchtime 1x -cpuprofile cpu.out
func BenchmarkExtractArchive(b *testing.B) { benchArchives(b, nil) }

// BenchmarkPlumbing is the same with a conversion that does nothing: the
// cost of reading, ordering and writing alone.
func BenchmarkPlumbing(b *testing.B) {
	benchArchives(b, func(u *Unit) []*document.Document {
		id := u.Source.Member
		return []*document.Document{{SchemaVersion: 1, ID: &id, Input: document.Input{Path: u.Source.Path, Bytes: int64(len(u.Data))}}}
	})
}

func benchArchives(b *testing.B, convert Convert) {
	for _, name := range []string{"saudinewsnet-10k.tar.gz", "ant-corpus-v2.1.tar.gz"} {
		p := filepath.Join("..", "..", "..", "shared", "bench", name)
		fi, err := os.Stat(p)
		if err != nil {
			b.Logf("skipped %s: %v", name, err)
			continue
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(fi.Size())
			b.ReportAllocs()
			for b.Loop() {
				cfg := Config{Inputs: []string{p}, Jobs: runtime.NumCPU(), Extract: extract.Options{Profile: normalize.Display}}
				sink := NewStreamSink(encode.JSONL{}, io.Discard, "")
				if _, err := Run(context.Background(), cfg, convert, sink, Report{}); err != nil {
					b.Fatal(err)
				}
				sink.Close(true)
			}
		})
	}
}
