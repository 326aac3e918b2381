package source

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestArchiveTopFolder checks the Rel of members under a top folder named
// like the archive: that folder is not repeated under STEM (issue 12,
// item 6), whatever the archive's kind; a folder named otherwise, members
// at the root, a nested archive and an archive on standard input keep
// their whole member path.
func TestArchiveTopFolder(t *testing.T) {
	tests := []struct {
		name    string // archive file name
		members []member
		want    []string // the members' Rel, in order
	}{
		{"ant-v2.1.tar.gz", []member{{"ant-v2.1/2016/a.txt", "a"}, {"ant-v2.1/b.txt", "b"}},
			[]string{"ant-v2.1/2016/a.txt", "ant-v2.1/b.txt"}},
		{"ant-v2.1.tgz", []member{{"ant-v2.1/a.txt", "a"}}, []string{"ant-v2.1/a.txt"}},
		{"ant-v2.1.tar", []member{{"ant-v2.1/a.txt", "a"}}, []string{"ant-v2.1/a.txt"}},
		{"ant-v2.1.zip", []member{{"ant-v2.1/a.txt", "a"}}, []string{"ant-v2.1/a.txt"}},
		// named otherwise: kept
		{"ant-v2.1.tar.gz", []member{{"corpus/a.txt", "a"}}, []string{"ant-v2.1/corpus/a.txt"}},
		// the name differs in case or by a prefix: kept
		{"ant.zip", []member{{"ANT/a.txt", "a"}, {"ant-v2/b.txt", "b"}}, []string{"ant/ANT/a.txt", "ant/ant-v2/b.txt"}},
		// at the root: kept
		{"ant.zip", []member{{"a.txt", "a"}, {"2016/b.txt", "b"}}, []string{"ant/a.txt", "ant/2016/b.txt"}},
		// some members under it, some not: each member decides (a stream
		// is not looked ahead); a clash is the output tree's to rename
		{"ant.tar.gz", []member{{"ant/a.txt", "a"}, {"b.txt", "b"}, {"ant/ant/c.txt", "c"}},
			[]string{"ant/a.txt", "ant/b.txt", "ant/ant/c.txt"}},
		// a member file (not a folder) named like the archive: kept
		{"ant.tar.gz", []member{{"ant", "a"}}, []string{"ant/ant"}},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		p := filepath.Join(dir, tt.name)
		var b []byte
		switch filepath.Ext(tt.name) {
		case ".zip":
			b = zipBytes(t, tt.members)
		case ".tar":
			b = tarBytes(t, tt.members, nil)
		default:
			b = gz(tarBytes(t, tt.members, nil))
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		g := collect(t, []string{p}, Options{})
		if len(g) != len(tt.want) {
			t.Fatalf("%s %v: %d items, want %d: %+v", tt.name, tt.members, len(g), len(tt.want), g)
		}
		for i, w := range tt.want {
			if g[i].Rel != w {
				t.Errorf("%s: member %s: Rel %q, want %q", tt.name, tt.members[i].name, g[i].Rel, w)
			}
		}
	}

	// Nested: outer.zip!/inner.tgz!/inner/a.txt is outer/inner/a.txt.
	dir := t.TempDir()
	inner := gz(tarBytes(t, []member{{"inner/a.txt", "a"}}, nil))
	p := filepath.Join(dir, "outer.zip")
	if err := os.WriteFile(p, zipBytes(t, []member{{"outer/inner.tgz", string(inner)}}), 0o644); err != nil {
		t.Fatal(err)
	}
	if g := collect(t, []string{p}, Options{}); len(g) != 1 || g[0].Rel != "outer/inner/a.txt" {
		t.Errorf("nested: %+v, want Rel outer/inner/a.txt", g)
	}

	// Standard input has no name to repeat: stdin/stdin/a.txt stays.
	b := gz(tarBytes(t, []member{{"stdin/a.txt", "a"}}, nil))
	if g := collect(t, []string{"-"}, Options{Stdin: bytes.NewReader(b)}); len(g) != 1 || g[0].Rel != "stdin/stdin/a.txt" {
		t.Errorf("stdin: %+v, want Rel stdin/stdin/a.txt", g)
	}
}
