package main

// TestExamples runs the commands the README and the help topics show (as
// gojq's CI runs its README): every `sahifa …` line of a ```sh block, on
// bundled fixtures standing in for the names the examples use. A line
// that needs a tool this machine lacks, the benchmark archives or the
// network is skipped and named in the log.

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// example is a command shown in a document, and where.
type example struct {
	file string
	line int
	cmd  string
}

// shExamples returns the commands of the ```sh blocks of a Markdown text
// (continuation lines joined, comments and blank lines dropped).
func shExamples(file, text string) []example {
	var out []example
	in := false
	var cur strings.Builder
	start := 0
	for i, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case !in && t == "```sh":
			in = true
			continue
		case in && t == "```":
			in = false
			continue
		case !in, t == "" && cur.Len() == 0, strings.HasPrefix(t, "#") && cur.Len() == 0:
			continue
		}
		if cur.Len() == 0 {
			start = i + 1
		}
		if s, ok := strings.CutSuffix(t, "\\"); ok {
			cur.WriteString(s + " ")
			continue
		}
		cur.WriteString(t)
		if strings.Count(cur.String(), `"`)%2 == 1 { // a quoted string goes on
			cur.WriteString(" ")
			continue
		}
		out = append(out, example{file, start, cur.String()})
		cur.Reset()
	}
	return out
}

// exampleTools are the commands an example may run besides sahifa; one
// that is not installed skips the example.
var exampleTools = regexp.MustCompile(`(?:^|[|;]\s*)(jq|duckdb|parallel|hadoop|pandoc|head)\b`)

// exampleFixtures writes, in dir, the files the examples name, from the
// repository's fixtures.
func exampleFixtures(t *testing.T, dir string) {
	t.Helper()
	sample := filepath.Join("..", "..", "testdata", "sample")
	ents, err := os.ReadDir(sample)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(sample, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files["testdata/sample/"+e.Name()] = b
		if strings.HasSuffix(e.Name(), ".txt") {
			files["articles/"+e.Name()] = b
			files["site-dump/"+e.Name()] = b
		}
	}
	seed := files["testdata/sample/aljazeera-2016-02-02-libya-coalition.txt"]
	files["article.txt"] = seed
	files["a.txt"] = seed
	files["dump.txt"] = seed
	rec := func(id, text string) string {
		return fmt.Sprintf(`{"id":%q,"title":"خبر","text":%q,"body":%q}`+"\n", id, text, text)
	}
	files["records.jsonl"] = []byte(rec("r1", "عنوان\n\nفقرة من الخبر الأول.") + rec("r2", "عنوان آخر\n\nفقرة من الخبر الثاني."))
	trec, err := os.ReadFile(filepath.Join("..", "..", "extract", "testdata", "containers", "CNN__middleEast__CN-middleEast-66-20180223.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		write(t, filepath.Join(dir, name), b)
	}
	var arts []string
	for n := range files {
		if strings.HasPrefix(n, "articles/") {
			arts = append(arts, n)
		}
	}
	write(t, filepath.Join(dir, "archive.tar.gz"), tgz(t, files, arts))
	// The SaudiNewsNet bench archive's articles open with a dateline
	// (member text modelled on saudinewsnet-10k/3alyoum__2015-07-24__0001).
	saudi := map[string][]byte{"saudinewsnet-10k/a.txt": []byte("عين اليوم – متابعات\n\nأكدت وزارة العمل على أنه يحق للعامل الحصول على إجازة سنوية مدفوعة الأجر بعد مضي سنة من العمل.\n\nوأوضحت الوزارة أن هذا الحق ثابت في النظام.\n")}
	write(t, filepath.Join(dir, "saudinewsnet-10k.tar.gz"), tgz(t, saudi, []string{"saudinewsnet-10k/a.txt"}))
	write(t, filepath.Join(dir, "ant-corpus.tar.gz"), tgz(t, map[string][]byte{"ant/CNN.txt": trec}, []string{"ant/CNN.txt"}))
	wet := "WARC-Type: conversion\r\nWARC-Target-URI: https://example.org/a\r\nWARC-Date: 2016-02-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: text/plain\r\n"
	body := string(seed)
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	fmt.Fprintf(zw, "WARC/1.0\r\n%sContent-Length: %d\r\n\r\n%s\r\n\r\n", wet, len(body), body)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "CC-MAIN-20160205-00001.warc.wet.gz"), z.Bytes())
}

func write(t *testing.T, name string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// tgz is a tar.gz of the named files.
func tgz(t *testing.T, files map[string][]byte, names []string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	tw := tar.NewWriter(zw)
	for _, n := range names {
		if err := tw.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(files[n])), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write(files[n])
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// runExamples runs the examples in one fixture folder, in order (a later
// one may read what an earlier one wrote).
func runExamples(t *testing.T, exs []example) {
	if _, err := exec.LookPath("sahifa"); err != nil {
		t.Skip("no sahifa on PATH (TestMain puts the test binary there)")
	}
	shell := "bash" // for pipefail: a failing sahifa before a pipe fails the example
	if _, err := exec.LookPath(shell); err != nil {
		t.Skip("no bash")
	}
	dir := t.TempDir()
	exampleFixtures(t, dir)
	var skipped []string
	ran := 0
	for _, ex := range exs {
		where := fmt.Sprintf("%s:%d", ex.file, ex.line)
		cmd := strings.ReplaceAll(ex.cmd, "go run ./cmd/sahifa", "sahifa")
		if !strings.HasPrefix(cmd, "sahifa ") && !exampleTools.MatchString(cmd) || strings.HasPrefix(cmd, "hadoop ") {
			skipped = append(skipped, where+": "+ex.cmd+" (not a sahifa command)")
			continue
		}
		if strings.Contains(cmd, "../shared") || strings.Contains(cmd, "://") || strings.Contains(cmd, "--sshlogin") {
			skipped = append(skipped, where+": "+ex.cmd+" (needs ../shared or the network)")
			continue
		}
		missing := ""
		for _, m := range exampleTools.FindAllStringSubmatch(cmd, -1) {
			if _, err := exec.LookPath(m[1]); err != nil {
				missing = m[1]
			}
		}
		if missing != "" {
			skipped = append(skipped, where+": "+ex.cmd+" (no "+missing+")")
			continue
		}
		c := exec.Command(shell, "-c", "set -o pipefail; "+cmd)
		c.Dir = dir
		c.Env = append(os.Environ(), "NO_COLOR=1")
		var stdout, stderr bytes.Buffer
		c.Stdout, c.Stderr = &stdout, &stderr
		err := c.Run()
		ran++
		if err != nil {
			t.Errorf("%s: %s: %v\nstderr:\n%s", where, ex.cmd, err, stderr.String())
			continue
		}
		if !strings.Contains(cmd, ">") && stdout.Len() == 0 && !strings.Contains(cmd, " -O ") && !strings.Contains(cmd, " -o ") {
			t.Errorf("%s: %s: printed nothing", where, ex.cmd)
		}
	}
	for _, s := range skipped {
		t.Logf("skipped %s", s)
	}
	if ran == 0 {
		t.Errorf("no example ran")
	}
}

// TestExamples runs the README's examples.
func TestExamples(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	runExamples(t, shExamples("README.md", string(b)))
}

// TestTopicExamples runs the examples of the help topics.
func TestTopicExamples(t *testing.T) {
	var exs []example
	for _, tp := range topics {
		exs = append(exs, shExamples("help/"+tp.name+".md", topicText(tp.name))...)
	}
	runExamples(t, exs)
}
