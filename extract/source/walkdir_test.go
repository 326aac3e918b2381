package source

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestArticleLike(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"a.txt", true}, {"A.TXT", true}, {"noext", true}, {"d/a.sgml", true}, {"a.trec", true},
		{"a.jsonl", true}, {"a.ndjson", true}, {"a.warc", true}, {"a.warc.gz", true}, {"a.wet.gz", true},
		{"a.zip", true}, {"a.tar.gz", true}, {"a.tgz", true}, {"a.tar.zst", true}, {"a.txt.gz", true},
		{"a.jsonl.xz", true}, {"README.md", false}, {"MANIFEST.tsv", false}, {"a.json", false},
		{"a.md.gz", false}, {"a.html", false}, {"a.", false},
	} {
		if got := ArticleLike(c.name); got != c.want {
			t.Errorf("ArticleLike(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestGlobs(t *testing.T) {
	for _, c := range []struct {
		globs []string
		rel   string
		want  bool
	}{
		{nil, "a/b.txt", true},
		{nil, "README.md", false},
		{[]string{"*.md"}, "README.md", true},
		{[]string{"*.md"}, "a/b.txt", false},
		{[]string{"*.md"}, "a.tar.gz", true}, // an archive is opened, its members filtered
		{[]string{"**/*.txt"}, "a/b/c.txt", true},
		{[]string{"**/*.txt"}, "c.txt", true},
		{[]string{"a/**/*.txt"}, "b/c.txt", false},
		{[]string{"*.{txt,tsv}"}, "x.tsv", true},
		{[]string{"!*.md"}, "README.md", false},
		{[]string{"!*.md"}, "a.txt", true},
		{[]string{"!b*"}, "a/b.txt", false},
		{[]string{"!b*"}, "MANIFEST.tsv", false}, // only exclusions: the default set decides the rest
		{[]string{"*.txt", "!secret*"}, "secret.txt", false},
		{[]string{"!secret*", "*.txt"}, "secret.txt", true}, // the last match wins, as in ripgrep
		{[]string{"!*.tar.gz"}, "a.tar.gz", false},
		{[]string{"/top.txt"}, "top.txt", true},
	} {
		w := &walker{globs: newGlobs(c.globs)}
		if got := w.takeFile(c.rel); got != c.want {
			t.Errorf("globs %q, %q: %v, want %v", c.globs, c.rel, got, c.want)
		}
	}
	for _, g := range []string{"a[", "!", "{a,"} {
		if CheckGlob(g) == nil {
			t.Errorf("CheckGlob(%q): no error", g)
		}
	}
	if err := CheckGlob("!**/*.{txt,md}"); err != nil {
		t.Error(err)
	}
}

func TestLinks(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	write(t, dir, map[string]string{"d/a.txt": "a", "sub/b.txt": "b"})
	write(t, out, map[string]string{"secret.txt": "s", "od/o.txt": "o"})
	d := filepath.Join(dir, "d")
	for _, l := range [][2]string{
		{filepath.Join(out, "secret.txt"), "p.txt"}, // a file outside
		{filepath.Join(dir, "sub"), "sub"},          // a folder outside d
		{d, "loop"},                                 // a loop
		{filepath.Join(out, "missing"), "broken.txt"},
	} {
		if err := os.Symlink(l[0], filepath.Join(d, l[1])); err != nil {
			t.Skip(err)
		}
	}
	run := func(follow bool) ([]string, []Notice) {
		var ns []Notice
		var rels []string
		for _, g := range collect(t, []string{d}, Options{Follow: follow, Notice: func(n Notice) { ns = append(ns, n) }}) {
			rels = append(rels, g.Rel+"="+g.Data)
		}
		return rels, ns
	}
	// Not followed by default: each link is a notice.
	rels, ns := run(false)
	if !reflect.DeepEqual(rels, []string{"a.txt=a"}) || len(ns) != 4 {
		t.Errorf("no follow: %q, %+v", rels, ns)
	}
	for _, n := range ns {
		if n.Kind != NoticeLink {
			t.Errorf("no follow: %+v", n)
		}
	}
	// Followed: outside targets are said, the loop and the broken link
	// are not followed.
	rels, ns = run(true)
	if !reflect.DeepEqual(rels, []string{"a.txt=a", "p.txt=s", "sub/b.txt=b"}) {
		t.Errorf("follow: %q", rels)
	}
	kinds := map[NoticeKind]int{}
	for _, n := range ns {
		kinds[n.Kind]++
	}
	if !reflect.DeepEqual(kinds, map[NoticeKind]int{NoticeLink: 1, NoticeLoop: 1, NoticeOutside: 2}) {
		t.Errorf("follow notices: %+v", ns)
	}
	// A link named explicitly is followed.
	if g := collect(t, []string{filepath.Join(d, "p.txt")}, Options{}); len(g) != 1 || g[0].Data != "s" {
		t.Errorf("named link: %+v", g)
	}
}
