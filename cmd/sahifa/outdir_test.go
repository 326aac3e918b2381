package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
)

func doc(id, title string) *document.Document {
	return &document.Document{SchemaVersion: 1, ID: &id, Title: &title, Input: document.Input{Path: id}}
}

func newTestTree(t *testing.T, dir string, exist int) (*treeSink, *bytes.Buffer) {
	var errb bytes.Buffer
	a := &app{stderr: &errb, getenv: func(string) string { return "" }, colorMode: "never"}
	return newTreeSink(a, dir, "json", exist), &errb
}

// files lists the files under dir, relative, sorted.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(out)
	return out
}

func TestTreeLayout(t *testing.T) {
	dir := t.TempDir()
	tr, _ := newTestTree(t, dir, existConflict)
	units := []struct {
		u    *unit
		docs []*document.Document
	}{
		{&unit{path: "a.txt", rel: "a.txt"}, []*document.Document{doc("a", "A")}},
		{&unit{path: "corpus/x/b.txt", rel: "x/b.txt"}, []*document.Document{doc("b", "B")}},
		{&unit{path: "t.tgz!/top/c.txt", rel: "t/top/c.txt"}, []*document.Document{doc("top/c", "C")}},
		// several articles in one input: one file each, by id; a repeated id gets -2
		{&unit{path: "trec.txt", rel: "trec.txt"}, []*document.Document{doc("D1", "1"), doc("D2", "2"), doc("D1", "3"), doc("../x/D:4", "4")}},
		// an error record is not written
		{&unit{path: "bad.txt", rel: "bad.txt"}, []*document.Document{extract.ErrorRecord(document.Source{Path: "bad.txt"}, document.ErrRead, "x")}},
		// JSON Lines records on stdin: by id, else by line
		{&unit{path: "-:1", rel: "-", isRec: true, record: 1}, []*document.Document{doc("r1", "r")}},
		{&unit{path: "-:2", rel: "-", isRec: true, record: 2}, []*document.Document{{SchemaVersion: 1}}},
	}
	for _, x := range units {
		if err := tr.write(x.u, x.docs, nil); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"a.json", "stdin/2.json", "stdin/r1.json", "t/top/c.json", "trec/D1-2.json", "trec/D1.json", "trec/D2.json", "trec/D_4.json", "x/b.json"}
	if got := files(t, dir); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("tree:\n got %v\nwant %v", got, want)
	}
	if tr.written != 9 || tr.failed != 0 {
		t.Errorf("written %d, failed %d", tr.written, tr.failed)
	}
}

func TestTreeConflicts(t *testing.T) {
	dir := t.TempDir()
	u := &unit{path: "a.txt", rel: "a.txt"}
	tr, _ := newTestTree(t, dir, existConflict)
	tr.write(u, []*document.Document{doc("a", "first")}, nil)
	target := filepath.Join(dir, "a.json")
	before, _ := os.ReadFile(target)

	// An existing target is a conflict: listed, untouched.
	tr, errb := newTestTree(t, dir, existConflict)
	tr.write(u, []*document.Document{doc("a", "second")}, nil)
	tr.close(true)
	if len(tr.conflicts) != 1 || !strings.Contains(errb.String(), "a.json: exists, left untouched") {
		t.Errorf("conflict not reported: %v %q", tr.conflicts, errb.String())
	}
	if now, _ := os.ReadFile(target); !bytes.Equal(now, before) {
		t.Errorf("conflicting file changed")
	}
	// --skip-existing leaves it and counts it.
	tr, _ = newTestTree(t, dir, existSkip)
	tr.write(u, []*document.Document{doc("a", "second")}, nil)
	if tr.skipped != 1 || len(tr.conflicts) != 0 {
		t.Errorf("skip-existing: skipped %d, conflicts %d", tr.skipped, len(tr.conflicts))
	}
	if now, _ := os.ReadFile(target); !bytes.Equal(now, before) {
		t.Errorf("skipped file changed")
	}
	// --overwrite replaces it.
	tr, _ = newTestTree(t, dir, existOverwrite)
	tr.write(u, []*document.Document{doc("a", "second")}, nil)
	if now, _ := os.ReadFile(target); !bytes.Contains(now, []byte(`"second"`)) {
		t.Errorf("overwrite did not replace: %s", now)
	}
	// No temporary file is left.
	if got := files(t, dir); len(got) != 1 {
		t.Errorf("files left: %v", got)
	}
}

func TestTreeEscape(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "out")
	outside := filepath.Join(root, "outside")
	os.MkdirAll(dir, 0o755)
	os.MkdirAll(outside, 0o755)
	// A folder inside DIR that is a symbolic link to outside.
	if err := os.Symlink(outside, filepath.Join(dir, "arch")); err != nil {
		t.Skip("no symbolic links here")
	}
	tr, errb := newTestTree(t, dir, existOverwrite)
	for _, u := range []*unit{
		{path: "e.tgz!/../evil.txt", rel: "../evil.txt", unsafe: true},
		{path: "e.tgz!//abs.txt", rel: "/abs.txt", unsafe: true},
		{path: "x!/../../y.txt", rel: "../../y.txt"}, // not flagged by the walk: caught by the writer
		{path: "arch.tgz!/a.txt", rel: "arch/a.txt"}, // through the symbolic link
	} {
		if err := tr.write(u, []*document.Document{doc("e", "E")}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if tr.failed != 4 || tr.written != 0 {
		t.Errorf("failed %d, written %d; stderr:\n%s", tr.failed, tr.written, errb.String())
	}
	if got := files(t, root); len(got) != 0 {
		t.Errorf("files written: %v", got)
	}
	if !strings.Contains(errb.String(), "symbolic link") || !strings.Contains(errb.String(), "unsafe member name") {
		t.Errorf("stderr: %s", errb.String())
	}
}
