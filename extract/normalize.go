package extract

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"

	"golang.org/x/text/transform"

	"github.com/sahifa/sahifa/extract/charset"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// NormalizeStream decodes src exactly as Extract decodes an input (see
// charset.Decode: byte order marks, UTF-16, the Arabic code pages, mojibake
// repair, mixed encodings, encoding forcing it), normalizes the text with
// n and writes it to dst as it goes, in bounded memory whatever the size
// of src: src is read in blocks of lines of about 256 KiB, dst flushed
// after each.
//
// It returns the warnings of how src was decoded (those Extract gives a
// document), the error that stopped the reading (an encoding error, with
// its code and remedy, or a read error; the text before it was written),
// and the error writing dst, which ends the output.
func NormalizeStream(dst *bufio.Writer, src io.Reader, encoding string, n *normalize.Normalizer) (warnings []document.Warning, readErr *document.Error, writeErr error) {
	cr, err := charset.NewReader(src, encoding)
	if err != nil {
		return nil, &document.Error{Code: document.ErrEncoding, Message: err.Error()}, nil
	}
	tr := transform.NewReader(cr, n)
	buf := make([]byte, 64<<10)
	for {
		k, err := tr.Read(buf)
		if k > 0 {
			if _, werr := dst.Write(buf[:k]); werr != nil {
				return nil, nil, werr
			}
		}
		if err == io.EOF {
			return decodeWarnings(cr.Result()), nil, nil
		}
		if err != nil {
			return decodeWarnings(cr.Result()), streamError(err), dst.Flush()
		}
		if cr.Buffered() == 0 {
			if werr := dst.Flush(); werr != nil {
				return nil, nil, werr
			}
		}
	}
}

// NormalizeFile is NormalizeStream on the file at path, or on stdin when
// path is "-". A file that cannot be opened, or a folder, is readErr
// (code document.ErrRead), its message naming the fact, not the path.
func NormalizeFile(dst *bufio.Writer, path string, stdin io.Reader, encoding string, n *normalize.Normalizer) (warnings []document.Warning, readErr *document.Error, writeErr error) {
	if path == "-" {
		return NormalizeStream(dst, stdin, encoding, n)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, streamError(err), nil
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, &document.Error{Code: document.ErrRead, Message: "is a directory"}, nil
	}
	return NormalizeStream(dst, f, encoding, n)
}

// streamError is the error of a stream that could not be read to its end.
func streamError(err error) *document.Error {
	if errors.Is(err, charset.ErrNotText) || errors.Is(err, charset.ErrNoEncoding) {
		return decodeError(document.Input{}, err).Error
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &document.Error{Code: document.ErrRead, Message: err.Error()}
}
