package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/rogpeppe/go-internal/testscript"
	"github.com/ulikunitz/xz"
)

// cmdGenarc: genarc ARCHIVE SPEC...
//
// writes an archive whose format its name gives: .zip, .tar, .tar.gz,
// .tar.xz, .tar.zst, .tar.bz2, or a single .gz, .xz, .zst or .bz2 of one
// SPEC (bzip2 needs the bzip2 command: Go has no writer). A SPEC is
// NAME=TEXT or NAME=@FILE (the content of a file of the work directory);
// NAME and TEXT take Go escapes. Prefixes make odd members: raw: a zip
// name stored as its bytes without the UTF-8 flag, enc: a zip member
// marked encrypted, link: a tar hard link to TEXT, sym: a tar symbolic
// link to TEXT, cont: a tar contiguous file (type 7).
func cmdGenarc(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: genarc ARCHIVE SPEC...")
	}
	name := args[0]
	var body bytes.Buffer
	switch {
	case strings.HasSuffix(name, ".zip"):
		genZip(ts, &body, args[1:])
	case strings.Contains(name, ".tar") || strings.HasSuffix(name, ".tgz"):
		genTar(ts, &body, args[1:])
	default:
		if len(args) != 2 {
			ts.Fatalf("genarc %s: a single compressed file holds one SPEC", name)
		}
		_, _, data := genSpec(ts, args[1])
		body.Write(data)
	}
	out := compress(ts, name, body.Bytes())
	ts.Check(os.WriteFile(ts.MkAbs(name), out, 0o644))
}

// genSpec splits a SPEC into its prefix, name and content.
func genSpec(ts *testscript.TestScript, spec string) (prefix, name string, data []byte) {
	for _, p := range []string{"raw:", "enc:", "link:", "sym:", "cont:"} {
		if strings.HasPrefix(spec, p) {
			prefix, spec = strings.TrimSuffix(p, ":"), spec[len(p):]
		}
	}
	n, text, ok := strings.Cut(spec, "=")
	if !ok {
		ts.Fatalf("bad SPEC %q: give NAME=TEXT or NAME=@FILE", spec)
	}
	if f, ok := strings.CutPrefix(text, "@"); ok {
		b, err := os.ReadFile(ts.MkAbs(f))
		ts.Check(err)
		return prefix, string(unquote(ts, n)), b
	}
	return prefix, string(unquote(ts, n)), unquote(ts, text)
}

func genZip(ts *testscript.TestScript, w io.Writer, specs []string) {
	zw := zip.NewWriter(w)
	for _, spec := range specs {
		prefix, name, data := genSpec(ts, spec)
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, NonUTF8: prefix == "raw"}
		if prefix == "enc" {
			fw, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, Flags: 0x1,
				CompressedSize64: uint64(len(data)) + 12, UncompressedSize64: uint64(len(data))})
			ts.Check(err)
			_, err = fw.Write(append(make([]byte, 12), data...))
			ts.Check(err)
			continue
		}
		fw, err := zw.CreateHeader(h)
		ts.Check(err)
		_, err = fw.Write(data)
		ts.Check(err)
	}
	ts.Check(zw.Close())
}

func genTar(ts *testscript.TestScript, w io.Writer, specs []string) {
	tw := tar.NewWriter(w)
	for _, spec := range specs {
		prefix, name, data := genSpec(ts, spec)
		h := &tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg, ModTime: time.Unix(0, 0)}
		switch prefix {
		case "link", "sym":
			h.Typeflag, h.Linkname, h.Size, data = tar.TypeLink, string(data), 0, nil
			if prefix == "sym" {
				h.Typeflag = tar.TypeSymlink
			}
		case "cont":
			h.Typeflag = tar.TypeCont
		}
		ts.Check(tw.WriteHeader(h))
		_, err := tw.Write(data)
		ts.Check(err)
	}
	ts.Check(tw.Close())
}

// compress compresses b as the name's last extension says.
func compress(ts *testscript.TestScript, name string, b []byte) []byte {
	var out bytes.Buffer
	switch {
	case strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".tgz"):
		zw := gzip.NewWriter(&out)
		zw.Write(b)
		ts.Check(zw.Close())
	case strings.HasSuffix(name, ".xz"):
		zw, err := xz.NewWriter(&out)
		ts.Check(err)
		zw.Write(b)
		ts.Check(zw.Close())
	case strings.HasSuffix(name, ".zst"):
		zw, err := zstd.NewWriter(&out)
		ts.Check(err)
		zw.Write(b)
		ts.Check(zw.Close())
	case strings.HasSuffix(name, ".bz2"):
		cmd := exec.Command("bzip2", "-c")
		cmd.Stdin, cmd.Stdout = bytes.NewReader(b), &out
		ts.Check(cmd.Run())
	default:
		return b
	}
	return out.Bytes()
}
