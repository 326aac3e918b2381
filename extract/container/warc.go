package container

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http/httputil"
	"strconv"
	"strings"

	"github.com/klauspost/compress/gzip"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// warcReader reads WARC files (ISO 28500, WARC/1.0 and 1.1, as Common
// Crawl's WARC and WET files are), plain or with each record in its own
// gzip member (.warc.gz, .wet.gz), as a stream: one record at a time,
// whose payload is held only when it is an article within the limit.
//
// Articles are the conversion records (WET: a page's text) and the
// response and resource records whose payload is text/plain (a response's
// HTTP headers are read off it). Other records are counted (Skipped), not
// errors. A damaged record (no WARC/1.x line, a header line without a
// colon, no Content-Length, a gzip member that does not inflate, a record
// cut short) is a Part with Err; the reader then looks for the next record
// and goes on. Damage that runs over several records is one error.
//
// It is its own reader rather than github.com/nlnwa/gowarc: gowarc gives a
// record's content only once it has cached the whole block, spilling to a
// temporary file past a memory limit, so a record over --max-size would
// cost its size on disk and leave a file behind when the run is killed.
type warcReader struct {
	raw    *bufio.Reader // the stream
	limit  int64
	member *bufio.Reader // the gzip member being read; nil outside one
	gz     *gzip.Reader
	zbuf   *bufio.Reader // member's buffer, reused

	records int // records met, damaged ones included
	skipped int
	failing bool // the last thing read was damage: more of it is the same error
}

func newWARCReader(br *bufio.Reader, limit int64) *warcReader {
	return &warcReader{raw: br, limit: limit}
}

// Skipped implements Splitter.
func (w *warcReader) Skipped() int { return w.skipped }

// maxWARCHeader bounds a record's header, and the HTTP header of a
// response: real ones are a few hundred bytes.
const maxWARCHeader = 64 << 10

var (
	gzipMagic = []byte{0x1f, 0x8b, 0x08}
	warcMagic = []byte("WARC/1.")
)

// errDamaged is a damaged record: what is wrong with it.
type errDamaged struct{ msg string }

func (e *errDamaged) Error() string { return e.msg }

func damaged(format string, args ...any) error { return &errDamaged{fmt.Sprintf(format, args...)} }

// Next implements Splitter.
func (w *warcReader) Next() (*Part, error) {
	for {
		r, err := w.next()
		if err == io.EOF {
			return nil, io.EOF
		}
		w.records++
		var p *Part
		if err == nil {
			p, err = w.record(r, w.records)
		}
		var dm *errDamaged
		switch {
		case errors.As(err, &dm):
			w.resync()
			if w.failing {
				w.records-- // the same damage goes on
				continue
			}
			w.failing = true
			return &Part{N: w.records, Line: 1, Err: &document.Error{Code: document.ErrSyntax,
				Message: fmt.Sprintf("damaged WARC record: %s; skipped to the next record", dm.msg)}}, nil
		case err != nil:
			return nil, err
		}
		w.failing = false
		if p != nil {
			return p, nil
		}
	}
}

// next returns the reader of the next record: the gzip member being read,
// or the next member, or the plain stream; io.EOF at the end.
func (w *warcReader) next() (*bufio.Reader, error) {
	if w.member != nil {
		if err := skipBlankLines(w.member); err == nil {
			return w.member, nil
		} else if err != io.EOF {
			w.member = nil
			return nil, damaged("gzip member: %v", err)
		}
		w.member = nil
	}
	if err := skipBlankLines(w.raw); err != nil {
		if err == io.EOF {
			return nil, io.EOF
		}
		return nil, err
	}
	head, _ := w.raw.Peek(len(gzipMagic))
	if !bytes.Equal(head, gzipMagic) {
		return w.raw, nil
	}
	var err error
	if w.gz == nil {
		w.gz, err = gzip.NewReader(w.raw)
	} else {
		err = w.gz.Reset(w.raw)
	}
	if err != nil {
		return nil, damaged("gzip member: %v", err)
	}
	w.gz.Multistream(false)
	if w.zbuf == nil {
		w.zbuf = bufio.NewReaderSize(w.gz, 32<<10)
	} else {
		w.zbuf.Reset(w.gz)
	}
	w.member = w.zbuf
	if err := skipBlankLines(w.member); err != nil {
		w.member = nil
		if err == io.EOF {
			return w.next() // an empty member
		}
		return nil, damaged("gzip member: %v", err)
	}
	return w.member, nil
}

// skipBlankLines skips the line ends between records; io.EOF when nothing
// follows.
func skipBlankLines(r *bufio.Reader) error {
	for {
		b, err := r.Peek(1)
		if err != nil {
			return err
		}
		if b[0] != '\r' && b[0] != '\n' {
			return nil
		}
		_, _ = r.Discard(1)
	}
}

// resync drops what is left of a damaged record: the rest of its gzip
// member, or the plain stream up to the next WARC/1. line or gzip member.
func (w *warcReader) resync() {
	if w.member != nil {
		if _, err := io.Copy(io.Discard, w.member); err == nil {
			w.member = nil
			return
		}
		// the member does not inflate: look for the next one
		w.member = nil
	}
	for {
		buf, err := w.raw.Peek(max(w.raw.Buffered(), 64))
		if len(buf) == 0 {
			return
		}
		i, j := bytes.Index(buf, gzipMagic), bytes.Index(buf, warcMagic)
		switch {
		case i >= 0 && (j < 0 || i < j):
			_, _ = w.raw.Discard(i)
			return
		case j >= 0:
			_, _ = w.raw.Discard(j)
			return
		}
		keep := len(warcMagic) - 1
		if err != nil {
			keep = 0
		}
		if _, derr := w.raw.Discard(max(len(buf)-keep, 1)); derr != nil {
			return
		}
	}
}

// record reads one record from r: its Part when it is an article, nil
// when it is skipped.
func (w *warcReader) record(r *bufio.Reader, n int) (*Part, error) {
	version, err := readHeaderLine(r, maxWARCHeader)
	if err != nil {
		return nil, cutShort(err, "its first line")
	}
	if !strings.HasPrefix(version, "WARC/1.") {
		return nil, damaged("no WARC/1.0 line: found %s", quoteHead(version))
	}
	hdr, order, err := readHeader(r, maxWARCHeader)
	if err != nil {
		return nil, err
	}
	length, err := strconv.ParseInt(hdr["content-length"], 10, 64)
	if err != nil || length < 0 {
		return nil, damaged("no valid Content-Length: found %s", quoteHead(hdr["content-length"]))
	}
	block := &io.LimitedReader{R: r, N: length}
	p, err := w.payload(n, hdr, order, block)
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(io.Discard, block); err != nil {
		return nil, damaged("%v", err)
	}
	if block.N > 0 {
		return nil, damaged("cut short: %d of the %d bytes of its Content-Length", length-block.N, length)
	}
	// the record's end: CRLF CRLF (LF LF tolerated)
	for range 4 {
		if b, err := r.Peek(1); err != nil || b[0] != '\r' && b[0] != '\n' {
			break
		}
		_, _ = r.Discard(1)
	}
	if r == w.member {
		// the end of the member checks its CRC: a damaged member
		// gives no article
		if _, err := r.Peek(1); err != nil && err != io.EOF {
			return nil, damaged("gzip member: %v", err)
		}
	}
	return p, nil
}

// payload reads the article of a record, or nothing (counting the record
// skipped) when it holds none.
func (w *warcReader) payload(n int, hdr map[string]string, order []string, block *io.LimitedReader) (*Part, error) {
	typ := strings.ToLower(hdr["warc-type"])
	ct := mediaType(hdr["content-type"])
	var body io.Reader = block
	switch {
	case typ == "conversion" && (ct == "" || strings.HasPrefix(ct, "text/")),
		(typ == "resource" || typ == "response") && ct == "text/plain":
	case typ == "response" && ct == "application/http":
		br := bufio.NewReader(block)
		status, err := readHeaderLine(br, maxWARCHeader)
		if err != nil {
			return nil, cutShort(err, "its HTTP status line")
		}
		if !strings.HasPrefix(status, "HTTP/") {
			return nil, damaged("a response without an HTTP status line: found %s", quoteHead(status))
		}
		h, _, err := readHeader(br, maxWARCHeader)
		if err != nil {
			return nil, err
		}
		if mediaType(h["content-type"]) != "text/plain" {
			w.skipped++
			return nil, nil
		}
		body = br
		if strings.Contains(strings.ToLower(h["transfer-encoding"]), "chunked") {
			body = httputil.NewChunkedReader(body)
		}
		if strings.Contains(strings.ToLower(h["content-encoding"]), "gzip") {
			zr, err := gzip.NewReader(body)
			if err != nil {
				return nil, damaged("its gzip content: %v", err)
			}
			defer zr.Close()
			body = zr
		}
	default:
		w.skipped++
		return nil, nil
	}
	p := &Part{N: n, Line: 1, Fields: warcFields(hdr, order)}
	if size, ok := payloadSize(body, block); ok && size > w.limit {
		// refused by its length, not read
		p.Err = tooLargeError(fmt.Sprintf("record %d", n), w.limit)
		return p, nil
	}
	var buf bytes.Buffer
	if size, ok := payloadSize(body, block); ok {
		buf.Grow(int(size) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(body, w.limit+1)); err != nil {
		return nil, damaged("its payload: %v", err)
	}
	if int64(buf.Len()) > w.limit {
		p.Err = tooLargeError(fmt.Sprintf("record %d", n), w.limit)
		return p, nil
	}
	p.Data = buf.Bytes()
	return p, nil
}

// payloadSize is the size of a payload read straight from the block (not
// chunked nor compressed): what is left of the block, with what a reader
// of the HTTP header took ahead of it.
func payloadSize(body io.Reader, block *io.LimitedReader) (int64, bool) {
	switch b := body.(type) {
	case *io.LimitedReader:
		return b.N, b == block
	case *bufio.Reader:
		return block.N + int64(b.Buffered()), true
	}
	return 0, false
}

// cutShort is the damage of a record whose part what could not be read.
func cutShort(err error, what string) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return damaged("cut short in %s", what)
	}
	var dm *errDamaged
	if errors.As(err, &dm) {
		return err
	}
	return damaged("%s: %v", what, err)
}

// warcFields are an article's fields from its record's header: the id of
// WARC-Record-ID, the URL of WARC-Target-URI, the date of WARC-Date, and
// every header in the container, keyed by its lower-case name.
func warcFields(hdr map[string]string, order []string) Fields {
	f := Fields{Container: make(map[string]any, len(order))}
	for _, k := range order {
		f.Container[k] = hdr[k]
	}
	if id := strings.Trim(hdr["warc-record-id"], "<> \t"); id != "" {
		f.ID = &id
	}
	if u := strings.Trim(hdr["warc-target-uri"], "<> \t"); u != "" {
		f.URL = &u
	}
	if d := hdr["warc-date"]; d != "" {
		f.Date = fields.ParseDate(d)
	}
	return f
}

// mediaType is the lower-case media type of a Content-Type value.
func mediaType(v string) string {
	t, _, _ := strings.Cut(v, ";")
	return strings.ToLower(strings.TrimSpace(t))
}

// readHeader reads "Name: value" lines up to a blank line, names lower
// case (a line starting with a space or a tab goes on the one before), at
// most limit bytes; order lists the names as they came.
func readHeader(r *bufio.Reader, limit int) (map[string]string, []string, error) {
	hdr := map[string]string{}
	var order []string
	last := ""
	for size := 0; ; {
		line, err := readHeaderLine(r, limit-size)
		if err != nil {
			return nil, nil, cutShort(err, "its header")
		}
		size += len(line) + 2
		if line == "" {
			return hdr, order, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			hdr[last] += " " + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, nil, damaged("a header line without a name and a colon: %s", quoteHead(line))
		}
		last = strings.ToLower(strings.TrimSpace(name))
		if _, seen := hdr[last]; !seen {
			order = append(order, last)
		}
		hdr[last] = strings.TrimSpace(value)
	}
}

// readHeaderLine reads one header line without its CRLF (or LF), of at
// most limit bytes.
func readHeaderLine(r *bufio.Reader, limit int) (string, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line)+len(chunk) > limit {
			return "", damaged("a header line longer than %d bytes", limit)
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if err == io.EOF && len(line) > 0 {
				err = io.ErrUnexpectedEOF
			}
			return "", err
		}
		return strings.TrimRight(string(line), "\r\n"), nil
	}
}

// quoteHead quotes the start of s for a message, escaped.
func quoteHead(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strconv.QuoteToASCII(s)
}
