package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
)

// streamSink writes every document to one stream: standard output, or the
// file of -o, which is written to a temporary file beside it and renamed
// when the run ends (a failed or interrupted run leaves no half-written
// file, nor an empty one).
type streamSink struct {
	format string // jsonl, json or md
	dst    io.Writer
	w      *bufio.Writer
	n      int
	arr    *encode.JSONArrayWriter // -f json: one object, or an array of several

	file string   // -o FILE
	tmp  *os.File // its temporary file, opened on the first write
}

func newStreamSink(format string, stdout io.Writer, file string) *streamSink {
	s := &streamSink{format: format, dst: stdout, file: file}
	if file == "" {
		s.w = bufio.NewWriterSize(stdout, 64<<10)
	}
	return s
}

func (s *streamSink) writer() (*bufio.Writer, error) {
	if s.w != nil {
		return s.w, nil
	}
	dir := filepath.Dir(s.file)
	f, err := os.CreateTemp(dir, "."+filepath.Base(s.file)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("%s: cannot write: %v", s.file, unwrapPath(err))
	}
	if err := f.Chmod(outputPerm); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("%s: cannot write: %v", s.file, unwrapPath(err))
	}
	s.tmp = f
	s.w = bufio.NewWriterSize(f, 64<<10)
	return s.w, nil
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

// render writes out a JSON Lines or Markdown document ahead.
func (s *streamSink) render(d *document.Document) []byte {
	switch s.format {
	case "json":
		return nil
	case "md":
		var buf bytes.Buffer
		if err := encode.WriteMarkdown(&buf, d); err != nil {
			return nil
		}
		return buf.Bytes()
	}
	p := renderPool.Get().(*[]byte)
	b, err := encode.AppendJSON((*p)[:0], d, false)
	if err != nil {
		putRender(b)
		return nil
	}
	return b
}

func (s *streamSink) write(u *unit, docs []*document.Document, enc rendered) error {
	for _, d := range docs {
		w, err := s.writer()
		if err != nil {
			return err
		}
		s.n++
		if b, ok := enc[d]; ok {
			if s.format == "md" && s.n > 1 {
				if err := w.WriteByte('\n'); err != nil {
					return err
				}
			}
			if _, err := w.Write(b); err != nil {
				return err
			}
			if s.format == "jsonl" {
				putRender(b)
			}
			continue
		}
		switch s.format {
		case "json":
			if s.arr == nil {
				s.arr = encode.NewJSONArrayWriter(w, true)
				s.arr.Single = true
			}
			err = s.arr.Write(d)
		case "md":
			if s.n > 1 {
				if err := w.WriteByte('\n'); err != nil {
					return err
				}
			}
			err = encode.WriteMarkdown(w, d)
		default:
			err = encode.WriteJSON(w, d, false)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *streamSink) buffered() bool { return s.w != nil && s.w.Buffered() > 0 }

func (s *streamSink) flush() error {
	if s.w == nil {
		return nil
	}
	return s.w.Flush()
}

func (s *streamSink) close(ok bool) error {
	if ok && s.format == "json" {
		w, err := s.writer()
		if err != nil {
			return err
		}
		if s.arr == nil {
			s.arr = encode.NewJSONArrayWriter(w, true)
			s.arr.Single = true
		}
		if err := s.arr.Close(); err != nil {
			return err
		}
	}
	err := s.flush()
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
		return fmt.Errorf("%s: cannot write: %v", s.file, unwrapPath(err))
	}
	return nil
}

// outputPerm is the mode of the files sahifa writes (-o, -O). They are
// written to a temporary file first, which os.CreateTemp makes 0600: an
// output is an ordinary file others may read.
const outputPerm = 0o644

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}
