package batch

// The output tree: one file per article, mirroring the input's relative
// path. Rules (also in `sahifa extract --help`):
//   - a file named on the command line: DIR/NAME.json; a file found in a
//     folder: DIR/REL/PATH/NAME.json (relative to the folder argument);
//   - an archive member: DIR/STEM/MEMBER/PATH.json, where STEM is the
//     archive's base name without .zip, .tar, .tar.gz, .tgz or .gz, and
//     a member under a first folder named STEM is not put under STEM
//     twice: DIR/STEM/PATH.json (see source.Item.Rel);
//   - an input holding several articles (TREC <DOC>s, JSON Lines records):
//     DIR/REL/NAME/ID.json, one per article, named by its id (characters
//     unsafe in a file name, controls and bidi controls included, replaced
//     by "_"; a repeated id gets "-N");
//     standard input is named "stdin";
//   - error records are not written to the tree (they are reported on
//     stderr, so that a rerun with --skip-existing retries them);
//   - a file is written to a temporary file in its folder, then renamed;
//     the temporaries a killed run left in a folder are removed (see
//     createTemp);
//   - an existing target is a conflict (counted and listed, left
//     untouched) unless the policy is ExistOverwrite or ExistSkip;
//   - a target that would escape DIR (member names with "../" or absolute,
//     or a folder on the way that is a symbolic link) is an error, and
//     nothing is written.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/termsafe"
)

// Exist is what a TreeSink does with a target that exists.
type Exist int

// The policies of Exist.
const (
	// ExistConflict leaves it untouched and lists it in Conflicts.
	ExistConflict Exist = iota
	// ExistOverwrite replaces it.
	ExistOverwrite
	// ExistSkip leaves it untouched and counts it in Skipped: a rerun
	// resumes where a batch stopped.
	ExistSkip
)

// TreeSink writes one file per article under a folder (see the rules
// above). Problems with one target are reported and counted; only an
// interruption stops the batch.
type TreeSink struct {
	dir     string
	enc     encode.Encoder
	exist   Exist
	problem func(where, msg string)

	safeDirs map[string]bool // folders checked to be real folders inside dir
	seen     map[string]int  // per multi-article input: ids already used
	seenFor  string
	claimed  map[string]string // targets decided in this run: the input each is for
	index    *treeIndex        // the folders' index pages, for an encode.Indexer

	// Renamed, when not nil, is told of a document written under another
	// name because its target was another input's in this run (see claim).
	Renamed func(where, msg string)

	// Conflicts are the targets that existed, under ExistConflict.
	Conflicts []string
	// Written, Skipped and Failed count the documents written, skipped
	// because their target existed (ExistSkip), and not written for a
	// problem (reported).
	Written, Skipped, Failed int
	// StaleRemoved counts the temporary files of killed runs removed from
	// the tree's folders.
	StaleRemoved int
}

// NewTreeSink returns a sink writing each document under dir as a file of
// enc's format (enc.AppendFile, enc.Ext), with policy exist; problem is
// told of each target not written, and why.
func NewTreeSink(dir string, enc encode.Encoder, exist Exist, problem func(where, msg string)) *TreeSink {
	return &TreeSink{dir: dir, enc: enc, exist: exist, problem: problem, safeDirs: map[string]bool{}, index: newTreeIndex(enc)}
}

func (t *TreeSink) fail(where, format string, args ...any) {
	t.Failed++
	if t.problem != nil {
		t.problem(where, fmt.Sprintf(format, args...))
	}
}

// Buffered implements Sink: files are written whole.
func (t *TreeSink) Buffered() bool { return false }

// Flush implements Sink.
func (t *TreeSink) Flush() error { return nil }

// stripExt removes the extension of the last element of a slash path.
func stripExt(rel string) string {
	ext := path.Ext(rel)
	if ext == "" || ext == rel || strings.HasSuffix(rel, "/"+ext) {
		return rel
	}
	return strings.TrimSuffix(rel, ext)
}

// maxFileName bounds a file name made of an id, in bytes: file systems
// allow 255.
const maxFileName = 200

// fileName makes an id usable as a file name.
func fileName(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r == '/' || r == '\\' || r == ':' || termsafe.Control(r):
			b.WriteByte('_')
		default:
			b.WriteRune(r)
		}
	}
	s := strings.TrimLeft(b.String(), ".")
	if s == "" {
		s = "_"
	}
	if len(s) > maxFileName {
		// cut on a letter's first byte: a name stays UTF-8
		i := maxFileName
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		s = s[:i]
	}
	return s
}

// targets returns the slash paths, relative to DIR, of a unit's documents.
func (t *TreeSink) targets(u *Unit, docs []*document.Document, nAll int) []string {
	rel := u.Rel
	if rel == "-" || rel == "" {
		rel = "stdin"
	}
	st := stripExt(rel)
	if !u.IsRecord && (u.Part == nil || u.Part.N == 0) && nAll == 1 {
		return []string{t.claim(st+t.enc.Ext(), u.Path, rel)}
	}
	if t.seen == nil || t.seenFor != u.Rel {
		t.seen = map[string]int{}
		t.seenFor = u.Rel
	}
	out := make([]string, len(docs))
	for i, d := range docs {
		name := ""
		if d.ID != nil && *d.ID != "" {
			name = fileName(path.Base(*d.ID))
		} else if u.IsRecord {
			name = fmt.Sprintf("%d", u.Record)
		} else if u.Part != nil && u.Part.N > 0 {
			name = fmt.Sprintf("%d", u.Part.N)
		} else {
			name = fmt.Sprintf("%d", i+1)
		}
		t.seen[name]++
		if k := t.seen[name]; k > 1 {
			name = fmt.Sprintf("%s-%d", name, k)
		}
		out[i] = t.claim(st+"/"+name+t.enc.Ext(), u.Path, "")
	}
	return out
}

// Render implements Sink; error records are not written.
func (t *TreeSink) Render(d *document.Document) []byte {
	if d.Error != nil {
		return nil
	}
	b, err := t.enc.AppendFile(nil, d)
	if err != nil {
		return nil
	}
	return b
}

// Write implements Sink.
func (t *TreeSink) Write(u *Unit, docs []*document.Document, enc map[*document.Document][]byte) error {
	var ok []*document.Document
	for _, d := range docs {
		if d.Error == nil {
			ok = append(ok, d)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	if u.Unsafe {
		t.fail(u.Path, "unsafe member name: it would be written outside %s; not written", t.dir)
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
func (t *TreeSink) writeOne(u *Unit, rel string, d *document.Document, b []byte) error {
	failed := t.Failed
	defer func() {
		if t.Failed == failed {
			t.index.add(rel, d) // written, skipped or a conflict: the folder holds it
		}
	}()
	native := filepath.FromSlash(rel)
	if !filepath.IsLocal(native) {
		t.fail(u.Path, "unsafe path %q: it would be written outside %s; not written", rel, t.dir)
		return nil
	}
	target := filepath.Join(t.dir, native)
	if err := t.mkdirs(filepath.Dir(native)); err != nil {
		t.fail(u.Path, "%v; not written", err)
		return nil
	}
	if fi, err := os.Lstat(target); err == nil {
		switch {
		case t.exist == ExistSkip:
			t.Skipped++
			return nil
		case t.exist == ExistConflict:
			t.Conflicts = append(t.Conflicts, target)
			return nil
		case fi.IsDir():
			t.fail(u.Path, "%s is a folder; not written", target)
			return nil
		}
	}
	f, err := createTemp(filepath.Dir(target), treeTempPrefix)
	if err != nil {
		t.fail(u.Path, "cannot write in %s: %v", filepath.Dir(target), UnwrapPath(err))
		return nil
	}
	if b == nil {
		b = t.Render(d)
	}
	if b == nil {
		err = fmt.Errorf("cannot write the document out")
	} else {
		_, err = f.Write(b)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		if t.exist == ExistOverwrite {
			err = os.Rename(f.Name(), target)
		} else {
			// Never replace a file that appeared meanwhile: link, then
			// remove the temporary name.
			err = os.Link(f.Name(), target)
			if errors.Is(err, fs.ErrExist) {
				os.Remove(f.Name())
				if t.exist == ExistSkip {
					t.Skipped++
				} else {
					t.Conflicts = append(t.Conflicts, target)
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
		t.fail(u.Path, "cannot write %s: %v", target, UnwrapPath(err))
		return nil
	}
	t.Written++
	return nil
}

// mkdirs makes DIR/rel, refusing to go through a symbolic link or a
// non-folder: nothing is written outside DIR.
func (t *TreeSink) mkdirs(rel string) error {
	if t.safeDirs[rel] {
		return nil
	}
	if rel == "." {
		t.StaleRemoved += removeStale(t.dir, treeTempPrefix)
		t.safeDirs[rel] = true
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
			return fmt.Errorf("cannot make folder %s: %v", p, UnwrapPath(err))
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
	t.StaleRemoved += removeStale(p, treeTempPrefix) // left by a killed run
	t.safeDirs[rel] = true
	return nil
}

// Close implements Sink: it writes the index pages of a format that has
// them (encode.Indexer). The caller reports Conflicts.
func (t *TreeSink) Close(ok bool) error { return t.index.write(t.dir, t.problem) }
