package source

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/sahifa/sahifa/extract/document"
)

// DefaultMaxSize is the default of Options.MaxSize: 32 MiB.
const DefaultMaxSize = 32 << 20

// DefaultMaxStdinZip is the default of Options.MaxStdinZip, the cap on a
// zip archive read from standard input, which is copied to a temporary
// file to be read: 1 GiB.
const DefaultMaxStdinZip = 1 << 30

// Options configure a walk. The zero value is usable.
type Options struct {
	// Stdin is read for the path "-" (an empty input when nil).
	Stdin io.Reader
	// Globs filter the articles found in folders and archives (see the
	// package comment).
	Globs []string
	// MaxSize is the size limit of an item's content for ReadAll
	// (DefaultMaxSize when not positive).
	MaxSize int64
	// MaxStdinZip caps a zip read from standard input (DefaultMaxStdinZip
	// when not positive).
	MaxStdinZip int64
	// FilesFrom, when not nil, is read after the arguments for more paths,
	// one a line (a CR before the newline is dropped; NUL-separated when
	// NUL is set). Blank lines are skipped. A line longer than 64 KiB is
	// an error Item, and the list is read no further.
	FilesFrom io.Reader
	// NUL makes FilesFrom NUL-separated.
	NUL bool
	// FilesFromName is the Path (and Source.Path) of the Item that says
	// FilesFrom cannot be read or is not a list of paths: "files-from"
	// when empty.
	FilesFromName string
	// Consumed, when not nil, is increased as input is read, for progress:
	// by the bytes read from files and standard input (compressed bytes
	// for an archive). A zip adds the compressed size of each member it
	// yields; on standard input, that comes on top of the bytes copied.
	Consumed *atomic.Int64
	// Skipped, when not nil, is told of each archive member that is not
	// read: a link, a special file (Path as an Item's, and why).
	Skipped func(path, why string)
	// Follow follows the symbolic links found in folders (see the package
	// comment); a link named by the caller is always followed.
	Follow bool
	// Notice, when not nil, is told of what a folder walk leaves out or
	// wants said (see Notice).
	Notice func(Notice)
}

// Walk yields the inputs named by args, then by opt.FilesFrom, in order:
// one Item per file, and one per member of an archive. An input that
// cannot be read is an Item with Err, and the walk goes on; breaking out
// of the loop stops it.
func Walk(args []string, opt Options) iter.Seq[*Item] {
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.MaxStdinZip <= 0 {
		opt.MaxStdinZip = DefaultMaxStdinZip
	}
	if opt.Stdin == nil {
		opt.Stdin = strings.NewReader("")
	}
	return func(yield func(*Item) bool) {
		w := &walker{opt: opt, yield: yield, globs: newGlobs(opt.Globs)}
		for _, a := range args {
			if !w.arg(a) {
				return
			}
		}
		if opt.FilesFrom != nil {
			w.list(opt.FilesFrom)
		}
	}
}

// list walks the paths of a FilesFrom list.
func (w *walker) list(r io.Reader) {
	name := w.opt.FilesFromName
	if name == "" {
		name = "files-from"
	}
	failErr := func(e *Error) {
		w.yield(&Item{Path: name, Rel: "-", Source: document.Source{Path: name}, Size: -1, Err: e})
	}
	fail := func(msg string) { failErr(&Error{Code: document.ErrRead, Msg: msg}) }
	sep := byte('\n')
	if w.opt.NUL {
		sep = 0
	}
	br := bufio.NewReader(r)
	// blank entries in a row (from entry blankFrom, blank bytes) are
	// bounded as one entry is: /dev/zero is not a list
	blank, blankFrom := 0, 0
	for n := 1; ; n++ {
		line, tooLong, err := readListLine(br, sep)
		if tooLong {
			fail(fmt.Sprintf("entry %d is longer than %s: not a list of paths", n, FormatSize(maxListLine)))
			return
		}
		p := strings.TrimSuffix(line, string(sep))
		if sep == '\n' {
			p = strings.TrimSuffix(p, "\r")
		}
		if sep == '\n' && strings.IndexByte(p, 0) >= 0 {
			failErr(&Error{Code: document.ErrRead, NULList: true,
				Msg: fmt.Sprintf("entry %d holds a NUL byte: the list looks NUL-separated, not one path a line", n)})
			return
		}
		if strings.TrimSpace(p) != "" {
			blank = 0
			if !w.arg(p) {
				return
			}
		} else {
			if blank == 0 {
				blankFrom = n
			}
			if blank += len(line); blank > maxListLine {
				fail(fmt.Sprintf("entries %d to %d are empty: not a list of paths", blankFrom, n))
				return
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fail(readMsg(err))
			return
		}
	}
}

// maxListLine bounds one line of a FilesFrom list: a path, not a file's
// content (a list that is /dev/zero must not take all memory).
const maxListLine = 64 << 10

// readListLine reads one line of a FilesFrom list, with its separator;
// tooLong is set, and the line dropped, when it passes maxListLine.
func readListLine(br *bufio.Reader, sep byte) (line string, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice(sep)
		if len(buf)+len(chunk) > maxListLine {
			return "", true, nil
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return string(buf), false, err
	}
}

// walker is the state of one Walk.
type walker struct {
	opt   Options
	yield func(*Item) bool
	globs globs
	// memberPat, when set, is the member path or glob of an argument
	// "ARCHIVE!/MEMBER": only the members it names are taken (counted in
	// memberHits), hidden or not, whatever the globs.
	memberPat  string
	memberHits int
	br         *bufio.Reader // reused from item to item: an item's reader is valid only during its step
}

// emit yields an item reading from r, and reports whether to go on.
func (w *walker) emit(it *Item, r io.Reader) bool {
	it.max = w.opt.MaxSize
	if w.memberPat != "" {
		w.memberHits++
	}
	if r != nil && it.Err == nil {
		if w.br == nil {
			w.br = bufio.NewReaderSize(r, 64<<10)
		} else {
			w.br.Reset(r)
		}
		it.r, it.raw = w.br, r
	}
	return w.yield(it)
}

// fail yields the item of an input p that cannot be read, and reports
// whether to go on.
func (w *walker) fail(p, rel string, err error) bool {
	return w.yield(&Item{Path: p, Rel: rel, Source: document.Source{Path: p}, Size: -1, Err: err})
}

// arg walks one path named by the caller: an argument, or a line of the
// FilesFrom list.
func (w *walker) arg(p string) bool {
	if p == "-" {
		return w.stdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		if arc, pat, ok := splitMember(p); ok {
			return w.members(p, arc, pat)
		}
		return w.fail(p, filepath.ToSlash(filepath.Base(p)), &Error{Code: document.ErrRead, Msg: readMsg(err)})
	}
	if fi.IsDir() {
		return w.dir(p, fi)
	}
	return w.file(p, filepath.ToSlash(filepath.Base(p)), fi)
}

// counter counts the bytes read through it into opt.Consumed.
type counter struct {
	r io.Reader
	n *atomic.Int64
}

func (c counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// counted returns r, counting into Options.Consumed when it is set.
func (w *walker) counted(r io.Reader) io.Reader {
	if w.opt.Consumed == nil {
		return r
	}
	return counter{r, w.opt.Consumed}
}

// file walks the file p: an archive (by its extension) gives its members,
// any other file one item.
func (w *walker) file(p, rel string, fi os.FileInfo) bool {
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, rel, &Error{Code: document.ErrRead, Msg: readMsg(err)})
	}
	defer f.Close()
	if err := unsupported(p); err != nil {
		return w.fail(p, rel, err)
	}
	if k := kind(p); k != "" {
		return w.archive(k, p, rel, f, fi.Size())
	}
	return w.emit(&Item{Path: p, Rel: rel, Source: document.Source{Path: p}, Size: fi.Size()}, w.counted(f))
}

// stdin reads standard input, recognising archives by their first bytes.
func (w *walker) stdin() bool {
	br := bufio.NewReaderSize(w.counted(w.opt.Stdin), 64<<10)
	if k := sniff(br); k != "" {
		return w.stdinArchive(k, br)
	}
	return w.emit(&Item{Path: "-", Rel: "-", Source: document.Source{Path: "-"}, Size: -1}, br)
}
