package source

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/sahifa/sahifa/extract"
)

// got is what a test sees of one item.
type got struct {
	Path, Rel, Member string
	Data              string
	Code              string // error code, "" when read
	Unsafe            bool
}

func collect(t *testing.T, args []string, opt Options) []got {
	t.Helper()
	var out []got
	for it := range Walk(args, opt) {
		g := got{Path: it.Path, Rel: it.Rel, Member: it.Source.Member, Unsafe: it.Unsafe}
		data, err := it.ReadAll()
		if err != nil {
			g.Code = Code(err)
			g.Data = err.Error()
		} else {
			g.Data = string(data)
		}
		out = append(out, g)
	}
	return out
}

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type member struct{ name, body string }

func tarBytes(t *testing.T, members []member, extra func(*tar.Writer)) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	tw.WriteHeader(&tar.Header{Name: "top/", Typeflag: tar.TypeDir, Mode: 0o755})
	for _, m := range members {
		if err := tw.WriteHeader(&tar.Header{Name: m.name, Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(m.body))}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(m.body))
	}
	if extra != nil {
		extra(tw)
	}
	tw.Close()
	return buf.Bytes()
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func zipBytes(t *testing.T, members []member) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.Create("top/")
	for _, m := range members {
		w, err := zw.Create(m.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(m.body))
	}
	zw.Close()
	return buf.Bytes()
}

func TestFolderSortedHiddenGlob(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"b.txt": "b", "a/z.txt": "z", "a/y.md": "y", ".hidden.txt": "h",
		".git/x.txt": "g", "c/.d/e.txt": "e",
	})
	// Hidden files and folders are skipped; the order is lexical.
	want := []got{
		{Path: filepath.Join(dir, "a/y.md"), Rel: "a/y.md", Data: "y"},
		{Path: filepath.Join(dir, "a/z.txt"), Rel: "a/z.txt", Data: "z"},
		{Path: filepath.Join(dir, "b.txt"), Rel: "b.txt", Data: "b"},
	}
	if g := collect(t, []string{dir}, Options{}); !reflect.DeepEqual(g, want) {
		t.Errorf("walk:\n got %+v\nwant %+v", g, want)
	}
	// --glob on the base name, and on the relative path.
	g := collect(t, []string{dir}, Options{Globs: []string{"*.txt"}})
	if len(g) != 2 || g[0].Rel != "a/z.txt" || g[1].Rel != "b.txt" {
		t.Errorf("glob *.txt: %+v", g)
	}
	g = collect(t, []string{dir}, Options{Globs: []string{"a/*"}})
	if len(g) != 2 || g[0].Rel != "a/y.md" {
		t.Errorf("glob a/*: %+v", g)
	}
	// A hidden file named explicitly is read.
	g = collect(t, []string{filepath.Join(dir, ".hidden.txt")}, Options{})
	if len(g) != 1 || g[0].Data != "h" || g[0].Rel != ".hidden.txt" {
		t.Errorf("explicit hidden file: %+v", g)
	}
}

func TestMissingAndStdin(t *testing.T) {
	g := collect(t, []string{"does/not/exist", "-"}, Options{Stdin: strings.NewReader("from stdin")})
	want := []got{
		{Path: "does/not/exist", Rel: "exist", Data: "no such file or directory", Code: extract.ErrRead},
		{Path: "-", Rel: "-", Data: "from stdin"},
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("got %+v\nwant %+v", g, want)
	}
}

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
	if last.Path != p || last.Code != extract.ErrRead || !strings.Contains(last.Data, "damaged archive") {
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
	if g := collect(t, []string{z}, Options{}); len(g) != 1 || g[0].Code != extract.ErrRead {
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
		if !g[i].Unsafe || g[i].Code != "" {
			t.Errorf("member %d should be yielded and flagged unsafe: %+v", i, g[i])
		}
	}
	if g[3].Code != extract.ErrTooLarge || g[4].Data != "ok" || g[4].Unsafe {
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
		if len(g) != 1 || g[0].Code != extract.ErrTooLarge || g[0].Data != msg {
			t.Errorf("%s: %+v, want the message %q", name, g, msg)
		}
	}
	// An oversize zip member, announced in the directory, and one that lies.
	os.WriteFile(filepath.Join(dir, "z.zip"), zipBytes(t, []member{{"big.txt", bomb}, {"../up.txt", "up"}}), 0o644)
	g = collect(t, []string{filepath.Join(dir, "z.zip")}, Options{MaxSize: 1 << 10})
	if len(g) != 2 || g[0].Code != extract.ErrTooLarge || !g[1].Unsafe {
		t.Errorf("zip: %+v", g)
	}
}

func TestFilesFrom(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.txt": "a", "b.txt": "b"})
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	g := collect(t, nil, Options{FilesFrom: strings.NewReader(b + "\r\n\n" + a + "\n")})
	if len(g) != 2 || g[0].Data != "b" || g[1].Data != "a" {
		t.Errorf("newline list: %+v", g)
	}
	g = collect(t, []string{a}, Options{FilesFrom: strings.NewReader(b + "\x00" + a), NUL: true})
	if len(g) != 3 || g[1].Data != "b" || g[2].Data != "a" {
		t.Errorf("NUL list: %+v", g)
	}
	// A list that is not one is an error item named FilesFromName, and
	// the list is read no further.
	notList := strings.Repeat("x", maxListLine+1) + "\n" + a + "\n"
	for name, want := range map[string]string{"": "files-from", "--files-from": "--files-from"} {
		g = collect(t, nil, Options{FilesFrom: strings.NewReader(notList), FilesFromName: name})
		msg := "a line longer than 64 KiB: not a list of paths"
		if len(g) != 1 || g[0].Path != want || g[0].Code != extract.ErrRead || g[0].Data != msg {
			t.Errorf("FilesFromName %q: %+v, want one error item %q: %q", name, g, want, msg)
		}
	}
}

func TestStopEarly(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a": "a", "b": "b", "c": "c"})
	n := 0
	for range Walk([]string{dir, dir}, Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("break did not stop the walk: %d", n)
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{12: "12 bytes", 32 << 20: "32 MiB", 1536: "1.5 KiB", 1 << 30: "1 GiB"} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// An item of announced size is read whole at its first use; Peek, ReadAll
// and Reader give the same content whatever the order, as when streamed.
func TestItemWhole(t *testing.T) {
	body := strings.Repeat("سطر من الكلام\n", 500)
	newItem := func(content string, size int64) *Item {
		raw := strings.NewReader(content)
		return &Item{Size: size, max: 1 << 20, r: bufio.NewReaderSize(raw, 64), raw: raw}
	}
	readAll := func(r io.Reader) string {
		b, err := io.ReadAll(r)
		if err != nil {
			return "error: " + err.Error()
		}
		return string(b)
	}
	for _, size := range []int64{int64(len(body)), -1} {
		it := newItem(body, size)
		if h := it.Peek(10); string(h) != body[:10] {
			t.Errorf("size %d: Peek(10) = %q", size, h)
		}
		if b, err := it.ReadAll(); err != nil || string(b) != body {
			t.Errorf("size %d: ReadAll after Peek: %d bytes, %v", size, len(b), err)
		}
		if size > 0 && it.state != stateWhole {
			t.Errorf("size %d: not read whole", size)
		}
		it = newItem(body, size)
		it.Peek(4096)
		if got := readAll(it.Reader()); got != body {
			t.Errorf("size %d: Reader after Peek: %d bytes", size, len(got))
		}
		it = newItem(body, size)
		if got := readAll(it.Reader()); got != body || it.state != stateStreamed {
			t.Errorf("size %d: Reader first: %d bytes, state %d", size, len(got), it.state)
		}
	}
	// Longer than announced (a file still growing): everything is read.
	it := newItem(body, 100)
	if b, err := it.ReadAll(); err != nil || string(b) != body {
		t.Errorf("longer than announced: %d bytes, %v", len(b), err)
	}
	// Shorter than announced (a truncated member): Peek gives what there
	// is, ReadAll an error, Reader what there is and then the error.
	for _, first := range []string{"peek", "readall", "reader"} {
		it := newItem(body, int64(len(body))+10)
		switch first {
		case "peek":
			if h := it.Peek(10); string(h) != body[:10] {
				t.Errorf("truncated: Peek(10) = %q", h)
			}
		case "reader":
			if got := readAll(it.Reader()); !strings.HasPrefix(got, "error: ") && got != body {
				t.Errorf("truncated: Reader = %.40q", got)
			}
			continue
		}
		if _, err := it.ReadAll(); Code(err) != extract.ErrRead {
			t.Errorf("truncated, %s first: ReadAll error %v", first, err)
		}
		if got := readAll(it.Reader()); !strings.HasPrefix(got, "error: ") {
			t.Errorf("truncated, %s first: Reader gives no error: %d bytes", first, len(got))
		}
	}
	// Too large: not read whole, and ReadAll says so.
	it = newItem(body, int64(len(body)))
	it.max = 100
	if _, err := it.ReadAll(); Code(err) != extract.ErrTooLarge || it.state == stateWhole {
		t.Errorf("over the limit: %v, state %d", err, it.state)
	}
}
