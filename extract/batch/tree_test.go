package batch

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
)

func doc(id, title string) *document.Document {
	return &document.Document{SchemaVersion: 1, ID: &id, Title: &title, Input: document.Input{Path: id}}
}

func newTestTree(t *testing.T, dir string, exist Exist) (*TreeSink, *bytes.Buffer) {
	var errb bytes.Buffer
	problem := func(where, msg string) { fmt.Fprintf(&errb, "sahifa: %s: %s\n", where, msg) }
	return NewTreeSink(dir, encode.JSON{}, exist, problem), &errb
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
	tr, _ := newTestTree(t, dir, ExistConflict)
	units := []struct {
		u    *Unit
		docs []*document.Document
	}{
		{&Unit{Path: "a.txt", Rel: "a.txt"}, []*document.Document{doc("a", "A")}},
		{&Unit{Path: "corpus/x/b.txt", Rel: "x/b.txt"}, []*document.Document{doc("b", "B")}},
		{&Unit{Path: "t.tgz!/top/c.txt", Rel: "t/top/c.txt"}, []*document.Document{doc("top/c", "C")}},
		// several articles in one input: one file each, by id; a repeated id gets -2
		{&Unit{Path: "trec.txt", Rel: "trec.txt"}, []*document.Document{doc("D1", "1"), doc("D2", "2"), doc("D1", "3"), doc("../x/D:4", "4")}},
		// an error record is not written
		{&Unit{Path: "bad.txt", Rel: "bad.txt"}, []*document.Document{extract.ErrorRecord(document.Source{Path: "bad.txt"}, document.ErrRead, "x")}},
		// JSON Lines records on stdin: by id, else by line
		{&Unit{Path: "-:1", Rel: "-", IsRecord: true, Record: 1}, []*document.Document{doc("r1", "r")}},
		{&Unit{Path: "-:2", Rel: "-", IsRecord: true, Record: 2}, []*document.Document{{SchemaVersion: 1}}},
	}
	for _, x := range units {
		if err := tr.Write(x.u, x.docs, nil); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"a.json", "stdin/2.json", "stdin/r1.json", "t/top/c.json", "trec/D1-2.json", "trec/D1.json", "trec/D2.json", "trec/D_4.json", "x/b.json"}
	if got := files(t, dir); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("tree:\n got %v\nwant %v", got, want)
	}
	if tr.Written != 9 || tr.Failed != 0 {
		t.Errorf("written %d, failed %d", tr.Written, tr.Failed)
	}
}

func TestTreeConflicts(t *testing.T) {
	dir := t.TempDir()
	u := &Unit{Path: "a.txt", Rel: "a.txt"}
	tr, _ := newTestTree(t, dir, ExistConflict)
	tr.Write(u, []*document.Document{doc("a", "first")}, nil)
	target := filepath.Join(dir, "a.json")
	before, _ := os.ReadFile(target)

	// An existing target is a conflict: listed, untouched, no problem.
	tr, errb := newTestTree(t, dir, ExistConflict)
	tr.Write(u, []*document.Document{doc("a", "second")}, nil)
	tr.Close(true)
	if len(tr.Conflicts) != 1 || tr.Conflicts[0] != target || errb.Len() > 0 {
		t.Errorf("conflict not listed: %v %q", tr.Conflicts, errb.String())
	}
	if now, _ := os.ReadFile(target); !bytes.Equal(now, before) {
		t.Errorf("conflicting file changed")
	}
	// ExistSkip leaves it and counts it.
	tr, _ = newTestTree(t, dir, ExistSkip)
	tr.Write(u, []*document.Document{doc("a", "second")}, nil)
	if tr.Skipped != 1 || len(tr.Conflicts) != 0 {
		t.Errorf("skip-existing: skipped %d, conflicts %d", tr.Skipped, len(tr.Conflicts))
	}
	if now, _ := os.ReadFile(target); !bytes.Equal(now, before) {
		t.Errorf("skipped file changed")
	}
	// ExistOverwrite replaces it.
	tr, _ = newTestTree(t, dir, ExistOverwrite)
	tr.Write(u, []*document.Document{doc("a", "second")}, nil)
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
	tr, errb := newTestTree(t, dir, ExistOverwrite)
	for _, u := range []*Unit{
		{Path: "e.tgz!/../evil.txt", Rel: "../evil.txt", Unsafe: true},
		{Path: "e.tgz!//abs.txt", Rel: "/abs.txt", Unsafe: true},
		{Path: "x!/../../y.txt", Rel: "../../y.txt"}, // not flagged by the walk: caught by the writer
		{Path: "arch.tgz!/a.txt", Rel: "arch/a.txt"}, // through the symbolic link
	} {
		if err := tr.Write(u, []*document.Document{doc("e", "E")}, nil); err != nil {
			t.Fatal(err)
		}
	}
	if tr.Failed != 4 || tr.Written != 0 {
		t.Errorf("failed %d, written %d; stderr:\n%s", tr.Failed, tr.Written, errb.String())
	}
	if got := files(t, root); len(got) != 0 {
		t.Errorf("files written: %v", got)
	}
	if !strings.Contains(errb.String(), "symbolic link") || !strings.Contains(errb.String(), "unsafe member name") {
		t.Errorf("stderr: %s", errb.String())
	}
}

func TestFileNameCutOnALetter(t *testing.T) {
	for _, id := range []string{strings.Repeat("ب", 150), "x" + strings.Repeat("ب", 150), strings.Repeat("a", 300)} {
		name := fileName(id)
		if !utf8.ValidString(name) || len(name) > maxFileName || len(name) < maxFileName-3 {
			t.Errorf("fileName of %d bytes: %d bytes, valid UTF-8 %v", len(id), len(name), utf8.ValidString(name))
		}
	}
}
