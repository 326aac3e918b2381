package source

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// NoticeKind says what a Notice is about.
type NoticeKind int

// The kinds of Notice.
const (
	// NoticeLink: a symbolic link found in a folder and not followed
	// (Options.Follow unset, or its target is missing).
	NoticeLink NoticeKind = iota
	// NoticeLoop: a symbolic link to a folder that holds it (a file
	// system loop), not followed.
	NoticeLoop
	// NoticeOutside: a symbolic link followed to a target outside the
	// folder named by the caller; it is read, and the caller should say
	// so.
	NoticeOutside
	// NoticeOther: a file that is not article-like (see ArticleLike), or
	// that Options.Globs leave out, or not a regular file.
	NoticeOther
	// NoticeSkipDir: a folder of Options.SkipDirs, not entered.
	NoticeSkipDir
)

// Notice is told to Options.Notice by a folder walk: an entry left out, or
// a link followed outside the folder.
type Notice struct {
	Kind NoticeKind
	Path string // the entry, as found in the folder
	Msg  string // what it is, lower case: "a symbolic link, not followed"
}

// notice tells Options.Notice.
func (w *walker) notice(k NoticeKind, p, msg string) {
	if w.opt.Notice != nil {
		w.opt.Notice(Notice{Kind: k, Path: p, Msg: msg})
	}
}

// dir walks a folder named by the caller, recursively, in lexical order
// (see the package comment for what it takes).
func (w *walker) dir(root string, fi os.FileInfo) bool {
	real, err := filepath.EvalSymlinks(root)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		real = ""
	}
	d := &dirWalk{root: root, real: real}
	ok, err := w.walkDir(d, root, "", []os.FileInfo{fi})
	if err != nil && ok {
		return w.fail(root, filepath.ToSlash(filepath.Base(root)), &Error{Code: document.ErrRead, Msg: readMsg(err)})
	}
	return ok
}

// dirWalk is the folder named by the caller being walked.
type dirWalk struct {
	root string // as named
	real string // its absolute path with links resolved ("" when unknown)
}

// outside reports whether p, resolved, lies outside the folder, and its
// target.
func (d *dirWalk) outside(p string) (string, bool) {
	t, err := filepath.EvalSymlinks(p)
	if err != nil || d.real == "" {
		return "", false
	}
	if t, err = filepath.Abs(t); err != nil {
		return "", false
	}
	rel, err := filepath.Rel(d.real, t)
	return t, err != nil || !filepath.IsLocal(rel) && rel != "."
}

// walkDir walks the folder p, at rel under the root; stack holds the
// folders from the root down to p, to find loops. It returns whether to
// go on, and the error reading p itself (when p is the root).
func (w *walker) walkDir(d *dirWalk, p, rel string, stack []os.FileInfo) (bool, error) {
	entries, err := os.ReadDir(p)
	if err != nil {
		if rel == "" {
			return true, err
		}
		return w.fail(p, rel, &Error{Code: document.ErrRead, Msg: readMsg(err)}), nil
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		ep, erel := filepath.Join(p, name), path.Join(rel, name)
		var fi os.FileInfo
		if e.Type()&fs.ModeSymlink != 0 {
			if !w.opt.Follow {
				w.notice(NoticeLink, ep, "a symbolic link, not followed")
				continue
			}
			if fi, err = os.Stat(ep); err != nil {
				w.notice(NoticeLink, ep, "a symbolic link whose target cannot be read ("+readMsg(err)+"), not followed")
				continue
			}
			if fi.IsDir() && loops(stack, fi) {
				w.notice(NoticeLoop, ep, "a symbolic link to a folder that holds it (a loop), not followed")
				continue
			}
			if t, out := d.outside(ep); out && (fi.IsDir() || w.takeFile(erel)) {
				w.notice(NoticeOutside, ep, fmt.Sprintf("a symbolic link leading outside %s (to %s), followed", d.root, t))
			}
		} else if fi, err = e.Info(); err != nil {
			if !w.fail(ep, erel, &Error{Code: document.ErrRead, Msg: readMsg(err)}) {
				return false, nil
			}
			continue
		}
		if fi.IsDir() {
			if w.skipDirs.has(fi) {
				w.notice(NoticeSkipDir, ep, "the output folder, not read")
				continue
			}
			if ok, _ := w.walkDir(d, ep, erel, append(stack, fi)); !ok {
				return false, nil
			}
			continue
		}
		if !fi.Mode().IsRegular() {
			w.notice(NoticeOther, ep, "not a regular file")
			continue
		}
		if !w.takeFile(erel) {
			w.notice(NoticeOther, ep, "not an article-like name")
			continue
		}
		if !w.file(ep, erel, fi) {
			return false, nil
		}
	}
	return true, nil
}

// loops reports whether the folder fi is one of stack.
func loops(stack []os.FileInfo, fi os.FileInfo) bool {
	for _, s := range stack {
		if os.SameFile(s, fi) {
			return true
		}
	}
	return false
}
