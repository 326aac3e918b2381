package source

import "github.com/sahifa/sahifa/extract/document"

// RemedyOf is what would let an input that failed with err be read: a
// larger size limit for one that was too large.
func RemedyOf(err error) document.Remedy {
	if Code(err) == document.ErrTooLarge {
		return document.RemedyMaxSize
	}
	return document.RemedyNone
}
