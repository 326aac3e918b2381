package container

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"testing"
)

// warcRecord is a WARC record: its header lines (Content-Length is added)
// and its block.
func warcRecord(header, block string) []byte {
	var b bytes.Buffer
	b.WriteString("WARC/1.0\r\n")
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		b.WriteString(strings.TrimSpace(l) + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	return b.Bytes()
}

// gzipMember compresses one record as its own gzip member.
func gzipMember(rec []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(rec)
	zw.Close()
	return b.Bytes()
}

const (
	wetText = "الرئيسية\nأخبار\nرياضة\nاتصل بنا\nالتحالف يستبعد تدخلا عسكريا وشيكا في ليبيا\n" +
		"استبعد التحالف الدولي تدخلا عسكريا وشيكا في ليبيا، وقال إن الأولوية لحكومة الوفاق.\n"
	httpText = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nServer: x\r\n\r\nنص الخبر من الرد.\n"
)

func warcFixture() [][]byte {
	return [][]byte{
		warcRecord("WARC-Type: warcinfo\nWARC-Date: 2016-02-03T00:00:00Z\nWARC-Record-ID: <urn:uuid:0>\nContent-Type: application/warc-fields", "software: test\r\n"),
		warcRecord("WARC-Type: conversion\nWARC-Target-URI: http://www.aljazeera.net/news/2016/2/2/libya\nWARC-Date: 2016-02-02T10:12:31Z\nWARC-Record-ID: <urn:uuid:1>\nContent-Type: text/plain", wetText),
		warcRecord("WARC-Type: request\nWARC-Target-URI: http://a.example/\nWARC-Record-ID: <urn:uuid:2>\nContent-Type: application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		warcRecord("WARC-Type: response\nWARC-Target-URI: http://a.example/news\nWARC-Date: 2016-02-04T08:00:00Z\nWARC-Record-ID: <urn:uuid:3>\nContent-Type: application/http; msgtype=response", httpText),
		warcRecord("WARC-Type: response\nWARC-Target-URI: http://a.example/page\nWARC-Record-ID: <urn:uuid:4>\nContent-Type: application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>"),
		warcRecord("WARC-Type: resource\nWARC-Target-URI: file:///a.txt\nWARC-Record-ID: <urn:uuid:5>\nContent-Type: text/plain", "نص مورد.\n"),
	}
}

type got struct {
	n       int
	id, url string
	date    string
	data    string
	err     string
}

func readAll(t *testing.T, data []byte, limit int64) ([]got, int) {
	t.Helper()
	sp := NewSplitter(WARC, bytes.NewReader(data), limit)
	var out []got
	for {
		p, err := sp.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		g := got{n: p.N, data: string(p.Data)}
		if p.Fields.ID != nil {
			g.id = *p.Fields.ID
		}
		if p.Fields.URL != nil {
			g.url = *p.Fields.URL
		}
		if p.Fields.Date != nil {
			g.date = *p.Fields.Date
		}
		if p.Err != nil {
			g.err = string(p.Err.Code) + ": " + p.Err.Message
		}
		out = append(out, g)
		if len(out) > 100 {
			t.Fatal("no end")
		}
	}
	return out, sp.Skipped()
}

func TestWARCReader(t *testing.T) {
	recs := warcFixture()
	want := []got{
		{n: 2, id: "urn:uuid:1", url: "http://www.aljazeera.net/news/2016/2/2/libya", date: "2016-02-02", data: wetText},
		{n: 4, id: "urn:uuid:3", url: "http://a.example/news", date: "2016-02-04", data: "نص الخبر من الرد.\n"},
		{n: 6, id: "urn:uuid:5", url: "file:///a.txt", data: "نص مورد.\n"},
	}
	for _, gz := range []bool{false, true} {
		var data []byte
		for _, r := range recs {
			if gz {
				r = gzipMember(r)
			}
			data = append(data, r...)
		}
		out, skipped := readAll(t, data, 1<<20)
		if fmt.Sprint(out) != fmt.Sprint(want) || skipped != 3 {
			t.Errorf("gzip %v: got %+v, %d skipped\nwant %+v, 3 skipped", gz, out, skipped, want)
		}
	}
}

func TestWARCDamage(t *testing.T) {
	recs := warcFixture()
	good := func(rs ...[]byte) []byte { return bytes.Join(rs, nil) }
	conv := func(id string) []byte {
		return warcRecord("WARC-Type: conversion\nWARC-Record-ID: <urn:uuid:"+id+">\nContent-Type: text/plain", "نص "+id+"\n")
	}
	broken := gzipMember(conv("b"))
	for i := 20; i < len(broken)-10; i++ {
		broken[i] ^= 0x55
	}
	cases := []struct {
		name string
		data []byte
		ids  string // ids of the articles, ! for an error
	}{
		{"gzip member damaged", good(gzipMember(conv("a")), broken, gzipMember(conv("c"))), "a ! c"},
		{"header without colon", good(conv("a"), []byte("WARC/1.0\r\nWARC-Type conversion\r\n\r\nxx\r\n\r\n"), conv("c")), "a ! c"},
		{"no content length", good(conv("a"), []byte("WARC/1.0\r\nWARC-Type: conversion\r\n\r\n"), conv("c")), "a ! c"},
		{"garbage between", good(conv("a"), []byte("garbage\n"), conv("c")), "a ! c"},
		{"cut short", good(conv("a"), conv("c")[:60]), "a !"},
		{"plain after gzip", good(gzipMember(recs[1]), conv("c")), "1 c"},
		{"lf only", bytes.ReplaceAll(conv("a"), []byte("\r\n"), []byte("\n")), "a"},
	}
	for _, c := range cases {
		out, _ := readAll(t, c.data, 1<<20)
		var ids []string
		for _, g := range out {
			if g.err != "" {
				ids = append(ids, "!")
				if !strings.Contains(g.err, "damaged WARC record") {
					t.Errorf("%s: %s", c.name, g.err)
				}
				continue
			}
			ids = append(ids, strings.TrimPrefix(g.id, "urn:uuid:"))
		}
		if strings.Join(ids, " ") != c.ids {
			t.Errorf("%s: got %q, want %q (%+v)", c.name, strings.Join(ids, " "), c.ids, out)
		}
	}
}

func TestWARCMaxSize(t *testing.T) {
	big := warcRecord("WARC-Type: conversion\nWARC-Record-ID: <urn:uuid:big>\nContent-Type: text/plain", strings.Repeat("نص ", 1000))
	small := warcRecord("WARC-Type: conversion\nWARC-Record-ID: <urn:uuid:s>\nContent-Type: text/plain", "نص")
	out, _ := readAll(t, bytes.Join([][]byte{small, big, small}, nil), 1000)
	if len(out) != 3 || out[0].err != "" || out[2].err != "" || !strings.HasPrefix(out[1].err, "too-large: record 2 is larger than the limit of 1000 bytes") || out[1].id != "urn:uuid:big" {
		t.Errorf("got %+v", out)
	}
}

func TestSniffRaw(t *testing.T) {
	rec := warcFixture()[1]
	for _, c := range []struct {
		head []byte
		want string
	}{
		{rec, WARC},
		{gzipMember(rec)[:200], WARC},
		{gzipMember([]byte("hello")), ""},
		{[]byte("\xef\xbb\xbf\n<DOC>\n"), TREC},
		{[]byte("<doc id=1>"), TREC},
		{[]byte("<DOCUMENT>"), ""},
		{[]byte("نص"), ""},
	} {
		if got := SniffRaw(c.head); got != c.want {
			t.Errorf("SniffRaw(%q) = %q, want %q", c.head, got, c.want)
		}
	}
}

// FuzzWARC: the reader never panics nor loops, on any bytes, plain or in
// gzip members, and every part is within the limit.
func FuzzWARC(f *testing.F) {
	for _, r := range warcFixture() {
		f.Add(r, false)
		f.Add(r, true)
	}
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"), false)
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, gz bool) {
		if gz {
			data = append(gzipMember(data), data...)
		}
		sp := NewSplitter(WARC, bytes.NewReader(data), 256)
		for i := 0; ; i++ {
			p, err := sp.Next()
			if err != nil {
				return
			}
			if int64(len(p.Data)) > 256 {
				t.Fatalf("a part of %d bytes, over the limit", len(p.Data))
			}
			if i > len(data)+2 {
				t.Fatalf("more parts than bytes: a loop")
			}
		}
	})
}

// BenchmarkWARCReader reads a WET file of 2,000 gzipped records.
func BenchmarkWARCReader(b *testing.B) {
	var data []byte
	for i := range 2000 {
		text := strings.Repeat(fmt.Sprintf("نص الخبر رقم %d في سطر طويل بعض الشيء.\n", i), 5)
		data = append(data, gzipMember(warcRecord(fmt.Sprintf("WARC-Type: conversion\nWARC-Target-URI: http://x/%d\nWARC-Date: 2016-02-02T10:00:00Z\nWARC-Record-ID: <urn:uuid:%d>\nContent-Type: text/plain", i, i), text))...)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		sp := NewSplitter(WARC, bytes.NewReader(data), 1<<20)
		for {
			if _, err := sp.Next(); err != nil {
				break
			}
		}
	}
}
