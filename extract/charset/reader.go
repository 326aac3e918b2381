package charset

import "io"

// Reader decodes a stream as Decode decodes a whole input: the same
// encodings, the same repairs, the same blocks of lines (see Decode), in
// memory bounded by two blocks of input and their text, whatever the
// size of the stream.
type Reader struct {
	r       io.Reader
	d       *decoder
	raw     []byte // input not yet decoded: up to 2*blockSize+1 bytes
	out     []byte // text not yet read
	off     int    // of out
	eof     bool   // r has no more
	started bool   // the encoding was decided
	err     error  // returned once out is read: io.EOF, a read or a decoding error
}

// NewReader returns a Reader decoding r as forced says (see Decode); the
// error names an unknown encoding.
func NewReader(r io.Reader, forced string) (*Reader, error) {
	d, err := newDecoder(forced)
	if err != nil {
		return nil, err
	}
	return &Reader{r: r, d: d, raw: make([]byte, 0, 2*blockSize+1)}, nil
}

// Read reads decoded text: valid UTF-8 with LF line ends. After the end
// of the stream it returns io.EOF; a stream that is binary, or not in any
// encoding Decode knows, fails with ErrNotText or ErrNoEncoding (the text
// of the blocks before is read first); a read error of the stream is
// returned as it is.
func (r *Reader) Read(p []byte) (int, error) {
	for r.off == len(r.out) {
		if r.err != nil {
			return 0, r.err
		}
		r.step()
	}
	n := copy(p, r.out[r.off:])
	r.off += n
	return n, nil
}

// Buffered is the number of bytes of text decoded and not yet read.
func (r *Reader) Buffered() int { return len(r.out) - r.off }

// Result says how the stream was decoded, so far: it is complete after
// io.EOF.
func (r *Reader) Result() Result { return r.d.result() }

// step decodes the next block.
func (r *Reader) step() {
	if err := r.fill(); err != nil {
		r.err = err
		return
	}
	if !r.started {
		r.started = true
		skip, err := r.d.start(r.raw)
		if err != nil {
			r.err = err
			return
		}
		r.consume(skip)
		if err := r.fill(); err != nil {
			r.err = err
			return
		}
	}
	n := r.d.cut(r.raw, r.eof)
	last := r.eof && n == len(r.raw)
	out, err := r.d.block(r.out[:0], r.raw[:n], last)
	r.out, r.off = out, 0
	r.consume(n)
	switch {
	case err != nil:
		r.err = err
	case last:
		r.err = io.EOF
	}
}

// fill reads until raw is full or the stream ends.
func (r *Reader) fill() error {
	for !r.eof && len(r.raw) < cap(r.raw) {
		n, err := r.r.Read(r.raw[len(r.raw):cap(r.raw)])
		r.raw = r.raw[:len(r.raw)+n]
		if err == io.EOF {
			r.eof = true
		} else if err != nil {
			return err
		}
	}
	return nil
}

// consume drops the first n bytes of raw.
func (r *Reader) consume(n int) {
	r.raw = r.raw[:copy(r.raw, r.raw[n:])]
}
