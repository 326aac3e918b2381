package source

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/klauspost/compress/gzip"
	"github.com/sahifa/sahifa/extract"
)

// ErrorCode is the code of an Error. Its values are the error codes of the
// error records of package extract, the same strings: an Error becomes an
// error record with its code unchanged.
type ErrorCode string

// The codes of the errors of this package.
const (
	// CodeRead is an input that cannot be read, or is damaged.
	CodeRead ErrorCode = extract.ErrRead
	// CodeTooLarge is an input larger than a size limit.
	CodeTooLarge ErrorCode = extract.ErrTooLarge
)

// Error is what went wrong with one input.
type Error struct {
	// Code is CodeRead or CodeTooLarge.
	Code ErrorCode
	// Msg is the message, for people.
	Msg string
}

// Error returns the message.
func (e *Error) Error() string { return e.Msg }

// ErrTooLarge is the error of an input larger than Options.MaxSize.
var ErrTooLarge = errors.New("too large")

// Code returns the extract error code of an error returned by this package.
func Code(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return string(e.Code)
	}
	if errors.Is(err, ErrTooLarge) {
		return string(CodeTooLarge)
	}
	return string(CodeRead)
}
func tooLarge(size, max int64) error {
	if size >= 0 {
		return &Error{Code: CodeTooLarge, Msg: fmt.Sprintf("too large: %s, more than the limit of %s; use --max-size", FormatSize(size), FormatSize(max))}
	}
	return &Error{Code: CodeTooLarge, Msg: fmt.Sprintf("too large: more than the limit of %s; use --max-size", FormatSize(max))}
}

func readMsg(err error) string {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated: unexpected end of data"
	case errors.Is(err, zip.ErrFormat):
		return "damaged zip member: its data does not match its header"
	case errors.Is(err, zip.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return "checksum error: the data is damaged"
	case errors.Is(err, gzip.ErrHeader):
		return "not gzip data"
	case err == io.EOF:
		return "empty"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// FormatSize writes a byte count for people: 32 MiB, 1.5 KiB, 12 bytes.
func FormatSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
