package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/normalize"
)

// The hand-labelled fixtures in testdata/segment: each article (raw text,
// or TREC as .trec) has a .roles file with the expected role of every line,
// `N role`, reviewed line by line. The test reports the line accuracy and
// fails below 97%, the figure the issue asks for.
//
// SAHIFA_UPDATE_ROLES=1 writes missing .roles files from the current
// segmenter, for a human to review; it never overwrites one.

func readRoles(t *testing.T, path string) map[int]Role {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[int]Role{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		n, err := strconv.Atoi(f[0])
		if len(f) < 2 || err != nil {
			t.Fatalf("%s:%d: want `N role`, got %q", path, i+1, line)
		}
		m[n] = Role(f[1])
	}
	return m
}

func TestSegmentFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/segment/*.txt")
	trec, _ := filepath.Glob("testdata/segment/*.trec")
	files = append(files, trec...)
	sort.Strings(files)
	if len(files) < 12 {
		t.Fatalf("want at least 12 fixtures, have %d", len(files))
	}
	total, right := 0, 0
	byRole := map[Role][2]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := segFixtureArticle(filepath.Base(f), string(data))
		d := build(a, Options{Profile: normalize.Display})
		rolesPath := strings.TrimSuffix(f, filepath.Ext(f)) + ".roles"
		if _, err := os.Stat(rolesPath); os.IsNotExist(err) && os.Getenv("SAHIFA_UPDATE_ROLES") != "" {
			var b strings.Builder
			for _, l := range d.Lines {
				fmt.Fprintf(&b, "%d %s\n", l.N, l.Role)
			}
			if err := os.WriteFile(rolesPath, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want := readRoles(t, rolesPath)
		fileRight := 0
		for _, l := range d.Lines {
			w, ok := want[l.N]
			if !ok {
				t.Errorf("%s: line %d has no expected role", rolesPath, l.N)
				continue
			}
			total++
			c := byRole[w]
			c[1]++
			if w == l.Role {
				right++
				fileRight++
				c[0]++
			} else {
				t.Logf("%s:%d: want %s, got %s (%s): %.60q", filepath.Base(f), l.N, w, l.Role, l.Rule, l.Text)
			}
			byRole[w] = c
		}
		if len(want) != len(d.Lines) {
			t.Errorf("%s: %d expected roles for %d lines", rolesPath, len(want), len(d.Lines))
		}
	}
	acc := float64(right) / float64(total)
	roles := make([]string, 0, len(byRole))
	for r := range byRole {
		roles = append(roles, string(r))
	}
	sort.Strings(roles)
	for _, r := range roles {
		c := byRole[Role(r)]
		t.Logf("  %-12s %3d/%3d", r, c[0], c[1])
	}
	t.Logf("line accuracy: %d/%d = %.2f%% over %d fixtures", right, total, 100*acc, len(files))
	if acc < 0.97 {
		t.Errorf("line accuracy %.2f%% is below 97%%", 100*acc)
	}
}
