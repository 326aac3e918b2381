package source

import "os"

// skipDirs are the folders of Options.SkipDirs that exist, found again in a
// walk by os.SameFile (whatever path leads to them).
type skipDirs []os.FileInfo

// newSkipDirs stats the folders; one that does not exist yet cannot be met.
func newSkipDirs(paths []string) skipDirs {
	var s skipDirs
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			s = append(s, fi)
		}
	}
	return s
}

// has reports whether fi is one of the folders.
func (s skipDirs) has(fi os.FileInfo) bool {
	for _, d := range s {
		if os.SameFile(d, fi) {
			return true
		}
	}
	return false
}
