package source

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"
)

// fuzzKinds are the file names FuzzArchive reads its bytes under.
var fuzzKinds = []string{"a.tar.xz", "a.tar.bz2", "a.tar.zst", "a.txt.xz", "a.txt.bz2", "a.txt.zst", "a.zip", "a.tar", "a.tgz", "-"}

// bzTar is a tar.bz2 of x/a.txt holding "alpha\n", made by GNU tar
// (ustar) and bzip2 1.0.8 -9: Go has no bzip2 writer.
var bzTar = []byte("\x42\x5a\x68\x39\x31\x41\x59\x26\x53\x59\xf4\xdb\x7c\xeb\x00\x00\x83\x7b\x90\xc9\x90\x00\x44\x40\x01\xf5\x00\x00\x20\x60\x44\xde\x40\x04\x00\x00\x08\x20\x00\x54\x34\x53\xd4\xd0\x1a\x1e\x91\xea\x64\x7a\x9e\xa0\x92\x51\xea\x34\xd0\x1a\x01\x90\x4c\xf9\xb1\x7a\xd0\x82\x16\x24\x24\x64\xfa\x31\x29\xe1\x18\x20\x43\x0b\x8a\x81\xbd\x93\xa1\x0d\x25\x30\x49\xa9\xcd\x90\xe7\x4c\x0a\xbd\xc3\x3a\xf2\x1c\x3a\x2a\xc4\x83\x47\xd1\x1b\x50\x88\x80\xfc\x5d\xc9\x14\xe1\x42\x43\xd3\x6d\xf3\xac")

// FuzzArchive: whatever the bytes, under every archive name (and on
// standard input), the walk ends without panic, every item has a path,
// and an item holds content or an error.
func FuzzArchive(f *testing.F) {
	t := &testing.T{}
	members := []member{{"x/a.txt", "alpha\n"}, {"x\\b.txt", "beta\n"}}
	tb := tarBytes(t, members, nil)
	var xzb, zstb bytes.Buffer
	xw, _ := xz.NewWriter(&xzb)
	xw.Write(tb)
	xw.Close()
	zw, _ := zstd.NewWriter(&zstb)
	zw.Write(tb)
	zw.Close()
	inner := zipBytes(t, members)
	var nested bytes.Buffer
	nw := zip.NewWriter(&nested)
	w, _ := nw.Create("in.zip")
	w.Write(inner)
	w, _ = nw.CreateHeader(&zip.FileHeader{Name: "caf\x82.txt", NonUTF8: true})
	w.Write([]byte("x"))
	nw.Close()
	for i, b := range [][]byte{xzb.Bytes(), bzTar, zstb.Bytes(), inner, nested.Bytes(), tb, gz(tb)} {
		f.Add(b, uint8(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		name := fuzzKinds[int(which)%len(fuzzKinds)]
		opt := Options{MaxSize: 1 << 20}
		arg := name
		if name == "-" {
			opt.Stdin = bytes.NewReader(data)
		} else {
			arg = filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(arg, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		for it := range Walk([]string{arg}, opt) {
			if it.Path == "" {
				t.Fatalf("an item without a path: %+v", it)
			}
			if it.Err == nil {
				it.ReadAll()
			}
		}
	})
}

// The bzip2 seed is a real one: its member is read.
func TestBzip2(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.tar.bz2")
	os.WriteFile(p, bzTar, 0o644)
	if g := collect(t, []string{p}, Options{}); len(g) != 1 || g[0].Data != "alpha\n" || g[0].Member != "x/a.txt" {
		t.Errorf("tar.bz2: %+v", g)
	}
	g := collect(t, []string{"-"}, Options{Stdin: bytes.NewReader(bzTar)})
	if len(g) != 1 || g[0].Data != "alpha\n" {
		t.Errorf("tar.bz2 on stdin: %+v", g)
	}
}
