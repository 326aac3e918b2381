package source

import (
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestFolderSortedHiddenGlob(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"b.txt": "b", "a/z.txt": "z", "a/y.md": "y", ".hidden.txt": "h",
		".git/x.txt": "g", "c/.d/e.txt": "e",
	})
	// Hidden files and folders are skipped, and names that are not
	// article-like (a/y.md); the order is lexical.
	want := []got{
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
		{Path: "does/not/exist", Rel: "exist", Data: "no such file or directory", Code: document.ErrRead},
		{Path: "-", Rel: "-", Data: "from stdin"},
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("got %+v\nwant %+v", g, want)
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
		msg := "entry 1 is longer than 64 KiB: not a list of paths"
		if len(g) != 1 || g[0].Path != want || g[0].Code != document.ErrRead || g[0].Data != msg {
			t.Errorf("FilesFromName %q: %+v, want one error item %q: %q", name, g, want, msg)
		}
	}
	// a NUL-separated list read as newline-separated: refused at its first
	// entry with a NUL, the entries before it read
	g = collect(t, nil, Options{FilesFrom: strings.NewReader(a + "\n" + b + "\x00" + a + "\x00")})
	if msg := "entry 2 holds a NUL byte: the list looks NUL-separated, not one path a line"; len(g) != 2 || g[0].Data != "a" || g[1].Data != msg {
		t.Errorf("NUL list read by lines: %+v, want a, then one error item %q", g, msg)
	}
	// /dev/zero as a NUL-separated list: endless empty entries, refused
	// after as many bytes as one entry may have
	g = collect(t, nil, Options{FilesFrom: io.LimitReader(zeros{}, 1<<30), NUL: true, FilesFromName: "--files-from"})
	if msg := "entries 1 to 65537 are empty: not a list of paths"; len(g) != 1 || g[0].Data != msg {
		t.Errorf("/dev/zero list: %+v, want one error item %q", g, msg)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

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
