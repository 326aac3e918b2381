package document

import (
	"path"
	"path/filepath"
	"strings"
)

// Source names an input: a file path ("-" for standard input), and the
// member inside an archive, "" when the input is not an archive member.
type Source struct {
	Path   string
	Member string
}

// Name is the name the input is known by: the member inside an archive,
// else the path.
func (s Source) Name() string {
	if s.Member != "" {
		return s.Member
	}
	return s.Path
}

// DefaultID is the id of a document whose container gives none: the file
// name without extension, or for an archive member the member path without
// extension; nil for standard input, or when that leaves nothing.
func (s Source) DefaultID() *string {
	var id string
	if s.Member != "" {
		id = strings.TrimSuffix(s.Member, path.Ext(s.Member))
	} else {
		if s.Path == "" || s.Path == "-" {
			return nil
		}
		base := filepath.Base(s.Path)
		id = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if id == "" {
		return nil
	}
	return &id
}
