package main

// The output tree of -O DIR: one file per article, mirroring the input's
// relative path. Rules (also in `sahifa extract --help`):
//   - a file named on the command line: DIR/NAME.json; a file found in a
//     folder: DIR/REL/PATH/NAME.json (relative to the folder argument);
//   - an archive member: DIR/STEM/MEMBER/PATH.json, where STEM is the
//     archive's base name without .zip, .tar, .tar.gz, .tgz or .gz;
//   - an input holding several articles (TREC <DOC>s, JSON Lines records):
//     DIR/REL/NAME/ID.json, one per article, named by its id (characters
//     unsafe in a file name replaced by "_"; a repeated id gets "-N");
//     standard input is named "stdin";
//   - error records are not written to the tree (they are reported on
//     stderr, so that a rerun with --skip-existing retries them);
//   - a file is written to a temporary file in its folder, then renamed;
//   - an existing target is a conflict (listed, exit 1, left untouched)
//     unless --overwrite or --skip-existing;
//   - a target that would escape DIR (member names with "../" or absolute,
//     or a folder on the way that is a symbolic link) is an error, and
//     nothing is written.

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
)

// Conflict policies for existing targets.
const (
	existConflict  = iota // list it, exit 1
	existOverwrite        // --overwrite
	existSkip             // --skip-existing
)

type treeSink struct {
	a      *app
	dir    string
	format string // json or md
	exist  int

	safeDirs  map[string]bool // folders checked to be real folders inside dir
	conflicts []string
	written   int
	skipped   int
	failed    int
	seen      map[string]int // per multi-article input: ids already used
	seenFor   string
}

func newTreeSink(a *app, dir, format string, exist int) *treeSink {
	return &treeSink{a: a, dir: dir, format: format, exist: exist, safeDirs: map[string]bool{}}
}

func (t *treeSink) ext() string {
	if t.format == "md" {
		return ".md"
	}
	return ".json"
}

func (t *treeSink) buffered() bool { return false }
func (t *treeSink) flush() error   { return nil }

// stripExt removes the extension of the last element of a slash path.
func stripExt(rel string) string {
	ext := path.Ext(rel)
	if ext == "" || ext == rel || strings.HasSuffix(rel, "/"+ext) {
		return rel
	}
	return strings.TrimSuffix(rel, ext)
}

// fileName makes an id usable as a file name.
func fileName(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r == '/' || r == '\\' || r == 0 || r == ':' || r < ' ':
			b.WriteByte('_')
		default:
			b.WriteRune(r)
		}
	}
	s := strings.TrimLeft(b.String(), ".")
	if s == "" {
		s = "_"
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}

// targets returns the slash paths, relative to DIR, of a unit's documents.
func (t *treeSink) targets(u *unit, docs []*document.Document, nAll int) []string {
	rel := u.rel
	if rel == "-" || rel == "" {
		rel = "stdin"
	}
	st := stripExt(rel)
	if !u.isRec && nAll == 1 {
		return []string{st + t.ext()}
	}
	if t.seen == nil || t.seenFor != u.rel {
		t.seen = map[string]int{}
		t.seenFor = u.rel
	}
	out := make([]string, len(docs))
	for i, d := range docs {
		name := ""
		if d.ID != nil && *d.ID != "" {
			name = fileName(path.Base(*d.ID))
		} else if u.isRec {
			name = fmt.Sprintf("%d", u.record)
		} else {
			name = fmt.Sprintf("%d", i+1)
		}
		t.seen[name]++
		if k := t.seen[name]; k > 1 {
			name = fmt.Sprintf("%s-%d", name, k)
		}
		out[i] = st + "/" + name + t.ext()
	}
	return out
}

// render writes out a document ahead; error records are not written.
func (t *treeSink) render(d *document.Document) []byte {
	if d.Error != nil {
		return nil
	}
	var buf bytes.Buffer
	var err error
	if t.format == "md" {
		err = encode.WriteMarkdown(&buf, d)
	} else {
		err = encode.WriteJSON(&buf, d, true)
	}
	if err != nil {
		return nil
	}
	return buf.Bytes()
}

func (t *treeSink) write(u *unit, docs []*document.Document, enc rendered) error {
	var ok []*document.Document
	for _, d := range docs {
		if d.Error == nil {
			ok = append(ok, d)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	if u.unsafe {
		t.failed++
		t.a.errorf("%s: unsafe member name: it would be written outside %s; not written", u.path, t.dir)
		return nil
	}
	for i, rel := range t.targets(u, ok, len(docs)) {
		if err := t.writeOne(u, rel, ok[i], enc[ok[i]]); err != nil {
			return err
		}
	}
	return nil
}

// writeOne writes one document to DIR/rel. Problems with one target are
// reported and counted; only an interruption stops the run.
func (t *treeSink) writeOne(u *unit, rel string, d *document.Document, b []byte) error {
	native := filepath.FromSlash(rel)
	if !filepath.IsLocal(native) {
		t.failed++
		t.a.errorf("%s: unsafe path %q: it would be written outside %s; not written", u.path, rel, t.dir)
		return nil
	}
	target := filepath.Join(t.dir, native)
	if err := t.mkdirs(filepath.Dir(native)); err != nil {
		t.failed++
		t.a.errorf("%s: %v; not written", u.path, err)
		return nil
	}
	if fi, err := os.Lstat(target); err == nil {
		switch {
		case t.exist == existSkip:
			t.skipped++
			return nil
		case t.exist == existConflict:
			t.conflicts = append(t.conflicts, target)
			return nil
		case fi.IsDir():
			t.failed++
			t.a.errorf("%s: %s is a folder; not written", u.path, target)
			return nil
		}
	}
	f, err := os.CreateTemp(filepath.Dir(target), ".sahifa-*.tmp")
	if err != nil {
		t.failed++
		t.a.errorf("%s: cannot write in %s: %v", u.path, filepath.Dir(target), unwrapPath(err))
		return nil
	}
	if b == nil {
		b = t.render(d)
	}
	if b == nil {
		err = fmt.Errorf("cannot write the document out")
	} else if err = f.Chmod(outputPerm); err == nil {
		_, err = f.Write(b)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		if t.exist == existOverwrite {
			err = os.Rename(f.Name(), target)
		} else {
			// Never replace a file that appeared meanwhile: link, then
			// remove the temporary name.
			err = os.Link(f.Name(), target)
			if errors.Is(err, fs.ErrExist) {
				os.Remove(f.Name())
				if t.exist == existSkip {
					t.skipped++
				} else {
					t.conflicts = append(t.conflicts, target)
				}
				return nil
			}
			if err != nil {
				err = os.Rename(f.Name(), target) // no hard links here
			} else {
				os.Remove(f.Name())
			}
		}
	}
	if err != nil {
		os.Remove(f.Name())
		t.failed++
		t.a.errorf("%s: cannot write %s: %v", u.path, target, unwrapPath(err))
		return nil
	}
	t.written++
	return nil
}

// mkdirs makes DIR/rel, refusing to go through a symbolic link or a
// non-folder: nothing is written outside DIR.
func (t *treeSink) mkdirs(rel string) error {
	if rel == "." || t.safeDirs[rel] {
		return nil
	}
	if parent := filepath.Dir(rel); parent != rel {
		if err := t.mkdirs(parent); err != nil {
			return err
		}
	}
	p := filepath.Join(t.dir, rel)
	fi, err := os.Lstat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.Mkdir(p, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("cannot make folder %s: %v", p, unwrapPath(err))
		}
		if fi, err = os.Lstat(p); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("%s is a symbolic link: refusing to write through it", p)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder", p)
	}
	t.safeDirs[rel] = true
	return nil
}

func (t *treeSink) close(ok bool) error {
	const show = 20
	for i, c := range t.conflicts {
		if i == show {
			t.a.errorf("… and %d more", len(t.conflicts)-show)
			break
		}
		t.a.errorf("%s: exists, left untouched", c)
	}
	if len(t.conflicts) > 0 {
		t.a.errorf("%d output conflicts; use --skip-existing to resume or --overwrite to replace", len(t.conflicts))
	}
	return nil
}
