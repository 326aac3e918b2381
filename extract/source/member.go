package source

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/sahifa/sahifa/extract/document"
)

// splitMember splits a path "ARCHIVE!/MEMBER", as sahifa prints the
// members of archives, at the first "!/" whose left side is an archive
// file; MEMBER may be a glob. ok is false when there is none.
func splitMember(p string) (archive, member string, ok bool) {
	for i := 0; ; {
		j := strings.Index(p[i:], "!/")
		if j < 0 {
			return "", "", false
		}
		i += j
		if fi, err := os.Stat(p[:i]); err == nil && fi.Mode().IsRegular() && kind(p[:i]) != "" {
			return p[:i], p[i+2:], true
		}
		i += 2
	}
}

// members walks the members of the archive file arc that match the member
// path or glob pat, given as p; none matching is an error item.
func (w *walker) members(p, arc, pat string) bool {
	fi, err := os.Stat(arc)
	if err != nil {
		return w.fail(p, filepath.ToSlash(filepath.Base(arc)), &Error{Code: document.ErrRead, Msg: readMsg(err)})
	}
	w.memberPat, w.memberHits = pat, 0
	ok := w.file(arc, filepath.ToSlash(filepath.Base(arc)), fi)
	hits := w.memberHits
	w.memberPat = ""
	if ok && hits == 0 {
		return w.fail(p, filepath.ToSlash(filepath.Base(arc)), &Error{Code: document.ErrRead,
			Msg: fmt.Sprintf("no member of %s matches %s", arc, pat)})
	}
	return ok
}

// wantMember reports whether the member (its Source.Member) is wanted by
// the member pattern pat: it matches, or it is an archive that a pattern
// "ARCHIVE!/…" goes into.
func wantMember(pat, member string, isArchive bool) bool {
	if pat == member {
		return true
	}
	if ok, _ := doublestar.Match(pat, member); ok {
		return true
	}
	if !isArchive {
		return false
	}
	for i := 0; ; {
		j := strings.Index(pat[i:], "!/")
		if j < 0 {
			return false
		}
		i += j
		if ok, _ := doublestar.Match(pat[:i], member); ok || pat[:i] == member {
			return true
		}
		i += 2
	}
}

// ReadArticle reads one input whole, as ReadOne does, but also a member of
// an archive, named "ARCHIVE!/MEMBER" as sahifa prints it, or an archive
// that holds one file. An archive holding several is an error that names
// two of them and says to name one. src names what was read.
func ReadArticle(stdin io.Reader, p string, limit int64) (data []byte, src document.Source, err error) {
	src = document.Source{Path: p}
	if p == "-" {
		data, err = ReadOne(stdin, p, limit)
		return data, src, err
	}
	_, statErr := os.Stat(p)
	_, _, isMember := splitMember(p)
	if kind(p) == "" && (statErr == nil || !isMember) {
		if err := unsupported(p); err != nil && statErr == nil {
			return nil, src, fmt.Errorf("%s: %v", p, err)
		}
		data, err = ReadOne(stdin, p, limit)
		return data, src, err
	}
	var names []string
	for it := range Walk([]string{p}, Options{MaxSize: limit}) {
		if names = append(names, it.Path); len(names) > 1 {
			break
		}
		src = it.Source
		if data, err = it.ReadAll(); err != nil {
			err = fmt.Errorf("%s: %v", it.Path, err)
		}
	}
	switch {
	case len(names) == 0:
		return nil, src, fmt.Errorf("%s: an archive with no article in it", p)
	case len(names) > 1:
		return nil, src, fmt.Errorf("%s: an archive of several articles (%s, %s, …): name one as %s!/MEMBER", p, names[0], names[1], p)
	}
	return data, src, err
}
