// Package source walks the inputs of `sahifa extract`: files, standard
// input, folders (recursively, in sorted order) and archives (.zip, .tar,
// .tar.gz/.tgz, a single .gz), read as streams and never unpacked to disk.
// It knows nothing of flags, terminals or article formats: it yields one
// Item per input, in order, and the caller reads its bytes.
//
// Rules:
//   - "-" is standard input (Options.Stdin). A zip, gzip or tar stream on
//     standard input is recognised by its first bytes. A zip on standard
//     input needs random access: it is copied to a temporary file, at most
//     Options.MaxStdinZip bytes (default 1 GiB), removed afterwards.
//   - Folders are walked recursively in lexical order. Hidden files and
//     folders (a name starting with ".") are skipped unless named
//     explicitly; so are hidden members of archives (__MACOSX/._x, .DS_Store).
//     The members of an archive on standard input have Rel "stdin/MEMBER".
//     A symbolic link found in a folder is followed only to a regular file.
//   - Options.Globs filter the articles found in folders and archives (not
//     the paths named explicitly): a pattern (path.Match syntax) must match
//     the base name or the slash-separated path relative to the folder (or
//     the member path inside an archive). Archives found in a folder are
//     always opened; their members are filtered.
//   - Archives are recognised by their extension: .zip, .tar, .tar.gz,
//     .tgz, .gz (a single compressed file: its member is the name without
//     .gz). Archives inside archives are not opened: they are members like
//     any other.
//   - Options.MaxSize (default 32 MiB) applies to every file and to every
//     decompressed member: ReadAll stops reading one byte past it, so a
//     decompression bomb costs at most MaxSize+1 bytes.
//   - A damaged archive yields every member before the damage, then an
//     Item whose Err names what was wrong. Folders, symbolic links and other
//     non-regular entries inside archives are skipped.
//   - A member whose name is unsafe for an output tree (absolute, "../",
//     ".." after cleaning) is still yielded, with Unsafe set.
package source

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/klauspost/compress/gzip"
	"github.com/sahifa/sahifa/extract/document"
)

// DefaultMaxSize is the default per-article size limit: 32 MiB.
const DefaultMaxSize = 32 << 20

// DefaultMaxStdinZip is the default cap on a zip archive read from standard
// input, which is copied to a temporary file to be read: 1 GiB.
const DefaultMaxStdinZip = 1 << 30

// Options configure a walk. The zero value is usable.
type Options struct {
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Globs filter the articles found in folders and archives.
	Globs []string
	// MaxSize is the per-article size limit (DefaultMaxSize when 0).
	MaxSize int64
	// MaxStdinZip caps a zip read from standard input (DefaultMaxStdinZip
	// when 0).
	MaxStdinZip int64
	// FilesFrom, when not nil, is read after the arguments for more paths,
	// one a line (NUL-separated when NUL is set). Blank lines are skipped.
	FilesFrom io.Reader
	NUL       bool
	// Consumed, when not nil, is increased by the bytes read from disk or
	// standard input (compressed bytes for an archive), for progress.
	Consumed *atomic.Int64
}

// Error is what went wrong with one input; Code is one of the error codes
// of the document (document.ErrTooLarge, document.ErrRead, document.ErrPath).
type Error struct {
	Code document.ErrorCode
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// ErrTooLarge is the error of an input larger than Options.MaxSize.
var ErrTooLarge = errors.New("too large")

// Code returns the extract error code of an error returned by this package.
func Code(err error) document.ErrorCode {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if errors.Is(err, ErrTooLarge) {
		return document.ErrTooLarge
	}
	return document.ErrRead
}

// Item is one input: a file, standard input, or a member of an archive.
// Its content can be read only during the iteration step that yields it.
type Item struct {
	// Path is the path to show: "corpus/a.txt", "-", "archive.tgz!/2016/a.txt".
	Path string
	// Rel is the slash-separated path relative to the argument it was
	// found under, for an output tree: the base name of a file named
	// explicitly, "stem/member" for an archive member where stem is the
	// archive's base name without its archive extension, "-" for stdin.
	Rel string
	// Source names the input for extract: Path is the file (or archive),
	// Member the path inside the archive.
	Source document.Source
	// Size is the size announced by the file system or the archive, -1
	// when unknown.
	Size int64
	// Unsafe is set on an archive member whose name would escape an output
	// tree (absolute, "../").
	Unsafe bool
	// Err is set when the input cannot be read; the walk goes on.
	Err error

	r   *bufio.Reader
	raw io.Reader // what r reads from, for load
	max int64

	// An item whose size is announced is read whole at its first use,
	// straight from raw into a slice of that size, without the copy
	// through r: whole holds it, wholeErr what went wrong reading it.
	state    int // stateUnread, stateWhole or stateStreamed
	whole    []byte
	wholeErr error
}

// Item.state.
const (
	stateUnread   = iota
	stateWhole    // read whole: r is not used
	stateStreamed // read through r
)

// wholeLimit is the largest announced size read whole by load: beyond it,
// content is streamed (JSON Lines files may be large).
const wholeLimit = 8 << 20

// load reads the content whole when its size is announced and within the
// limits, and reports whether the content is held whole.
func (it *Item) load() bool {
	if it.state != stateUnread {
		return it.state == stateWhole
	}
	it.state = stateStreamed
	if it.raw == nil || it.Size <= 0 || it.Size > it.max || it.Size > wholeLimit {
		return false
	}
	b, longer, err := it.readAnnounced(it.raw)
	if longer {
		// a file still growing: read on through r
		it.r.Reset(io.MultiReader(bytes.NewReader(b), it.raw))
		return false
	}
	it.whole, it.wholeErr, it.state = b, err, stateWhole
	return true
}

// readAnnounced reads the content from r into a slice of its announced
// size plus one byte, which tells whether more follows (longer, b then
// holds Size+1 bytes), rather than let a buffer grow and copy. Content
// shorter than announced (a truncated archive member) is an error, with b
// what there was.
func (it *Item) readAnnounced(r io.Reader) (b []byte, longer bool, err error) {
	b = make([]byte, it.Size+1)
	n, err := io.ReadFull(r, b)
	switch {
	case int64(n) == it.Size && (err == io.EOF || err == io.ErrUnexpectedEOF):
		return b[:n], false, nil
	case err != nil:
		return b[:n], false, &Error{Code: document.ErrRead, Msg: readMsg(io.ErrUnexpectedEOF)}
	}
	return b, true, nil
}

// Peek returns the first bytes of the content without consuming them: n
// bytes, or fewer when the content is shorter or when what has arrived
// already holds a whole line, so that a slow pipe is not waited on.
func (it *Item) Peek(n int) []byte {
	if it.r == nil {
		return nil
	}
	if it.load() {
		return it.whole[:min(n, len(it.whole))]
	}
	return peekHead(it.r, n)
}

// peekHead returns up to n first bytes of br, not waiting for more once
// a line end has arrived.
func peekHead(br *bufio.Reader, n int) []byte {
	k := 1
	for {
		b, err := br.Peek(k)
		if err != nil || len(b) >= n {
			return b[:min(len(b), n)]
		}
		avail := min(br.Buffered(), n)
		b, _ = br.Peek(avail)
		if avail >= n || bytes.IndexByte(b, '\n') >= 0 {
			return b
		}
		k = avail + 1
	}
}

// Reader returns the content as a stream, with no size limit: a caller that
// cuts it into records applies its own limit per record.
func (it *Item) Reader() *bufio.Reader {
	if it.r == nil {
		return bufio.NewReader(strings.NewReader(""))
	}
	switch it.state {
	case stateUnread:
		it.state = stateStreamed
	case stateWhole:
		var r io.Reader = bytes.NewReader(it.whole)
		if it.wholeErr != nil {
			r = io.MultiReader(r, errReader{it.wholeErr})
		}
		it.r.Reset(r)
	}
	return it.r
}

// errReader fails every read with err.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// ReadAll reads the whole content, at most the size limit; beyond it, it
// returns an error whose Code is document.ErrTooLarge.
func (it *Item) ReadAll() ([]byte, error) {
	if it.Err != nil {
		return nil, it.Err
	}
	if it.r == nil {
		return nil, nil
	}
	if it.Size > it.max {
		return nil, tooLarge(it.Size, it.max)
	}
	if it.load() {
		if it.wholeErr != nil {
			return nil, it.wholeErr
		}
		return it.whole, nil
	}
	var buf bytes.Buffer
	if it.Size > 0 {
		// announced, but too large to be read whole at the first use, or
		// streamed already, or longer than announced
		b, longer, err := it.readAnnounced(it.r)
		if err != nil {
			return nil, err
		}
		if !longer {
			return b, nil
		}
		buf.Write(b) // read on, within the limit
	}
	if _, err := buf.ReadFrom(io.LimitReader(it.r, it.max+1-int64(buf.Len()))); err != nil {
		return nil, &Error{Code: document.ErrRead, Msg: readMsg(err)}
	}
	if int64(buf.Len()) > it.max {
		return nil, tooLarge(-1, it.max)
	}
	return buf.Bytes(), nil
}

func tooLarge(size, max int64) error {
	if size >= 0 {
		return &Error{Code: document.ErrTooLarge, Msg: fmt.Sprintf("too large: %s, more than the limit of %s", FormatSize(size), FormatSize(max))}
	}
	return &Error{Code: document.ErrTooLarge, Msg: fmt.Sprintf("too large: more than the limit of %s", FormatSize(max))}
}

func readMsg(err error) string {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated: unexpected end of data"
	case errors.Is(err, zip.ErrFormat):
		return "damaged zip member: its data does not match its header"
	case errors.Is(err, zip.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return "checksum error: the data is damaged"
	case errors.Is(err, gzip.ErrHeader):
		return "not gzip data"
	case err == io.EOF:
		return "empty"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// FormatSize writes a byte count for people: 32 MiB, 1.5 KiB, 12 bytes.
func FormatSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Walk yields the inputs named by args (then by opt.FilesFrom), in order.
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
		w := &walker{opt: opt, yield: yield}
		for _, a := range args {
			if !w.arg(a) {
				return
			}
		}
		if opt.FilesFrom != nil {
			sep := byte('\n')
			if opt.NUL {
				sep = 0
			}
			br := bufio.NewReader(opt.FilesFrom)
			for {
				line, tooLong, err := readListLine(br, sep)
				if tooLong {
					w.yield(&Item{Path: "--files-from", Rel: "-", Source: document.Source{Path: "--files-from"}, Size: -1, Err: &Error{Code: document.ErrRead,
						Msg: fmt.Sprintf("a line longer than %s: not a list of paths", FormatSize(maxListLine))}})
					return
				}
				p := strings.TrimSuffix(line, string(sep))
				if sep == '\n' {
					p = strings.TrimSuffix(p, "\r")
				}
				if strings.TrimSpace(p) != "" {
					if !w.arg(p) {
						return
					}
				}
				if err == io.EOF {
					return
				}
				if err != nil {
					w.yield(&Item{Path: "--files-from", Rel: "-", Source: document.Source{Path: "--files-from"}, Size: -1, Err: &Error{Code: document.ErrRead, Msg: readMsg(err)}})
					return
				}
			}
		}
	}
}

// maxListLine bounds one line of --files-from: a path, not a file's
// content (--files-from /dev/zero must not take all memory).
const maxListLine = 64 << 10

// readListLine reads one line of a --files-from list, with its separator;
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

type walker struct {
	opt   Options
	yield func(*Item) bool
	br    *bufio.Reader // reused from item to item: an item's reader is valid only during its step
}

// emit yields an item reading from r, and reports whether to go on.
func (w *walker) emit(it *Item, r io.Reader) bool {
	it.max = w.opt.MaxSize
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

func (w *walker) fail(p, rel string, err error) bool {
	return w.yield(&Item{Path: p, Rel: rel, Source: document.Source{Path: p}, Size: -1, Err: err})
}

// arg walks one command-line argument.
func (w *walker) arg(p string) bool {
	if p == "-" {
		return w.stdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, filepath.ToSlash(filepath.Base(p)), &Error{Code: document.ErrRead, Msg: readMsg(err)})
	}
	if fi.IsDir() {
		return w.dir(p)
	}
	return w.file(p, filepath.ToSlash(filepath.Base(p)), fi, false)
}

func (w *walker) dir(root string) bool {
	goOn := true
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			if !w.fail(p, filepath.ToSlash(rel), &Error{Code: document.ErrRead, Msg: readMsg(err)}) {
				goOn = false
				return fs.SkipAll
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p == root {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		fi, err := os.Stat(p) // follows a symbolic link
		if err != nil || !fi.Mode().IsRegular() {
			return nil
		}
		if kind(p) == "" && !w.match(rel) {
			return nil
		}
		if !w.file(p, rel, fi, true) {
			goOn = false
			return fs.SkipAll
		}
		return nil
	})
	if err != nil && goOn {
		return w.fail(root, filepath.ToSlash(filepath.Base(root)), &Error{Code: document.ErrRead, Msg: readMsg(err)})
	}
	return goOn
}

// match reports whether rel passes the --glob filters.
func (w *walker) match(rel string) bool {
	if len(w.opt.Globs) == 0 {
		return true
	}
	base := path.Base(rel)
	for _, g := range w.opt.Globs {
		if ok, _ := path.Match(g, base); ok {
			return true
		}
		if ok, _ := path.Match(g, rel); ok {
			return true
		}
	}
	return false
}

// kind returns the archive kind of a file name: zip, tar, tgz, gz or "".
func kind(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".zip"):
		return "zip"
	case strings.HasSuffix(n, ".tar"):
		return "tar"
	case strings.HasSuffix(n, ".tar.gz"), strings.HasSuffix(n, ".tgz"):
		return "tgz"
	case strings.HasSuffix(n, ".gz"):
		return "gz"
	}
	return ""
}

// stem strips the archive extension of a (slash) path.
func stem(rel string) string {
	l := strings.ToLower(rel)
	for _, ext := range []string{".tar.gz", ".tgz", ".tar", ".zip", ".gz"} {
		if strings.HasSuffix(l, ext) {
			return rel[:len(rel)-len(ext)]
		}
	}
	return rel
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

func (w *walker) counted(r io.Reader) io.Reader {
	if w.opt.Consumed == nil {
		return r
	}
	return counter{r, w.opt.Consumed}
}

func (w *walker) file(p, rel string, fi os.FileInfo, found bool) bool {
	k := kind(p)
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, rel, &Error{Code: document.ErrRead, Msg: readMsg(err)})
	}
	defer f.Close()
	switch k {
	case "zip":
		zr, err := zip.NewReader(f, fi.Size())
		if errors.Is(err, zip.ErrInsecurePath) {
			err = nil // GODEBUG=zipinsecurepath=0: names are flagged one by one
		}
		if err != nil {
			return w.fail(p, rel, &Error{Code: document.ErrRead, Msg: "damaged zip archive: " + err.Error()})
		}
		return w.zip(p, stem(rel), zr)
	case "tar":
		return w.tar(p, stem(rel), w.counted(f))
	case "tgz":
		zr, err := gzip.NewReader(bufio.NewReaderSize(w.counted(f), 64<<10))
		if err != nil {
			return w.fail(p, rel, &Error{Code: document.ErrRead, Msg: "damaged gzip archive: " + readMsg(err)})
		}
		defer zr.Close()
		return w.tar(p, stem(rel), zr)
	case "gz":
		zr, err := gzip.NewReader(bufio.NewReaderSize(w.counted(f), 64<<10))
		if err != nil {
			return w.fail(p, rel, &Error{Code: document.ErrRead, Msg: "damaged gzip file: " + readMsg(err)})
		}
		defer zr.Close()
		member := path.Base(stem(filepath.ToSlash(p)))
		return w.emit(&Item{Path: p + "!/" + member, Rel: stem(rel), Source: document.Source{Path: p, Member: member}, Size: -1}, zr)
	}
	return w.emit(&Item{Path: p, Rel: rel, Source: document.Source{Path: p}, Size: fi.Size()}, w.counted(f))
}

// stdin reads standard input, recognising archives by their first bytes.
func (w *walker) stdin() bool {
	br := bufio.NewReaderSize(w.counted(w.opt.Stdin), 64<<10)
	head := peekHead(br, 512)
	if i := bytes.IndexByte(head[:min(len(head), 100)], 0); i >= 0 {
		head, _ = br.Peek(512) // perhaps a tar header: a name padded with NUL
	}
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return w.stdinZip(br)
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return w.fail("-", "-", &Error{Code: document.ErrRead, Msg: "damaged gzip stream: " + readMsg(err)})
		}
		defer zr.Close()
		zb := bufio.NewReaderSize(zr, 64<<10)
		h := peekHead(zb, 512)
		if bytes.IndexByte(h[:min(len(h), 100)], 0) >= 0 {
			h, _ = zb.Peek(512)
		}
		if isTar(h) {
			return w.tar("-", "stdin", zb)
		}
		return w.emit(&Item{Path: "-", Rel: "-", Source: document.Source{Path: "-"}, Size: -1}, zb)
	case isTar(head):
		return w.tar("-", "stdin", br)
	}
	return w.emit(&Item{Path: "-", Rel: "-", Source: document.Source{Path: "-"}, Size: -1}, br)
}

func isTar(h []byte) bool {
	return len(h) >= 262 && bytes.Equal(h[257:262], []byte("ustar"))
}

func (w *walker) stdinZip(r io.Reader) bool {
	tmp, err := os.CreateTemp("", "sahifa-stdin-*.zip")
	if err != nil {
		return w.fail("-", "-", &Error{Code: document.ErrRead, Msg: "zip on standard input: " + err.Error()})
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	n, err := io.Copy(tmp, io.LimitReader(r, w.opt.MaxStdinZip+1))
	if err != nil {
		return w.fail("-", "-", &Error{Code: document.ErrRead, Msg: "zip on standard input: " + readMsg(err)})
	}
	if n > w.opt.MaxStdinZip {
		return w.fail("-", "-", &Error{Code: document.ErrTooLarge, Msg: fmt.Sprintf("zip on standard input larger than %s; give it as a file", FormatSize(w.opt.MaxStdinZip))})
	}
	zr, err := zip.NewReader(tmp, n)
	if errors.Is(err, zip.ErrInsecurePath) {
		err = nil
	}
	if err != nil {
		return w.fail("-", "-", &Error{Code: document.ErrRead, Msg: "damaged zip archive: " + err.Error()})
	}
	return w.zip("-", "stdin", zr)
}

// member checks a member name: its cleaned slash path, and whether it is
// unsafe for an output tree.
func checkMember(name string) (clean string, unsafe bool) {
	unsafe = name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") ||
		!filepath.IsLocal(filepath.FromSlash(name))
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			unsafe = true
		}
	}
	return path.Clean("/" + name)[1:], unsafe
}

// hidden reports whether a member path has a hidden component.
func hidden(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") && part != "." && part != ".." {
			return true
		}
		if part == "__MACOSX" {
			return true
		}
	}
	return false
}

func (w *walker) memberItem(archive, st, name string, size int64) (*Item, bool) {
	clean, unsafe := checkMember(name)
	if hidden(clean) || !w.match(clean) {
		return nil, false
	}
	it := &Item{Path: archive + "!/" + name, Source: document.Source{Path: archive, Member: name}, Size: size, Unsafe: unsafe}
	if unsafe {
		it.Rel = name
	} else {
		it.Rel = st + "/" + clean
	}
	return it, true
}

func (w *walker) zip(archive, st string, zr *zip.Reader) bool {
	for _, f := range zr.File {
		if !f.Mode().IsRegular() || strings.HasSuffix(f.Name, "/") {
			continue
		}
		it, ok := w.memberItem(archive, st, f.Name, int64(f.UncompressedSize64))
		if !ok {
			continue
		}
		if w.opt.Consumed != nil {
			w.opt.Consumed.Add(int64(f.CompressedSize64))
		}
		if it.Size > w.opt.MaxSize {
			// Announced too large: not even opened.
			if !w.emit(it, strings.NewReader("")) {
				return false
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			it.Err = &Error{Code: document.ErrRead, Msg: "damaged zip member: " + err.Error()}
			if !w.emit(it, nil) {
				return false
			}
			continue
		}
		// The announced size can lie: ReadAll's limit still holds.
		it.Size = -1
		goOn := w.emit(it, rc)
		rc.Close()
		if !goOn {
			return false
		}
	}
	return true
}

func (w *walker) tar(archive, st string, r io.Reader) bool {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return true
		}
		if errors.Is(err, tar.ErrInsecurePath) && h != nil {
			err = nil // GODEBUG=tarinsecurepath=0: the name is flagged below
		}
		if err != nil {
			msg := "damaged archive: " + readMsg(err)
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) {
				msg = "damaged archive: " + readMsg(err) + "; the members before were read"
			}
			return w.fail(archive, st, &Error{Code: document.ErrRead, Msg: msg})
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		it, ok := w.memberItem(archive, st, h.Name, h.Size)
		if !ok {
			continue
		}
		if !w.emit(it, tr) {
			return false
		}
	}
}
