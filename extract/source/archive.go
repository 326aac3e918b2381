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
	"github.com/sahifa/sahifa/extract/document"
)

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
	case strings.HasSuffix(n, ".warc.gz"), strings.HasSuffix(n, ".wet.gz"):
		return "" // gzip member by member, read by the WARC container
	case strings.HasSuffix(n, ".gz"):
		return "gz"
	}
	return ""
}

// stem strips the archive extension (see kind) of a slash path.
func stem(rel string) string {
	l := strings.ToLower(rel)
	for _, ext := range []string{".tar.gz", ".tgz", ".tar", ".zip", ".gz"} {
		if strings.HasSuffix(l, ext) {
			return rel[:len(rel)-len(ext)]
		}
	}
	return rel
}

// archive reads the archive f, of kind k (see kind) and size bytes, found
// at p.
func (w *walker) archive(k, p, rel string, f *os.File, size int64) bool {
	switch k {
	case "zip":
		zr, err := zip.NewReader(f, size)
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
	}
	// "gz": a single compressed file
	zr, err := gzip.NewReader(bufio.NewReaderSize(w.counted(f), 64<<10))
	if err != nil {
		return w.fail(p, rel, &Error{Code: document.ErrRead, Msg: "damaged gzip file: " + readMsg(err)})
	}
	defer zr.Close()
	member := path.Base(stem(filepath.ToSlash(p)))
	return w.emit(&Item{Path: p + "!/" + member, Rel: stem(rel), Source: document.Source{Path: p, Member: member}, Size: -1}, zr)
}

// sniff returns the archive kind of a stream by its first bytes: zip, gz
// (gzip: a tar inside or not), tar or "".
func sniff(br *bufio.Reader) string {
	h := head(br)
	switch {
	case bytes.HasPrefix(h, []byte("PK\x03\x04")) || bytes.HasPrefix(h, []byte("PK\x05\x06")):
		return "zip"
	case bytes.HasPrefix(h, []byte{0x1f, 0x8b}):
		return "gz"
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
	switch k {
	case "zip":
		return w.stdinZip(br)
	case "tar":
		return w.tar("-", "stdin", br)
	}
	// "gz": a tar inside, or a single file
	zr, err := gzip.NewReader(br)
	if err != nil {
		return w.fail("-", "-", &Error{Code: document.ErrRead, Msg: "damaged gzip stream: " + readMsg(err)})
	}
	defer zr.Close()
	zb := bufio.NewReaderSize(zr, 64<<10)
	if isTar(head(zb)) {
		return w.tar("-", "stdin", zb)
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
	zr, err := zip.NewReader(tmp, n)
	if errors.Is(err, zip.ErrInsecurePath) {
		err = nil
	}
	if err != nil {
		return w.fail("-", "-", &Error{Code: document.ErrRead, Msg: "damaged zip archive: " + err.Error()})
	}
	return w.zip("-", "stdin", zr)
}

// checkMember checks a member name: its cleaned slash path, and whether it
// is unsafe for an output tree (empty, absolute, with a backslash or a ".."
// component, or not local by filepath.IsLocal).
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

// memberItem makes the item of the member name of an archive whose Rel
// stem is st; false when the member is skipped (hidden, or left out by
// Options.Globs).
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

// zip yields the regular members of a zip archive, in the order of its
// directory, and reports whether to go on.
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

// tar yields the regular members of a tar stream, then an error item if
// the stream is damaged, and reports whether to go on.
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
