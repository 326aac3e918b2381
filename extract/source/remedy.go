package source

import (
	"errors"

	"github.com/sahifa/sahifa/extract/document"
)

// RemedyOf is what would let an input that failed with err be read: a
// larger size limit for one that was too large, or, for a zip on standard
// input too large to copy, giving it as a file, or, for a FilesFrom list
// that holds NUL bytes, reading it as NUL-separated.
func RemedyOf(err error) document.Remedy {
	e := (*Error)(nil)
	if errors.As(err, &e) && e.StdinZip {
		return document.RemedyAsFile
	}
	if e != nil && e.NULList {
		return document.RemedyNULList
	}
	if Code(err) == document.ErrTooLarge {
		return document.RemedyMaxSize
	}
	return document.RemedyNone
}
