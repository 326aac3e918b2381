package batch

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
)

// OutputPerm is the mode the files a batch writes are created with,
// before the umask narrows it (0644 under umask 022, 0600 under 077), as
// for any file a program makes.
const OutputPerm = 0o666

// StreamSink writes every document to one stream: a writer (standard
// output), or a file, which is written to a temporary file beside it and
// renamed when the batch ends (a failed or interrupted batch leaves no
// half-written file, nor an empty one).
type StreamSink struct {
	enc    encode.Encoder
	stream encode.Stream // nil until the first write
	ahead  encode.Stream // for Render, which is safe for concurrent use
	w      *bufio.Writer

	file string   // the output file, "" for a writer
	tmp  *os.File // its temporary file, opened on the first write
}

// NewStreamSink returns a sink writing in enc's format to w, or to the
// file named file when that is not "".
func NewStreamSink(enc encode.Encoder, w io.Writer, file string) *StreamSink {
	s := &StreamSink{enc: enc, file: file, ahead: enc.NewStream(io.Discard)}
	if file == "" {
		s.w = bufio.NewWriterSize(w, 64<<10)
	}
	return s
}

func (s *StreamSink) writer() error {
	if s.stream != nil {
		return nil
	}
	if s.file == "" {
		s.stream = s.enc.NewStream(s.w)
		return nil
	}
	f, err := TempFile(s.file)
	if err != nil {
		return err
	}
	s.tmp = f
	s.w = bufio.NewWriterSize(f, 64<<10)
	s.stream = s.enc.NewStream(s.w)
	return nil
}

// renderPool holds the buffers of documents rendered ahead, given back
// once written; a buffer grown by a huge document is not kept.
var renderPool = sync.Pool{New: func() any { b := make([]byte, 0, 32<<10); return &b }}

const maxPooledRender = 1 << 22

func putRender(b []byte) {
	if cap(b) <= maxPooledRender {
		b = b[:0]
		renderPool.Put(&b)
	}
}

// Render implements Sink: it renders documents ahead when the format
// allows (JSON Lines and Markdown; a JSON array is written as it comes).
func (s *StreamSink) Render(d *document.Document) []byte {
	p := renderPool.Get().(*[]byte)
	b, ok, err := s.ahead.Render((*p)[:0], d)
	if !ok || err != nil {
		putRender(b)
		return nil
	}
	return b
}

// Write implements Sink.
func (s *StreamSink) Write(_ *Unit, docs []*document.Document, rendered map[*document.Document][]byte) error {
	for _, d := range docs {
		if err := s.writer(); err != nil {
			return err
		}
		b := rendered[d]
		if err := s.stream.Write(d, b); err != nil {
			return err
		}
		if b != nil {
			putRender(b)
		}
	}
	return nil
}

// Buffered implements Sink.
func (s *StreamSink) Buffered() bool { return s.w != nil && s.w.Buffered() > 0 }

// Flush implements Sink.
func (s *StreamSink) Flush() error {
	if s.w == nil {
		return nil
	}
	return s.w.Flush()
}

// Close implements Sink: it ends the stream, and renames the output file
// into place when ok. A stream of no document is written only when the
// format writes something for it (JSON: []).
func (s *StreamSink) Close(ok bool) error {
	if ok && s.stream == nil {
		var probe bytes.Buffer
		if s.enc.NewStream(&probe).Close() == nil && probe.Len() > 0 {
			if err := s.writer(); err != nil {
				return err
			}
		}
	}
	if ok && s.stream != nil {
		if err := s.stream.Close(); err != nil {
			return err
		}
	}
	err := s.Flush()
	if s.tmp == nil {
		return err
	}
	name := s.tmp.Name()
	if cerr := s.tmp.Close(); err == nil {
		err = cerr
	}
	if !ok || err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, s.file); err != nil {
		os.Remove(name)
		return fmt.Errorf("%s: cannot write: %v", s.file, UnwrapPath(err))
	}
	return nil
}

// UnwrapPath is the reason of a path or link error, without the path
// (the message names it already).
func UnwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}
