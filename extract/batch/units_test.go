package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/source"
	"github.com/sahifa/sahifa/normalize"
)

// Units with Extract make the documents Run writes, input by input: text
// files, JSON Lines records (a broken one an error record), TREC <DOC>s and
// WARC records (a request record skipped and counted), an unreadable input.
func TestUnitsMatchRun(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":   "عنوان المقال\n\nنص المقال وهو فقرة كاملة تنتهي بنقطة.\n",
		"b.jsonl": `{"id":"1","text":"نص أول."}` + "\n" + `{"id":` + "\n" + `{"id":"3","text":"نص ثالث."}` + "\n",
		"c.trec":  "<DOC>\n<DOCNO>X1</DOCNO>\n<TEXT>\nنص أول في الوثيقة.\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>X2</DOCNO>\n<TEXT>\nنص ثان.\n</TEXT>\n</DOC>\n",
		"d.warc":  warcRecord("request", "GET / HTTP/1.1\r\n\r\n") + warcRecord("conversion", "نص مقال في سجل WARC."),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inputs := []string{dir, filepath.Join(dir, "missing.txt")}
	opt := extract.Options{Profile: normalize.Display}

	var want bytes.Buffer
	sink := NewStreamSink(encode.JSONL{}, &want, "")
	st, err := Run(context.Background(), Config{Inputs: inputs, Extract: opt}, nil, sink, Report{})
	if err != nil {
		t.Fatal(err)
	}
	if err := sink.Close(true); err != nil {
		t.Fatal(err)
	}

	var got []string
	var skipped atomic.Int64
	conv := Extract(opt)
	for it := range source.Walk(inputs, source.Options{}) {
		for u := range Units(context.Background(), it, opt, 0, &skipped) {
			for _, d := range conv(u) {
				b, err := encode.AppendJSON(nil, d, false)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, strings.TrimSuffix(string(b), "\n"))
			}
		}
	}
	wantLines := strings.Split(strings.TrimSuffix(want.String(), "\n"), "\n")
	if !slices.Equal(got, wantLines) {
		t.Errorf("Units+Extract gave\n%s\nRun gave\n%s", strings.Join(got, "\n"), want.String())
	}
	if len(got) != 8 || st.Failed != 2 {
		t.Errorf("%d documents, %d failed; want 8 documents (2 errors): %+v", len(got), st.Failed, st)
	}
	if int(skipped.Load()) != st.SkippedRecords || st.SkippedRecords != 1 {
		t.Errorf("skipped %d records, Run %d; want 1", skipped.Load(), st.SkippedRecords)
	}
}

// Breaking out of Units stops the reading.
func TestUnitsBreak(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.jsonl")
	os.WriteFile(p, []byte(strings.Repeat(`{"text":"نص."}`+"\n", 100)), 0o644)
	n := 0
	for it := range source.Walk([]string{p}, source.Options{}) {
		for range Units(context.Background(), it, extract.Options{}, 0, nil) {
			if n++; n == 3 {
				break
			}
		}
	}
	if n != 3 {
		t.Errorf("%d units; want 3", n)
	}
}

func warcRecord(typ, body string) string {
	return "WARC/1.0\r\nWARC-Type: " + typ + "\r\nWARC-Target-URI: http://example.com/a\r\nContent-Type: text/plain\r\nContent-Length: " +
		strconv.Itoa(len(body)) + "\r\n\r\n" + body + "\r\n\r\n"
}
