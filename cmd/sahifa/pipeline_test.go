package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/batch"
	"github.com/sahifa/sahifa/extract/document"
)

// runApp runs the command line in-process with buffers.
func runApp(t *testing.T, stdin io.Reader, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	a := &app{stdin: stdin, stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, colorMode: "never"}
	code = a.run(args)
	return out.String(), errb.String(), code
}

// fakeExtract replaces extract's conversions with one that takes its time
// (so that workers finish out of order) and fails or warns on demand:
// content starting with FAIL gives an error record, with WARN a warning.
func fakeExtract(t *testing.T) {
	t.Helper()
	old := newConvert
	t.Cleanup(func() { newConvert = old })
	one := func(src document.Source, data []byte) *document.Document {
		time.Sleep(time.Duration(rand.IntN(500)) * time.Microsecond)
		text := string(data)
		if strings.HasPrefix(text, "FAIL") {
			return extract.ErrorRecord(src, document.ErrSyntax, "fake failure")
		}
		id := strings.TrimSpace(text)
		d := &document.Document{SchemaVersion: 1, ID: &id, Input: document.Input{Path: src.Path}, Title: &text}
		if src.Member != "" {
			m := src.Member
			d.Input.Member = &m
		}
		if strings.HasPrefix(text, "WARN") {
			d.Warnings = []document.Warning{{Code: document.WarnNoTitle, Message: "fake warning", Line: 1}}
		}
		return d
	}
	newConvert = func(opt extract.Options) batch.Convert {
		real := batch.Extract(opt)
		return func(u *batch.Unit) []*document.Document {
			switch {
			case u.Err != nil:
				return real(u)
			case bytes.HasPrefix(u.Data, []byte("MULTI")):
				var docs []*document.Document
				for _, part := range strings.Fields(string(u.Data[5:])) {
					docs = append(docs, one(u.Source, []byte(part)))
				}
				return docs
			}
			return []*document.Document{one(u.Source, u.Data)}
		}
	}
}

func TestPipelineOrder(t *testing.T) {
	fakeExtract(t)
	dir := t.TempDir()
	var want []string
	for i := range 300 {
		name := fmt.Sprintf("d%d/f%03d.txt", i%7, i)
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(name), 0o644)
		want = append(want, name)
	}
	out1, _, code1 := runApp(t, nil, "extract", "-q", "-j", "1", dir)
	out8, _, code8 := runApp(t, nil, "extract", "-q", "-j", "8", dir)
	if code1 != 0 || code8 != 0 {
		t.Fatalf("exit codes %d, %d", code1, code8)
	}
	if out1 != out8 {
		t.Fatalf("-j 1 and -j 8 differ")
	}
	lines := strings.Split(strings.TrimSuffix(out1, "\n"), "\n")
	if len(lines) != 300 {
		t.Fatalf("%d lines, want 300", len(lines))
	}
	// The walk order: sorted by path (d0/f000, d0/f007, …).
	sort.Strings(want)
	for i, l := range lines {
		if !strings.Contains(l, `"path":"`+filepath.Join(dir, want[i])+`"`) {
			t.Fatalf("line %d: want %s: %s", i+1, want[i], l)
		}
	}
}

func TestJSONLinesOrderAndCount(t *testing.T) {
	fakeExtract(t)
	var in strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&in, "r%d\n", i)
	}
	in.WriteString("last-without-newline")
	for _, j := range []string{"1", "8"} {
		out, _, code := runApp(t, strings.NewReader(in.String()), "extract", "-q", "--in", "jsonl", "-j", j)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if code != 0 || len(lines) != 2001 {
			t.Fatalf("-j %s: exit %d, %d lines", j, code, len(lines))
		}
		for i, l := range lines[:2000] {
			if !strings.Contains(l, fmt.Sprintf(`"title":"r%d"`, i)) {
				t.Fatalf("-j %s: line %d is %s", j, i+1, l)
			}
		}
	}
}

// A slow trickle of records gets its output before the input ends: the
// command is usable as a streaming mapper.
func TestJSONLinesTrickle(t *testing.T) {
	fakeExtract(t)
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	a := &app{stdin: inR, stdout: outW, stderr: io.Discard, getenv: func(string) string { return "" }, colorMode: "never"}
	done := make(chan int)
	go func() {
		done <- a.run([]string{"extract", "-q", "--in", "jsonl"})
		outW.Close()
	}()
	lines := bufio.NewReader(outR)
	for i := range 3 {
		fmt.Fprintf(inW, "rec%d\n", i)
		got := make(chan string)
		go func() { l, _ := lines.ReadString('\n'); got <- l }()
		select {
		case l := <-got:
			if !strings.Contains(l, fmt.Sprintf(`"title":"rec%d"`, i)) {
				t.Fatalf("record %d: %s", i, l)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("record %d: no output while the input is still open", i)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

func TestOnError(t *testing.T) {
	fakeExtract(t)
	dir := t.TempDir()
	for name, body := range map[string]string{"a.txt": "a", "b.txt": "FAIL", "c.txt": "c", "w.txt": "WARN"} {
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	// record: an error record in the stream, a message, and go on.
	out, errs, code := runApp(t, nil, "extract", dir)
	if code != exitFailure || strings.Count(out, "\n") != 4 || !strings.Contains(out, `"error":{`) {
		t.Errorf("record: exit %d\n%s", code, out)
	}
	if !strings.Contains(errs, "b.txt: fake failure\n") || !strings.Contains(errs, "sahifa: 4 articles, 1 failed") {
		t.Errorf("record: stderr %q", errs)
	}
	// skip: the message, no record.
	out, errs, code = runApp(t, nil, "extract", "--on-error", "skip", dir)
	if code != exitFailure || strings.Count(out, "\n") != 3 || strings.Contains(out, `"error":{`) || !strings.Contains(errs, "fake failure") {
		t.Errorf("skip: exit %d\n%s\n%s", code, out, errs)
	}
	// fail: stop at the first failure.
	out, errs, code = runApp(t, nil, "extract", "--on-error", "fail", "-j", "1", dir)
	if code != exitFailure || strings.Count(out, "\n") != 1 || !strings.Contains(errs, "fake failure") {
		t.Errorf("fail: exit %d\n%s\n%s", code, out, errs)
	}
	// --strict: warnings give exit 3 when nothing failed.
	_, errs, code = runApp(t, nil, "extract", "--strict", filepath.Join(dir, "a.txt"), filepath.Join(dir, "w.txt"))
	if code != exitWarnings || !strings.Contains(errs, "w.txt:1: fake warning") {
		t.Errorf("strict: exit %d\n%s", code, errs)
	}
	_, _, code = runApp(t, nil, "extract", "--strict", dir)
	if code != exitFailure {
		t.Errorf("strict with a failure: exit %d, want 1", code)
	}
	// -o FILE is written when the run ends, and not at all after --on-error fail.
	o := filepath.Join(t.TempDir(), "out.jsonl")
	if _, _, code = runApp(t, nil, "extract", "-q", "-o", o, "--on-error", "fail", dir); code != exitFailure {
		t.Errorf("fail -o: exit %d", code)
	}
	if _, err := os.Stat(o); err == nil {
		t.Errorf("-o file left after a failed run")
	}
	runApp(t, nil, "extract", "-q", "-o", o, dir)
	if b, _ := os.ReadFile(o); strings.Count(string(b), "\n") != 4 {
		t.Errorf("-o: %s", b)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(o), ".*tmp")); len(m) != 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

func TestFormatJSON(t *testing.T) {
	fakeExtract(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("b"), 0o644)
	one, _, _ := runApp(t, nil, "extract", "-q", "-f", "json", filepath.Join(dir, "a.txt"))
	if !strings.HasPrefix(one, "{\n") {
		t.Errorf("one article: not one object: %s", one)
	}
	two, _, _ := runApp(t, nil, "extract", "-q", "-f", "json", dir)
	if !strings.HasPrefix(two, "[\n") || !strings.HasSuffix(two, "]\n") {
		t.Errorf("two articles: not an array: %s", two)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--in", "xml", "x"},
		{"extract", "-f", "yaml", "x"},
		{"extract", "--max-size", "12parsecs", "x"},
		{"extract", "-j", "0", "x"},
		{"extract", "--on-error", "ignore", "x"},
		{"extract", "--overwrite", "x"},
		{"extract", "-o", "a", "-O", "b", "x"},
		{"extract", "--glob", "[", "x"},
		{"extract", "-", "-"},
	} {
		_, errs, code := runApp(t, nil, args...)
		if code != exitUsage || !strings.Contains(errs, "Run 'sahifa extract --help' for usage.") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
	// A terminal on standard input and no argument: usage.
	var errb bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &errb, getenv: func(string) string { return "" }, colorMode: "never", stdinTTY: true}
	if code := a.run([]string{"extract"}); code != exitUsage {
		t.Errorf("terminal stdin: exit %d, %s", code, errb.String())
	}
}
