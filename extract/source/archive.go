package source

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/sahifa/sahifa/extract/charset"
	"github.com/sahifa/sahifa/extract/document"
)

// arc is an archive being read: a file, standard input, or a member of
// another archive.
type arc struct {
	path   string // as shown: "a.zip", "-", "a.zip!/b.tgz"
	file   string // the Source.Path of its members: the file, "-"
	member string // its own Source.Member: "" for a file, "b.tgz" inside a.zip
	st     string // the Rel stem of its members
	depth  int    // 1 for a file or standard input
}

// memberRel is the Rel of the member clean (a cleaned member path) of a:
// STEM/MEMBER, except that a member under a top folder named like the
// archive (the base name of STEM, case and all) is not put under that name
// twice: ant-v2.tgz!/ant-v2/a.txt is ant-v2/a.txt, not ant-v2/ant-v2/a.txt.
// The rule is decided member by member, as an archive is read as a stream;
// a member then named like another (ant-v2/a.txt beside a.txt) is a name
// clash of the output tree, which renames the later one. An archive on
// standard input has no name: its members are stdin/MEMBER.
func (a arc) memberRel(clean string) string {
	if a.file != "-" || a.member != "" {
		if rest, ok := strings.CutPrefix(clean, path.Base(a.st)+"/"); ok && rest != "" {
			return a.st + "/" + rest
		}
	}
	return a.st + "/" + clean
}

// child returns the Path and Source.Member of the member name of a.
func (a arc) child(name string) (path, member string) {
	if a.member != "" {
		return a.path + "!/" + name, a.member + "!/" + name
	}
	return a.path + "!/" + name, name
}

// failArc yields the item of an archive that cannot be read (further),
// and reports whether to go on.
func (w *walker) failArc(a arc, err error) bool {
	return w.yield(&Item{Path: a.path, Rel: a.st, Source: document.Source{Path: a.file, Member: a.member}, Size: -1, Err: err})
}

// skip tells Options.Skipped of a member that is not read.
func (w *walker) skip(path, why string) {
	if w.opt.Skipped != nil {
		w.opt.Skipped(path, why)
	}
}

// archive reads the archive f, of kind k (see kind) and size bytes, found
// at p.
func (w *walker) archive(k, p, rel string, f *os.File, size int64) bool {
	a := arc{path: p, file: p, st: stem(rel), depth: 1}
	if k == "zip" {
		return w.openZip(a, f, size)
	}
	return w.stream(a, k, w.counted(f))
}

// stream reads an archive of kind k (see kind) but zip from r.
func (w *walker) stream(a arc, k string, r io.Reader) bool {
	if k == "tar" {
		return w.tar(a, r)
	}
	comp, isTar := strings.CutPrefix(k, "tar.")
	what := "archive"
	if !isTar {
		comp, what = k, "file"
	}
	zr, done, err := decompress(comp, r)
	if err != nil {
		return w.failArc(a, &Error{Code: document.ErrRead, Msg: fmt.Sprintf("damaged %s %s: %s", compressions[comp], what, readMsg(err))})
	}
	defer done()
	if isTar {
		return w.tar(a, zr)
	}
	p, member := a.child(path.Base(stem(filepath.ToSlash(a.path))))
	return w.emit(&Item{Path: p, Rel: a.st, Source: document.Source{Path: a.file, Member: member}, Size: -1}, zr)
}

// openZip reads the zip archive in ra, of size bytes.
func (w *walker) openZip(a arc, ra io.ReaderAt, size int64) bool {
	zr, err := zip.NewReader(ra, size)
	if errors.Is(err, zip.ErrInsecurePath) {
		err = nil // GODEBUG=zipinsecurepath=0: names are flagged one by one
	}
	if err != nil {
		return w.failArc(a, &Error{Code: document.ErrRead, Msg: "damaged zip archive: " + err.Error()})
	}
	return w.zip(a, zr)
}

// sniff returns the archive kind of a stream by its first bytes: zip,
// tar, a compression (gz, xz, bz2, zst: a tar inside or not) or "".
func sniff(br *bufio.Reader) string {
	h := head(br)
	switch {
	case bytes.HasPrefix(h, []byte("PK\x03\x04")) || bytes.HasPrefix(h, []byte("PK\x05\x06")):
		return "zip"
	case bytes.HasPrefix(h, []byte{0x1f, 0x8b}):
		return "gz"
	case bytes.HasPrefix(h, []byte{0xFD, '7', 'z', 'X', 'Z', 0}):
		return "xz"
	case bytes.HasPrefix(h, []byte("BZh")) && len(h) > 3 && h[3] >= '1' && h[3] <= '9':
		return "bz2"
	case bytes.HasPrefix(h, []byte{0x28, 0xB5, 0x2F, 0xFD}):
		return "zst"
	case isTar(h):
		return "tar"
	}
	return ""
}

// head returns the first bytes of a stream, enough to recognise it: 512
// when they hold a NUL (perhaps a tar header: a name padded with NUL),
// else what peekHead gives.
func head(br *bufio.Reader) []byte {
	h := peekHead(br, 512)
	if bytes.IndexByte(h[:min(len(h), 100)], 0) >= 0 {
		h, _ = br.Peek(512)
	}
	return h
}

// stdinArchive reads an archive of kind k (see sniff) on standard input.
func (w *walker) stdinArchive(k string, br *bufio.Reader) bool {
	a := arc{path: "-", file: "-", st: "stdin", depth: 1}
	switch k {
	case "zip":
		return w.stdinZip(br)
	case "tar":
		return w.tar(a, br)
	}
	// compressed: a tar inside, or a single file
	zr, done, err := decompress(k, br)
	if err != nil {
		return w.fail("-", "-", &Error{Code: document.ErrRead, Msg: fmt.Sprintf("damaged %s stream: %s", compressions[k], readMsg(err))})
	}
	defer done()
	zb := bufio.NewReaderSize(zr, 64<<10)
	if isTar(head(zb)) {
		return w.tar(a, zb)
	}
	return w.emit(&Item{Path: "-", Rel: "-", Source: document.Source{Path: "-"}, Size: -1}, zb)
}

// isTar reports whether h begins with a tar header of the ustar family
// (POSIX or GNU).
func isTar(h []byte) bool {
	return len(h) >= 262 && bytes.Equal(h[257:262], []byte("ustar"))
}

// stdinZip copies a zip on standard input to a temporary file, at most
// Options.MaxStdinZip bytes, and reads it from there.
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
		return w.fail("-", "-", &Error{Code: document.ErrTooLarge, Msg: fmt.Sprintf("zip on standard input larger than %s", FormatSize(w.opt.MaxStdinZip)),
			Limit: w.opt.MaxStdinZip, Size: -1, StdinZip: true})
	}
	return w.openZip(arc{path: "-", file: "-", st: "stdin", depth: 1}, tmp, n)
}

// checkMember checks a member name: its cleaned slash path, and whether it
// is unsafe for an output tree (empty, absolute, with a ".." component, or
// not local by filepath.IsLocal).
func checkMember(name string) (clean string, unsafe bool) {
	unsafe = name == "" || strings.HasPrefix(name, "/") || !filepath.IsLocal(filepath.FromSlash(name))
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			unsafe = true
		}
	}
	return path.Clean("/" + name)[1:], unsafe
}

// hidden reports whether a member path has a hidden component (a name
// starting with ".") or a __MACOSX folder.
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

// memberItem makes the item of the member name of a; false when the
// member is skipped (hidden, or left out by Options.Globs; an archive is
// never left out by them, its members are). A name that would escape an
// output tree is an error item, whatever else it is.
func (w *walker) memberItem(a arc, name string, size int64) (*Item, bool) {
	clean, unsafe := checkMember(name)
	p, member := a.child(name)
	if w.memberPat != "" {
		if !wantMember(w.memberPat, member, kind(clean) != "") {
			return nil, false
		}
	} else if !unsafe && (hidden(clean) || kind(clean) == "" && !w.match(clean)) {
		return nil, false
	}
	it := &Item{Path: p, Rel: a.memberRel(clean), Source: document.Source{Path: a.file, Member: member}, Size: size, Unsafe: unsafe}
	if unsafe {
		it.Rel = name
		it.Err = &Error{Code: document.ErrPath, Msg: "unsafe member name: it would lead outside the archive (an absolute path or ..); not read"}
	}
	return it, true
}

// nested reads the member it of a, an archive of kind k: open opens it.
func (w *walker) nested(a arc, it *Item, k string, open func() (io.ReadCloser, error)) bool {
	b := arc{path: it.Path, file: a.file, member: it.Source.Member, st: stem(it.Rel), depth: a.depth + 1}
	if b.depth > MaxNesting {
		it.Err = &Error{Code: document.ErrRead, Msg: fmt.Sprintf("an archive nested %d deep: archives inside archives are opened %d deep at most; not opened", b.depth, MaxNesting)}
		return w.emit(it, nil)
	}
	rc, err := open()
	if err != nil {
		it.Err = &Error{Code: document.ErrRead, Msg: "damaged zip member: " + readMsg(err)}
		return w.emit(it, nil)
	}
	defer rc.Close()
	if k != "zip" {
		return w.stream(b, k, rc)
	}
	// A zip needs random access: it is read whole, within the size limit.
	data, err := io.ReadAll(io.LimitReader(rc, w.opt.MaxSize+1))
	switch {
	case err != nil:
		it.Err = &Error{Code: document.ErrRead, Msg: readMsg(err)}
	case int64(len(data)) > w.opt.MaxSize:
		it.Err = tooLarge(-1, w.opt.MaxSize)
	}
	if it.Err != nil {
		return w.emit(it, nil)
	}
	return w.openZip(b, bytes.NewReader(data), int64(len(data)))
}

// zipName is the name of a zip member as a slash path: backslashes (of
// Windows tools) are separators, and a name that is not UTF-8 and not
// marked so is decoded (see charset.DecodeName), with a warning.
func zipName(f *zip.File) (string, []document.Warning) {
	name, cp := f.Name, ""
	if f.NonUTF8 {
		name, cp = charset.DecodeName(name)
	}
	name = strings.ReplaceAll(name, "\\", "/")
	if cp == "" {
		return name, nil
	}
	return name, []document.Warning{{Code: document.WarnMemberName, Message: fmt.Sprintf("the member name is not UTF-8 and not marked as such: read as %s", strings.ToUpper(cp))}}
}

// zip yields the regular members of a zip archive, in the order of its
// directory, and reports whether to go on.
func (w *walker) zip(a arc, zr *zip.Reader) bool {
	files := 0
	for _, f := range zr.File {
		name, warns := zipName(f)
		if f.Mode().IsDir() || strings.HasSuffix(name, "/") {
			continue
		}
		if !f.Mode().IsRegular() {
			p, _ := a.child(name)
			w.skip(p, "a symbolic link or special file: not read")
			continue
		}
		files++
		it, ok := w.memberItem(a, name, int64(f.UncompressedSize64))
		if !ok {
			continue
		}
		it.Warnings = warns
		if w.opt.Consumed != nil {
			w.opt.Consumed.Add(int64(f.CompressedSize64))
		}
		var goOn bool
		switch k := kind(name); {
		case it.Err != nil:
			goOn = w.emit(it, nil)
		case f.Flags&0x1 != 0:
			it.Err = &Error{Code: document.ErrRead, Msg: "encrypted zip member: encryption is not supported; decrypt the archive first"}
			goOn = w.emit(it, nil)
		case k != "":
			goOn = w.nested(a, it, k, f.Open)
		case it.Size > w.opt.MaxSize:
			// Announced too large: not even opened.
			goOn = w.emit(it, strings.NewReader(""))
		default:
			goOn = w.zipMember(it, f)
		}
		if !goOn {
			return false
		}
	}
	if files == 0 {
		return w.failArc(a, &Error{Code: document.ErrRead, Msg: "empty zip archive: it holds no file"})
	}
	return true
}

// zipMember yields the member f, and reports whether to go on.
func (w *walker) zipMember(it *Item, f *zip.File) bool {
	rc, err := f.Open()
	if err != nil {
		msg := "damaged zip member: " + err.Error()
		if errors.Is(err, zip.ErrAlgorithm) {
			msg = fmt.Sprintf("zip member compressed with method %d: not supported (stored and deflate are)", f.Method)
		}
		it.Err = &Error{Code: document.ErrRead, Msg: msg}
		return w.emit(it, nil)
	}
	defer rc.Close()
	// The announced size can lie: ReadAll's limit still holds.
	it.Size = -1
	return w.emit(it, rc)
}

// tar yields the regular members of a tar stream (and its contiguous
// files, which POSIX reads as regular), then an error item if the stream
// is damaged, and reports whether to go on. Links and special files are
// skipped, told to Options.Skipped.
func (w *walker) tar(a arc, r io.Reader) bool {
	tr := tar.NewReader(r)
	files := 0
	for {
		h, err := tr.Next()
		if err == io.EOF {
			if files == 0 {
				return w.failArc(a, &Error{Code: document.ErrRead, Msg: "empty tar archive: it holds no file"})
			}
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
			return w.failArc(a, &Error{Code: document.ErrRead, Msg: msg})
		}
		switch h.Typeflag {
		case tar.TypeReg, tar.TypeCont, tar.TypeGNUSparse:
		case tar.TypeDir, tar.TypeXGlobalHeader:
			continue
		case tar.TypeLink:
			files++
			p, _ := a.child(h.Name)
			w.skip(p, fmt.Sprintf("a hard link to %s: its content is read there, not again", h.Linkname))
			continue
		case tar.TypeSymlink:
			p, _ := a.child(h.Name)
			w.skip(p, "a symbolic link: not followed")
			continue
		default:
			p, _ := a.child(h.Name)
			w.skip(p, fmt.Sprintf("a special file (tar type %q): not read", h.Typeflag))
			continue
		}
		files++
		it, ok := w.memberItem(a, h.Name, h.Size)
		if !ok {
			continue
		}
		var goOn bool
		switch k := kind(h.Name); {
		case it.Err != nil:
			goOn = w.emit(it, nil)
		case k != "":
			goOn = w.nested(a, it, k, func() (io.ReadCloser, error) { return io.NopCloser(tr), nil })
		default:
			goOn = w.emit(it, tr)
		}
		if !goOn {
			return false
		}
	}
}
