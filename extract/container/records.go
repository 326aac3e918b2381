package container

import (
	"bufio"
	"bytes"
	"io"
)

// RecordReader cuts a stream of JSON Lines into records, one line each
// (LF or CRLF line ends), with no line-length limit but the one it is
// given: a line longer than that is read to its end and dropped, so that
// one huge record costs neither memory nor the records after it.
type RecordReader struct {
	br    *bufio.Reader
	limit int64
	n     int
}

// NewRecordReader returns a RecordReader of r whose records hold at most
// limit bytes.
func NewRecordReader(r io.Reader, limit int64) *RecordReader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	return &RecordReader{br: br, limit: limit}
}

// Next returns the next record without its line end and its 1-based line
// number. tooLong reports a line over the limit, whose bytes are dropped
// (line is nil). At the end of the stream err is io.EOF; another error is
// the stream's.
func (rr *RecordReader) Next() (line []byte, n int, tooLong bool, err error) {
	var size int64
	for {
		chunk, e := rr.br.ReadSlice('\n')
		size += int64(len(chunk))
		if !tooLong {
			if size > rr.limit+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil && e != io.EOF {
			return nil, 0, false, e
		}
		if size == 0 {
			return nil, 0, false, io.EOF
		}
		break
	}
	rr.n++
	if tooLong {
		return nil, rr.n, true, nil
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if int64(len(line)) > rr.limit {
		return nil, rr.n, true, nil
	}
	return line, rr.n, false, nil
}

// Records is the number of records read so far: the line number of the
// last one Next returned.
func (rr *RecordReader) Records() int { return rr.n }
