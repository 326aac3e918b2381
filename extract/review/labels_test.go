package review

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestParseLabels(t *testing.T) {
	in := "# seed.txt\n\n1 title\n2 blank\n3 caption_en|caption_ar\n4 paragraph  # was heading\n"
	got, err := ParseLabels(strings.NewReader(in), "x.roles")
	if err != nil {
		t.Fatal(err)
	}
	want := Labels{1: {document.RoleTitle}, 2: {document.RoleBlank}, 3: {document.RoleCaptionEN, document.RoleCaptionAR}, 4: {document.RoleParagraph}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for n, w := range want {
		if !slices.Equal(got[n], w) {
			t.Errorf("line %d: %v, want %v", n, got[n], w)
		}
	}
	for in, msg := range map[string]string{
		"1\n":              "x.roles:1: want `N role`",
		"one title\n":      "x.roles:1: want `N role`",
		"0 title\n":        "x.roles:1: want `N role`",
		"1 title\n1 blank": "x.roles:2: line 1 labelled twice",
		"1 titel\n":        `x.roles:1: "titel" is not a role; the roles are title, caption_en`,
	} {
		if _, err := ParseLabels(strings.NewReader(in), "x.roles"); err == nil || !strings.HasPrefix(err.Error(), msg) {
			t.Errorf("ParseLabels(%q) = %v, want %s…", in, err, msg)
		}
	}
}

// TestFixtureLabels reads every labels file of the project's fixtures:
// the format ParseLabels reads is theirs.
func TestFixtureLabels(t *testing.T) {
	var files []string
	for _, g := range []string{"../../testdata/devset/*/*.roles", "../segment/testdata/*.roles"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("only %d labels files", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseLabels(bytes.NewReader(data), f); err != nil {
			t.Error(err)
		}
	}
}

// TestLabelsRoundTrip: what AppendLabels writes, ParseLabels reads back.
func TestLabelsRoundTrip(t *testing.T) {
	a := seedArticle(t)
	got, err := ParseLabels(bytes.NewReader(AppendLabels(nil, a)), "seed")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(a.Rows) {
		t.Fatalf("%d labels for %d lines", len(got), len(a.Rows))
	}
	for _, r := range a.Rows {
		if !slices.Equal(got[r.N], []document.Role{r.Role}) {
			t.Errorf("line %d: %v, want %s", r.N, got[r.N], r.Role)
		}
	}
}

func FuzzParseLabels(f *testing.F) {
	f.Add("# x\n1 title\n2 blank\n3 caption_en|caption_ar  # note\n")
	f.Add("1\n")
	f.Add("1 title\n1 title\n")
	f.Fuzz(func(t *testing.T, in string) {
		l, err := ParseLabels(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		// what parses, written back as `N role|role`, parses the same
		var b strings.Builder
		for n, roles := range l {
			if len(roles) == 0 {
				t.Fatalf("line %d has no role", n)
			}
			s := make([]string, len(roles))
			for i, r := range roles {
				s[i] = string(r)
			}
			b.WriteString(strconv.Itoa(n) + " " + strings.Join(s, "|") + "\n")
		}
		again, err := ParseLabels(strings.NewReader(b.String()), "again")
		if err != nil || len(again) != len(l) {
			t.Fatalf("written back: %v, %d labels for %d", err, len(again), len(l))
		}
	})
}
