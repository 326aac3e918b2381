package source

import (
	"fmt"
	"path"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// ArticleExts are the extensions of the files a folder walk takes when no
// glob says otherwise (besides archives, and files with no extension),
// each also compressed (.gz, .xz, .bz2, .zst): text, TREC/SGML, JSON Lines,
// WARC and WET.
var ArticleExts = []string{".txt", ".sgml", ".sgm", ".trec", ".jsonl", ".ndjson", ".warc", ".wet"}

// ArticleLike reports whether a file name found in a folder is taken by
// default: a name with no extension, one of ArticleExts, an archive (zip,
// tar, compressed tar), or a compressed file whose name without the
// compression is article-like. README.md, MANIFEST.tsv or data.json are
// not.
func ArticleLike(name string) bool {
	base := strings.ToLower(path.Base(name))
	switch k := kind(base); {
	case k == "zip" || strings.HasPrefix(k, "tar"):
		return true
	case k != "":
		base = strings.TrimSuffix(base, "."+k) // a.txt.gz is a.txt
	}
	if strings.HasSuffix(base, ".warc.gz") || strings.HasSuffix(base, ".wet.gz") {
		return true
	}
	ext := path.Ext(base)
	if ext == "" || ext == base {
		return true
	}
	for _, e := range ArticleExts {
		if ext == e {
			return true
		}
	}
	return false
}

// CheckGlob checks a pattern of Options.Globs: doublestar syntax (*, **,
// ?, [abc], {a,b}), a leading ! for an exclusion.
func CheckGlob(g string) error {
	p := strings.TrimPrefix(g, "!")
	if p == "" || !doublestar.ValidatePattern(p) {
		return fmt.Errorf("not a valid pattern (use *, **, ?, [abc], {a,b}, and a leading ! to exclude)")
	}
	return nil
}

// globs are the patterns of Options.Globs, with ripgrep's -g meaning.
type globs struct {
	pats     []string // without the leading !
	neg      []bool
	positive bool // some pattern is not an exclusion: the globs are a list of what to take
}

func newGlobs(gs []string) globs {
	var g globs
	for _, s := range gs {
		p, neg := strings.CutPrefix(s, "!")
		g.pats, g.neg = append(g.pats, p), append(g.neg, neg)
		g.positive = g.positive || !neg
	}
	return g
}

// decide returns whether the last pattern that matches rel takes it, and
// whether one matched. A pattern with no slash is matched against the base
// name, one with a slash against the whole slash path (a leading slash
// anchors it at the top; ** crosses folders).
func (g globs) decide(rel string) (take, matched bool) {
	for i := len(g.pats) - 1; i >= 0; i-- {
		p, name := g.pats[i], rel
		if !strings.Contains(p, "/") {
			name = path.Base(rel)
		}
		if ok, _ := doublestar.Match(strings.TrimPrefix(p, "/"), name); ok {
			return !g.neg[i], true
		}
	}
	return false, false
}

// takeFile reports whether a file found in a folder, at the slash path rel
// under it, is taken: by the last glob that matches it; when none does,
// an archive is taken (its members are filtered) if the globs name what
// to take, and by default (no glob, or only exclusions) an article-like
// name (see ArticleLike).
func (w *walker) takeFile(rel string) bool {
	if take, ok := w.globs.decide(rel); ok {
		return take
	}
	if w.globs.positive {
		return kind(rel) != "" && unsupported(rel) == nil
	}
	return ArticleLike(rel)
}

// match reports whether an archive member (its cleaned path) passes
// Options.Globs: the last pattern that matches decides; when none does, it
// is taken unless some pattern names what to take.
func (w *walker) match(rel string) bool {
	if take, ok := w.globs.decide(rel); ok {
		return take
	}
	return !w.globs.positive
}
