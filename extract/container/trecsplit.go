package container

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// trecSplitter cuts a TREC/SGML stream into its <DOC>s, on raw bytes: the
// tags are ASCII, so the cut is the same in UTF-8 and in the Arabic code
// pages, and each part is decoded on its own. A part is a <DOC> with the
// lines before it (outside any <DOC>); the lines after the last </DOC> go
// with the last one, as when the file is read whole. A <DOC> opened before
// the previous one is closed ends that one.
//
// It holds one part back, so that it knows whether the input has more than
// one <DOC> (the parts are then numbered) and where the trailing lines go.
type trecSplitter struct {
	br    *bufio.Reader
	limit int64

	line    int    // lines read
	cur     *Part  // the part being read
	buf     []byte // its bytes so far (reused from part to part)
	curSize int64
	inDoc   bool // cur holds an open <DOC>
	hasDoc  bool // cur holds a <DOC>
	docLine int  // line of cur's <DOC>

	partial bool   // the last piece read did not end its line
	doc     string // the name of the <DOC> element (DocElement)

	held  *Part // the part read before cur, not yet returned
	count int   // <DOC>s cut so far
	err   error // the stream's error, once met
	done  bool
}

func newTRECSplitter(br *bufio.Reader, limit int64) *trecSplitter {
	head, _ := br.Peek(recordHead) // what it cannot peek is read as it comes
	return &trecSplitter{br: br, limit: limit, doc: DocElement(head)}
}

// element is Part.Element of the parts: "" for DOC.
func (s *trecSplitter) element() string {
	if s.doc == "DOC" {
		return ""
	}
	return s.doc
}

// Skipped implements Splitter: a TREC file skips nothing.
func (s *trecSplitter) Skipped() int { return 0 }

// Next implements Splitter.
func (s *trecSplitter) Next() (*Part, error) {
	for !s.done {
		p := s.cut()
		if p == nil {
			continue
		}
		if s.held == nil {
			s.held = p
			continue
		}
		out := s.held
		s.held = p
		return s.number(out), nil
	}
	if s.held != nil {
		out := s.held
		s.held = nil
		return s.number(out), nil
	}
	if s.err != nil {
		err := s.err
		s.err = nil
		return nil, err
	}
	return nil, io.EOF
}

// number numbers a part once the input is known to hold more than one.
func (s *trecSplitter) number(p *Part) *Part {
	if s.count <= 1 {
		p.N = 0
	}
	return p
}

// cut reads lines until a part is complete and returns it; nil while the
// part is not complete yet, or at the end with nothing left (done is then
// set, and the trailing lines are given to the part held back).
func (s *trecSplitter) cut() *Part {
	if s.cur == nil {
		s.cur = &Part{Line: s.line + 1, Element: s.element()}
		s.curSize, s.inDoc, s.hasDoc = 0, false, false
	}
	for {
		raw, cont, err := s.readLine()
		if len(raw) > 0 {
			open, closing := false, false
			if !cont {
				s.line++
				open, closing = docTag(raw, s.line == 1, s.doc)
			}
			if open && s.inDoc {
				// a <DOC> opened before the previous one was closed
				done := s.finish()
				s.cur = &Part{Line: s.line, Element: s.element()}
				s.curSize, s.inDoc, s.hasDoc = 0, false, false
				s.add(raw, open, cont)
				return done
			}
			s.add(raw, open, cont)
			if closing && s.inDoc {
				s.inDoc = false
				return s.finish()
			}
		}
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			s.done = true
			p := s.cur
			s.cur = nil
			switch {
			case s.curSize == 0:
				return nil
			case s.hasDoc:
				return s.finish2(p)
			}
			s.take(p)
			if p.Err == nil && s.held != nil {
				// the lines after the last </DOC> go with it
				s.appendTo(s.held, p)
				return nil
			}
			return p
		}
	}
}

// finish ends the current part, which holds a <DOC>.
func (s *trecSplitter) finish() *Part {
	p := s.cur
	s.cur = nil
	return s.finish2(p)
}

func (s *trecSplitter) finish2(p *Part) *Part {
	s.take(p)
	s.count++
	p.N = s.count
	if p.Err != nil {
		p.Err = tooLargeError(fmt.Sprintf("the <DOC> of line %d", s.docLine), s.limit)
	}
	return p
}

// add appends a line to the current part, or only counts it once the part
// is over the limit; open says the line opens a <DOC>.
func (s *trecSplitter) add(raw []byte, open, cont bool) {
	p := s.cur
	if open {
		s.inDoc, s.hasDoc, s.docLine = true, true, s.line
	}
	s.curSize += int64(len(raw))
	if p.Err == nil && s.curSize > s.limit {
		p.Err = tooLargeError("the input", s.limit) // finish names the <DOC>
	}
	if p.Err == nil {
		s.buf = append(s.buf, raw...)
	} else {
		s.buf = s.buf[:0]
	}
	if p.Fields.ID == nil && s.inDoc && !cont {
		if id := docno(raw); id != "" {
			p.Fields.ID = &id
		}
	}
}

// take gives the current part its bytes, read into buf (one allocation of
// the part's size), and empties buf for the next part.
func (s *trecSplitter) take(p *Part) {
	if p.Err == nil && len(s.buf) > 0 {
		p.Data = bytes.Clone(s.buf)
	}
	s.buf = s.buf[:0]
	if cap(s.buf) > 1<<20 {
		s.buf = nil // a large part's buffer is not kept
	}
}

// appendTo gives the trailing lines of rest to the part p held back.
func (s *trecSplitter) appendTo(p, rest *Part) {
	if p.Err != nil {
		return
	}
	if int64(len(p.Data))+s.curSize > s.limit {
		p.Err = tooLargeError("the last <DOC>, with the lines after it,", s.limit)
		p.Data = nil
		return
	}
	p.Data = append(p.Data, rest.Data...)
}

// maxTagLine is the longest line looked at for a tag: a <DOC> or </DOC>
// line is short, and a longer line is text.
const maxTagLine = 4 << 10

// readLine reads one line with its end. A line longer than the reader's
// buffer comes in pieces: cont is set on every piece but the first, which
// are never tags.
func (s *trecSplitter) readLine() (b []byte, cont bool, err error) {
	cont = s.partial
	b, err = s.br.ReadSlice('\n')
	s.partial = err == bufio.ErrBufferFull
	if s.partial {
		err = nil
	}
	return b, cont, err
}

// docTag reports whether a raw line opens a <DOC> (as the TREC reader
// decides: an open or empty DOC tag alone on its line) or closes one.
func docTag(raw []byte, first bool, doc string) (open, closing bool) {
	if len(raw) > maxTagLine {
		return false, false
	}
	t := bytes.TrimSpace(raw)
	if first {
		t = bytes.TrimSpace(bytes.TrimPrefix(t, []byte("\xef\xbb\xbf")))
	}
	if len(t) < 5 || t[0] != '<' {
		return false, false
	}
	tg, ok := parseTag(string(t))
	if !ok || tg.name != doc {
		return false, false
	}
	switch tg.kind {
	case tagOpen, tagEmpty:
		return isBlank(tg.value), false
	case tagClose:
		return false, true
	}
	return false, false
}

// docno is the id an inline <DOCNO> line gives, raw; "" for another line.
func docno(raw []byte) string {
	if len(raw) > maxTagLine {
		return ""
	}
	t := bytes.TrimSpace(raw)
	if len(t) < 8 || t[0] != '<' || !bytes.EqualFold(t[:7], []byte("<DOCNO>")) {
		return ""
	}
	tg, ok := parseTag(string(t))
	if !ok || tg.kind != tagInline {
		return ""
	}
	return cleanValue(tg.value)
}
