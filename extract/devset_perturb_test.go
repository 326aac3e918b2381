package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/charset"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// TestDevsetPerturbed measures how the segmenter holds when a dev-set
// article is laid out another way while its parts stay what they are:
// its lines hard-wrapped as pandoc and fmt wrap them (72 columns),
// its blank lines taken out, a blank line put after every line. Each
// changed line keeps the role of the line it came from. A layout the dev
// set lacks is one its sources may still come in; these figures show
// which of the document-reading mechanisms (wrap width, reflow, spacing)
// give way, without looking at the sources kept aside.
//
//	SAHIFA_DEVSET_PERTURB=1 go test ./extract -run TestDevsetPerturbed -v
//
// SAHIFA_DEVSET_MISSES=1 adds the dev misses of each layout.
func TestDevsetPerturbed(t *testing.T) {
	if os.Getenv("SAHIFA_DEVSET_PERTURB") == "" {
		t.Skip("SAHIFA_DEVSET_PERTURB not set")
	}
	files := readDevset(t)
	for _, p := range perturbations {
		bySplit := map[string]*devScore{}
		var misses []string
		for _, df := range files {
			if filepath.Ext(df.path) != ".txt" {
				continue
			}
			data, err := os.ReadFile(df.path)
			if err != nil {
				t.Fatal(err)
			}
			text, _, err := charset.Decode(data, "")
			if err != nil {
				continue
			}
			lines := strings.Split(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\n")
			out, roles := p.apply(lines, df.roles)
			if dir := os.Getenv("SAHIFA_DEVSET_PERTURB_DUMP"); dir != "" && df.split == "dev" {
				name := filepath.Join(dir, p.name, strings.TrimPrefix(df.path, devsetDir+"/"))
				os.MkdirAll(filepath.Dir(name), 0o755)
				os.WriteFile(name, []byte(strings.Join(out, "\n")), 0o644)
			}
			moved := df
			moved.roles = roles
			docs := Extract(document.Source{Path: df.path}, []byte(strings.Join(out, "\n")), Options{Profile: normalize.Display})
			sc := scoreDocs(moved, docs)
			if bySplit[df.split] == nil {
				bySplit[df.split] = &devScore{}
			}
			bySplit[df.split].add(sc)
			if df.split == "dev" {
				misses = append(misses, sc.misses...)
			}
		}
		for _, split := range []string{"dev", "heldout"} {
			if sc := bySplit[split]; sc != nil {
				t.Logf("%-10s %-8s %6d lines %6.1f%% %5d fields %6.1f%%", p.name, split, sc.lines, pct(sc.right, sc.lines), sc.fields, pct(sc.passed, sc.fields))
			}
		}
		if os.Getenv("SAHIFA_DEVSET_MISSES") != "" {
			for _, m := range misses {
				t.Logf("%s: %s", p.name, m)
			}
		}
	}
}

// A perturbation lays an article out anew: its lines and their roles in,
// the new lines and the roles they keep out (numbered from 1).
type perturbation struct {
	name  string
	apply func(lines []string, roles map[int][]document.Role) ([]string, map[int][]document.Role)
}

var perturbations = []perturbation{
	{"as-is", func(lines []string, roles map[int][]document.Role) ([]string, map[int][]document.Role) {
		return lines, roles
	}},
	{"wrap72", func(lines []string, roles map[int][]document.Role) ([]string, map[int][]document.Role) {
		return relayout(lines, roles, func(line string, want []document.Role) []string {
			if utf8.RuneCountInString(line) <= 72 {
				return []string{line}
			}
			return wrapAt(line, 72)
		})
	}},
	{"no-blank", func(lines []string, roles map[int][]document.Role) ([]string, map[int][]document.Role) {
		return relayout(lines, roles, func(line string, want []document.Role) []string {
			if strings.TrimSpace(line) == "" {
				return nil
			}
			return []string{line}
		})
	}},
	{"blank-after", func(lines []string, roles map[int][]document.Role) ([]string, map[int][]document.Role) {
		return relayout(lines, roles, func(line string, want []document.Role) []string {
			if strings.TrimSpace(line) == "" {
				return []string{line}
			}
			return []string{line, ""}
		})
	}},
}

// relayout turns each line into the lines f gives, each with the line's
// roles (a blank one, blank).
func relayout(lines []string, roles map[int][]document.Role, f func(string, []document.Role) []string) ([]string, map[int][]document.Role) {
	var out []string
	moved := map[int][]document.Role{}
	for i, line := range lines {
		want, ok := roles[i+1]
		if !ok {
			want = []document.Role{document.RoleBlank}
		}
		for _, l := range f(line, want) {
			out = append(out, l)
			if strings.TrimSpace(l) == "" {
				moved[len(out)] = []document.Role{document.RoleBlank}
			} else {
				moved[len(out)] = want
			}
		}
	}
	return out, moved
}

// wrapAt breaks a line at spaces into lines of at most width runes, as
// pandoc and fmt do; a word longer than width stands alone.
func wrapAt(line string, width int) []string {
	var out []string
	var cur strings.Builder
	n := 0
	for _, w := range strings.Fields(line) {
		wn := utf8.RuneCountInString(w)
		if n > 0 && n+1+wn > width {
			out = append(out, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(w)
		n += wn
	}
	if n > 0 || len(out) == 0 {
		out = append(out, cur.String())
	}
	return out
}
