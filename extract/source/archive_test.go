package source

import (
	"archive/tar"
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestArchives(t *testing.T) {
	dir := t.TempDir()
	members := []member{{"top/2016/a.txt", "alpha"}, {"top/b.txt", "beta"}, {"top/.DS_Store", "junk"}}
	tb := tarBytes(t, members, func(tw *tar.Writer) {
		tw.WriteHeader(&tar.Header{Name: "top/link", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"})
	})
	files := map[string][]byte{
		"x.tar":    tb,
		"x.tar.gz": gz(tb),
		"y.tgz":    gz(tb),
		"x.zip":    zipBytes(t, members),
		"a.txt.gz": gz([]byte("single")),
	}
	for name, b := range files {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	for _, name := range []string{"x.tar", "x.tar.gz", "y.tgz", "x.zip"} {
		p := filepath.Join(dir, name)
		st := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".tar"), ".zip"), ".tgz")
		want := []got{
			{Path: p + "!/top/2016/a.txt", Rel: st + "/top/2016/a.txt", Member: "top/2016/a.txt", Data: "alpha"},
			{Path: p + "!/top/b.txt", Rel: st + "/top/b.txt", Member: "top/b.txt", Data: "beta"},
		}
		if g := collect(t, []string{p}, Options{}); !reflect.DeepEqual(g, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", name, g, want)
		}
	}
	p := filepath.Join(dir, "a.txt.gz")
	want := []got{{Path: p + "!/a.txt", Rel: "a.txt", Member: "a.txt", Data: "single"}}
	if g := collect(t, []string{p}, Options{}); !reflect.DeepEqual(g, want) {
		t.Errorf("single gz:\n got %+v\nwant %+v", g, want)
	}
	// Globs filter members by base name or member path.
	g := collect(t, []string{filepath.Join(dir, "x.zip")}, Options{Globs: []string{"top/2016/*"}})
	if len(g) != 1 || g[0].Data != "alpha" {
		t.Errorf("glob on members: %+v", g)
	}
	// Archives on standard input are recognised by their first bytes.
	for _, name := range []string{"x.tar", "x.tar.gz", "x.zip"} {
		g := collect(t, []string{"-"}, Options{Stdin: bytes.NewReader(files[name])})
		if len(g) != 2 || g[0].Path != "-!/top/2016/a.txt" || g[1].Data != "beta" {
			t.Errorf("%s on stdin: %+v", name, g)
		}
	}
	g = collect(t, []string{"-"}, Options{Stdin: bytes.NewReader(files["a.txt.gz"])})
	if len(g) != 1 || g[0].Data != "single" {
		t.Errorf("gz on stdin: %+v", g)
	}
}

func TestTruncatedArchive(t *testing.T) {
	dir := t.TempDir()
	var members []member
	for i := range 50 {
		members = append(members, member{name: "top/" + strings.Repeat("x", i%7+1) + string(rune('a'+i%26)) + ".txt", body: strings.Repeat("كلمة ", 200+i)})
	}
	full := gz(tarBytes(t, members, nil))
	p := filepath.Join(dir, "cut.tar.gz")
	os.WriteFile(p, full[:len(full)/2], 0o644)
	g := collect(t, []string{p}, Options{})
	if len(g) < 2 {
		t.Fatalf("want the members before the damage, then an error: %+v", g)
	}
	last := g[len(g)-1]
	if last.Path != p || last.Code != document.ErrRead || !strings.Contains(last.Data, "damaged archive") {
		t.Errorf("last item should name the archive and the damage: %+v", last)
	}
	for _, it := range g[:len(g)-2] {
		if it.Code != "" {
			t.Errorf("member before the damage failed: %+v", it)
		}
	}
	// A damaged zip is one error item.
	z := filepath.Join(dir, "bad.zip")
	os.WriteFile(z, []byte("PK\x03\x04 not really"), 0o644)
	if g := collect(t, []string{z}, Options{}); len(g) != 1 || g[0].Code != document.ErrRead {
		t.Errorf("damaged zip: %+v", g)
	}
}

func TestUnsafeAndOversize(t *testing.T) {
	dir := t.TempDir()
	bomb := strings.Repeat("a", 10<<10) // compresses to almost nothing
	tb := tarBytes(t, []member{{"../evil.txt", "evil"}, {"/abs.txt", "abs"}, {"top/../../x.txt", "x"}, {"top/big.txt", bomb}, {"top/ok.txt", "ok"}}, nil)
	p := filepath.Join(dir, "e.tgz")
	os.WriteFile(p, gz(tb), 0o644)
	var consumed atomic.Int64
	g := collect(t, []string{p}, Options{MaxSize: 1 << 10, Consumed: &consumed})
	if len(g) != 5 {
		t.Fatalf("want 5 items: %+v", g)
	}
	for i := range 3 {
		if !g[i].Unsafe || g[i].Code != document.ErrPath {
			t.Errorf("member %d should be an unsafe-path error item: %+v", i, g[i])
		}
	}
	if g[3].Code != document.ErrTooLarge || g[4].Data != "ok" || g[4].Unsafe {
		t.Errorf("oversize member: %+v; next: %+v", g[3], g[4])
	}
	if consumed.Load() == 0 {
		t.Errorf("consumed bytes not counted")
	}
	// A file larger than the limit, and a gz whose content is: the
	// message states the fact (the size when it is known) and names no
	// flag, which is the caller's to add.
	write(t, dir, map[string]string{"big.txt": bomb})
	os.WriteFile(filepath.Join(dir, "bomb.txt.gz"), gz([]byte(bomb)), 0o644)
	for name, msg := range map[string]string{
		"big.txt":     "too large: 10 KiB, more than the limit of 1 KiB",
		"bomb.txt.gz": "too large: more than the limit of 1 KiB",
	} {
		g := collect(t, []string{filepath.Join(dir, name)}, Options{MaxSize: 1 << 10})
		if len(g) != 1 || g[0].Code != document.ErrTooLarge || g[0].Data != msg {
			t.Errorf("%s: %+v, want the message %q", name, g, msg)
		}
	}
	// An oversize zip member, announced in the directory, and one that lies.
	os.WriteFile(filepath.Join(dir, "z.zip"), zipBytes(t, []member{{"big.txt", bomb}, {"../up.txt", "up"}}), 0o644)
	g = collect(t, []string{filepath.Join(dir, "z.zip")}, Options{MaxSize: 1 << 10})
	if len(g) != 2 || g[0].Code != document.ErrTooLarge || !g[1].Unsafe {
		t.Errorf("zip: %+v", g)
	}
}
