package source

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// Item is one input: a file, standard input, or a member of an archive.
// Its content can be read only during the iteration step that yields it.
type Item struct {
	// Path is the path to show: "corpus/a.txt", "-", "archive.tgz!/2016/a.txt",
	// "-!/2016/a.txt" for a member of an archive on standard input.
	Path string
	// Rel is the slash-separated path for an output tree, relative to the
	// argument it was found under: the base name of a file named
	// explicitly, the path inside the folder of a file found in one, "-"
	// for standard input. For an archive member it is "STEM/MEMBER": STEM
	// is the archive's Rel without its archive extension ("stdin" on
	// standard input), MEMBER the cleaned member path without a first
	// folder named like STEM's base name, which would repeat it (an
	// unsafe member's Rel is its name as it is); for a single .gz, its Rel
	// without .gz.
	Rel string
	// Source names the input for extract: Path is the file (or archive),
	// Member the path inside the archive.
	Source document.Source
	// Size is the size announced by the file system or a tar header; -1
	// when it is not known (standard input, a gzip stream) or not trusted
	// (a zip member, unless announced over the limit: that one is not
	// opened).
	Size int64
	// Unsafe is set on an archive member whose name would escape an output
	// tree (empty, absolute, or with a ".." component); Err says so too.
	Unsafe bool
	// Warnings are about the input itself, for its documents: a member
	// name decoded from a code page.
	Warnings []document.Warning
	// Err is set when the input cannot be read: Peek and Reader give
	// nothing, ReadAll returns Err. The walk goes on.
	Err error

	r   *bufio.Reader
	raw io.Reader // what r reads from, for load
	max int64

	// An item whose size is announced, within max and wholeLimit, is read
	// whole at its first Peek or ReadAll, straight from raw into a slice
	// of that size, without the copy through r: whole holds it, wholeErr
	// what went wrong reading it.
	state    int // stateUnread, stateWhole or stateStreamed
	whole    []byte
	wholeErr error
}

// Item.state.
const (
	stateUnread   = iota
	stateWhole    // read whole into whole; Reader serves it through r
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
// shorter than announced (a truncated archive member, or a read error on
// the way) is an error saying it is truncated, with b what there was.
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
// already holds a whole line, so that a slow pipe is not waited on. It is
// nil for an item with Err.
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
// cuts it into records applies its own limit per record. The stream is
// empty for an item with Err, and for a zip member announced larger than
// the limit, which is not opened (ReadAll says it is too large).
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

// ReadAll reads the whole content, at most the size limit
// (Options.MaxSize); beyond it, it returns an *Error with document.ErrTooLarge,
// which is ErrTooLarge for errors.Is. An item with Err set returns Err.
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
