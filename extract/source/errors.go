package source

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/klauspost/compress/gzip"
	"github.com/sahifa/sahifa/extract/document"
)

// Error is what went wrong with one input. Its message states the fact
// and names no flag or remedy: the caller knows how its user lifts a
// limit, and adds that from Code and the fields below.
type Error struct {
	// Code is document.ErrRead or document.ErrTooLarge.
	Code document.ErrorCode
	// Msg is the fact, for people: "too large: 2.6 MiB, more than the
	// limit of 1 MiB".
	Msg string
	// Limit and Size are set with document.ErrTooLarge: the limit passed, and the
	// size announced (by the file system or the archive), -1 when it is
	// not known (the content was found larger by reading it).
	Limit, Size int64
	// StdinZip is set with document.ErrTooLarge when the limit passed is
	// Options.MaxStdinZip, that of a zip on standard input, which is
	// copied to be read; otherwise it is Options.MaxSize.
	StdinZip bool
	// NULList is set when a newline-separated FilesFrom list holds a NUL
	// byte: it is likely NUL-separated (find -print0), see Options.NUL.
	NULList bool
}

// Error returns the message.
func (e *Error) Error() string { return e.Msg }

// ErrTooLarge is the sentinel of the inputs larger than a limit: every
// Error with document.ErrTooLarge is ErrTooLarge for errors.Is, so that a caller
// can tell them from the others without looking at codes.
var ErrTooLarge = errors.New("too large")

// Is reports whether e is target for errors.Is: an Error with document.ErrTooLarge
// is ErrTooLarge.
func (e *Error) Is(target error) bool {
	return target == ErrTooLarge && e.Code == document.ErrTooLarge
}

// Code returns the error code of err for an error record: that of the
// *Error in its chain, document.ErrTooLarge for ErrTooLarge, and
// document.ErrRead for any other error.
func Code(err error) document.ErrorCode {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if errors.Is(err, ErrTooLarge) {
		return document.ErrTooLarge
	}
	return document.ErrRead
}

// tooLarge is the error of content larger than limit; size is the size
// announced, -1 when it is not known.
func tooLarge(size, limit int64) *Error {
	e := &Error{Code: document.ErrTooLarge, Limit: limit, Size: size}
	if size >= 0 {
		e.Msg = fmt.Sprintf("too large: %s, more than the limit of %s", FormatSize(size), FormatSize(limit))
	} else {
		e.Msg = fmt.Sprintf("too large: more than the limit of %s", FormatSize(limit))
	}
	return e
}

// readMsg says what went wrong reading, in words of its own for the
// common causes, without the path (the Item has it).
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

// FormatSize returns a byte count for people: 12 bytes, 1.5 KiB, 32 MiB,
// 1 GiB (whole GiB only: 1.5 GiB is 1536.0 MiB).
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
