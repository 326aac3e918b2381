package main

// Reliability tests (bad input never panics, never hangs, never costs a good
// article, and always says what was wrong, where, and what to do).
//
// Most of them are testscript files, testdata/script/bad_*.txtar. This file
// holds what txtar cannot: the script commands that generate binary and
// large fixtures (genfile, genzip, gentgz, gengz, truncate), exitcode (the
// exact exit status: the spec gives 1, 2, 3 and 4 different meanings), and
// the broken-pipe test, which needs the real binary behind a real shell
// pipeline.

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// scriptCmds are the custom commands of the testscript files.
func scriptCmds() map[string]func(ts *testscript.TestScript, neg bool, args []string) {
	return map[string]func(ts *testscript.TestScript, neg bool, args []string){
		"genfile":  cmdGenfile,
		"genzip":   cmdGenzip,
		"gentgz":   cmdGentgz,
		"gengz":    cmdGengz,
		"truncate": cmdTruncate,
		"genwarc":  cmdGenwarc,
		"exitcode": cmdExitcode,
		"parquet":  cmdParquet,
		"genarc":   cmdGenarc,
		"sigexit":  cmdSigexit,
		"mvq":      cmdMvq,
		"genzipq":  cmdGenzipq,
	}
}

// parseCount reads 5000, 64k, 5M (binary units: k = 1024, M = 1048576).
func parseCount(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1<<10, strings.TrimSuffix(s, "k")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad count %q: give a number, optionally with k or M", s)
	}
	return n * mult, nil
}

// unquote reads TEXT with Go escapes (\x00, \n, \u0628) as if in double
// quotes, so that a script shows every byte it writes.
func unquote(ts *testscript.TestScript, s string) []byte {
	u, err := strconv.Unquote(`"` + strings.ReplaceAll(s, `"`, `\"`) + `"`)
	if err != nil {
		ts.Fatalf("bad escapes in %q: %v", s, err)
	}
	return []byte(u)
}

// cmdGenfile: genfile [-a] NAME COUNT TEXT [TAIL]
//
// writes TEXT (Go escapes allowed) repeated COUNT times to NAME, then TAIL
// once (such as a final line end); -a appends to NAME. COUNT takes k and M
// suffixes.
func cmdGenfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! genfile")
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if len(args) > 0 && args[0] == "-a" {
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		args = args[1:]
	}
	if len(args) != 3 && len(args) != 4 {
		ts.Fatalf("usage: genfile [-a] NAME COUNT TEXT [TAIL]")
	}
	n, err := parseCount(args[1])
	ts.Check(err)
	text := unquote(ts, args[2])
	var tail []byte
	if len(args) == 4 {
		tail = unquote(ts, args[3])
	}
	f, err := os.OpenFile(ts.MkAbs(args[0]), flags, 0o644)
	ts.Check(err)
	_, err = f.Write(append(bytes.Repeat(text, int(n)), tail...))
	ts.Check(err)
	ts.Check(f.Close())
}

// memberContent is the content of an archive member spec: NAME (a file of
// the work directory, stored under that name), NAME=zeros:SIZE (SIZE zero
// bytes, made on the fly) or NAME=random:SIZE (incompressible bytes, from a
// fixed seed).
func memberContent(ts *testscript.TestScript, spec string) (name string, r io.Reader, size int64) {
	name, gen, ok := strings.Cut(spec, "=")
	if !ok {
		data, err := os.ReadFile(ts.MkAbs(name))
		ts.Check(err)
		return name, bytes.NewReader(data), int64(len(data))
	}
	kind, sz, _ := strings.Cut(gen, ":")
	size, err := parseCount(sz)
	ts.Check(err)
	switch kind {
	case "zeros":
		return name, io.LimitReader(zeroReader{}, size), size
	case "random":
		rng := rand.NewChaCha8([32]byte{'s', 'a', 'h', 'i', 'f', 'a'})
		return name, io.LimitReader(rng, size), size
	}
	ts.Fatalf("bad member %q: give NAME, NAME=zeros:SIZE or NAME=random:SIZE", spec)
	return
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// cmdGenzip: genzip ARCHIVE MEMBER...
//
// writes a deflated zip archive of the members, in order (see memberContent);
// a member NAME=liar:SIZE holds SIZE zero bytes but its headers claim 100.
func cmdGenzip(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: genzip ARCHIVE MEMBER...")
	}
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	zw := zip.NewWriter(f)
	for _, spec := range args[1:] {
		if name, lie, ok := strings.Cut(spec, "=liar:"); ok {
			// Zero bytes whose headers claim 100: a bomb that lies.
			n, err := parseCount(lie)
			ts.Check(err)
			var buf bytes.Buffer
			fw, _ := flate.NewWriter(&buf, flate.BestCompression)
			crc := crc32.NewIEEE()
			_, err = io.Copy(io.MultiWriter(fw, crc), io.LimitReader(zeroReader{}, n))
			ts.Check(err)
			ts.Check(fw.Close())
			w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc.Sum32(),
				CompressedSize64: uint64(buf.Len()), UncompressedSize64: 100})
			ts.Check(err)
			_, err = w.Write(buf.Bytes())
			ts.Check(err)
			continue
		}
		name, r, _ := memberContent(ts, spec)
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		ts.Check(err)
		_, err = io.Copy(w, r)
		ts.Check(err)
	}
	ts.Check(zw.Close())
	ts.Check(f.Close())
}

// cmdGentgz: gentgz ARCHIVE MEMBER...
//
// writes a gzip-compressed tar archive of the members, in order (see
// memberContent).
func cmdGentgz(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: gentgz ARCHIVE MEMBER...")
	}
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	gz := gzip.NewWriter(f)
	tw := tar.NewWriter(gz)
	for _, spec := range args[1:] {
		name, r, size := memberContent(ts, spec)
		ts.Check(tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: size, Typeflag: tar.TypeReg, ModTime: time.Unix(0, 0)}))
		_, err = io.Copy(tw, r)
		ts.Check(err)
	}
	ts.Check(tw.Close())
	ts.Check(gz.Close())
	ts.Check(f.Close())
}

// cmdGengz: gengz FILE.gz MEMBER
//
// writes one member (see memberContent) gzip-compressed.
func cmdGengz(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gengz FILE.gz MEMBER")
	}
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	_, r, _ := memberContent(ts, args[1])
	gz := gzip.NewWriter(f)
	_, err = io.Copy(gz, r)
	ts.Check(err)
	ts.Check(gz.Close())
	ts.Check(f.Close())
}

// cmdExitcode: exitcode N PROG [ARGS...]
//
// runs PROG like exec (stdin, then stdout and stderr for the next
// commands) and checks that it exits with status N: `! exec` only says
// "not 0", and the spec gives 1, 2, 3 and 4 different meanings.
func cmdExitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdTruncate: truncate FILE N
//
// keeps the first N bytes of FILE; -N drops the last N bytes.
func cmdTruncate(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: truncate FILE N")
	}
	name := ts.MkAbs(args[0])
	fi, err := os.Stat(name)
	ts.Check(err)
	drop := strings.HasPrefix(args[1], "-")
	n, err := parseCount(strings.TrimPrefix(args[1], "-"))
	ts.Check(err)
	if drop {
		n = fi.Size() - n
	}
	if n < 0 || n > fi.Size() {
		ts.Fatalf("truncate %s to %d bytes: it has %d", args[0], n, fi.Size())
	}
	ts.Check(os.Truncate(name, n))
}

// buildSahifa builds the command into a temporary folder, for tests that
// need the real binary (a shell pipeline).
func buildSahifa(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary: skipped with -short")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the binary with")
	}
	bin := filepath.Join(t.TempDir(), "sahifa")
	out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestBrokenPipe: `sahifa extract … | head -1` ends quietly. The reader
// goes away after one line; sahifa must stop without a message on stderr,
// and its own exit status must be 0 or 141 (killed by SIGPIPE), never an
// error code.
func TestBrokenPipe(t *testing.T) {
	for _, tool := range []string{"sh", "bash", "head"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s here", tool)
		}
	}
	bin := buildSahifa(t)
	dir := t.TempDir()

	// A folder of 2000 articles: far more output than a pipe buffer holds.
	big := filepath.Join(dir, "big")
	if err := os.Mkdir(big, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range 2000 {
		art := fmt.Sprintf("عنوان المقال %d\n\nفقرة أولى من المقال رقم %d، وفيها كلام كثير.\n\nفقرة ثانية.\n", i, i)
		if err := os.WriteFile(filepath.Join(big, fmt.Sprintf("a%04d.txt", i)), []byte(art), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The same as JSON Lines records, for the streaming path.
	var recs bytes.Buffer
	for i := range 20000 {
		fmt.Fprintf(&recs, `{"id":"r%d","text":"فقرة من السجل رقم %d."}`+"\n", i, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "recs.jsonl"), recs.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	// One long article, for inspect: a title, then 10000 paragraphs.
	var long bytes.Buffer
	long.WriteString("عنوان المقال الطويل\n")
	for i := range 10000 {
		fmt.Fprintf(&long, "\nفقرة رقم %d من المقال الطويل، وفيها كلام.\n", i)
	}
	if err := os.WriteFile(filepath.Join(dir, "long.txt"), long.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	cases := []struct{ name, args string }{
		{"folder-jsonl", "extract big/"},
		{"folder-jsonl-j1", "extract -j 1 big/"},
		{"folder-json", "extract -f json big/"},
		{"folder-html", "extract -f html big/"},
		{"records", "extract recs.jsonl"},
		{"records-stdin", "extract --in jsonl - < recs.jsonl"},
		{"normalize", "normalize big/a0000.txt big/a0001.txt recs.jsonl"},
		{"inspect", "inspect long.txt"},
		{"inspect-json", "inspect --json long.txt"},
		{"schema", "schema"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// Plain sh: the pipeline's status is head's, 0; stderr is empty.
			var stdout, stderr bytes.Buffer
			cmd := exec.Command("sh", "-c", fmt.Sprintf("%q %s | head -1", bin, c.args))
			cmd.Dir, cmd.Stdout, cmd.Stderr = dir, &stdout, &stderr
			if err := runTimeout(cmd, time.Minute); err != nil {
				t.Fatalf("sh -c 'sahifa %s | head -1': %v; stderr:\n%s", c.args, err, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("sahifa %s | head -1: stderr not empty:\n%s", c.args, stderr.String())
			}
			if strings.Count(stdout.String(), "\n") != 1 {
				t.Errorf("sahifa %s | head -1: want one line, got %q", c.args, stdout.String())
			}

			// bash with pipefail, and sahifa's own status from PIPESTATUS:
			// 0 (it finished first) or 141 (SIGPIPE), nothing else.
			stdout.Reset()
			stderr.Reset()
			script := fmt.Sprintf("set -o pipefail; %q %s | head -1 >/dev/null; echo \"${PIPESTATUS[0]}\"", bin, c.args)
			cmd = exec.Command("bash", "-c", script)
			cmd.Dir, cmd.Stdout, cmd.Stderr = dir, &stdout, &stderr
			if err := runTimeout(cmd, time.Minute); err != nil {
				t.Fatalf("bash -c %q: %v; stderr:\n%s", script, err, stderr.String())
			}
			if st := strings.TrimSpace(stdout.String()); st != "0" && st != "141" {
				t.Errorf("sahifa %s | head -1: sahifa exited %s, want 0 or 141 (SIGPIPE)", c.args, st)
			}
			if stderr.Len() > 0 {
				t.Errorf("sahifa %s | head -1 (pipefail): stderr not empty:\n%s", c.args, stderr.String())
			}
		})
	}
}

// runTimeout runs cmd, killing it after d: a hang is a failure, not a stuck
// test run.
func runTimeout(cmd *exec.Cmd, d time.Duration) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		cmd.Process.Kill()
		<-done
		return fmt.Errorf("still running after %v: killed", d)
	}
}
