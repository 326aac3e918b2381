package extract

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/normalize"
)

// corpusDir is the shared corpus, present in the project's workspace but
// not in a user's clone: tests that need it skip without it.
const corpusDir = "../../shared/corpus"

func noneOpt() Options { return Options{In: "auto", Encoding: "auto", Profile: normalize.None} }

// places collects every text a document holds: title, captions, blocks,
// attribution, residue and container values.
func places(d *document.Document) []string {
	var p []string
	add := func(s *string) {
		if s != nil {
			p = append(p, *s)
		}
	}
	add(d.Title)
	for _, c := range d.Captions {
		add(c.EN)
		add(c.AR)
		add(c.Credit)
	}
	for _, b := range d.Blocks {
		p = append(p, b.Text)
	}
	if d.Attribution != nil {
		p = append(p, d.Attribution.Text)
	}
	for _, r := range d.Residue {
		p = append(p, r.Text)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			p = append(p, v)
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		case json.Number:
			p = append(p, v.String())
		}
	}
	walk(d.Container)
	return p
}

// checkInvariant checks, under profile none, that every non-blank line of
// the input is found in the document: in title, captions, blocks,
// attribution, residue, or (markup) the container values. Lines are
// compared with the container's tags taken off, as the readers take them
// off the lines they hand on.
func checkInvariant(t *testing.T, name string, text string, docs []*document.Document) {
	t.Helper()
	var all []string
	for _, d := range docs {
		if d.Error != nil {
			continue
		}
		all = append(all, places(d)...)
	}
	joined := strings.Join(all, "\n")
	// The attribution's text leaves its label (`المصدر : `) behind.
	attr := map[int]string{}
	for _, d := range docs {
		if d.Attribution != nil && d.Error == nil && len(docs) == 1 {
			attr[d.Attribution.Line] = d.Attribution.Text
		}
	}
	for i, line := range strings.Split(text, "\n") {
		s := script.TrimSpace(stripTags(script.TrimSpace(line)))
		if s == "" {
			continue
		}
		if a, ok := attr[i+1]; ok && strings.HasSuffix(strings.Trim(s, `"' `), strings.Trim(a, `"' `)) {
			continue
		}
		if !strings.Contains(joined, s) && !strings.Contains(joined, html.UnescapeString(s)) {
			// A caption's Arabic text leaves its trailing (credit) to credit.
			if j := strings.LastIndex(s, "("); j > 0 && strings.Contains(joined, script.TrimSpace(s[:j])) {
				continue
			}
			t.Errorf("%s:%d: line not found in the document: %q", name, i+1, s)
		}
	}
}

// stripTags takes a container tag off each end of a line, as the TREC
// reader does with <TITLE>…</TITLE> and <P>…</P>: the test's own reading
// of a tag, not the reader's.
func stripTags(s string) string {
	if strings.HasPrefix(s, "<?") || strings.HasPrefix(s, "<!") {
		return ""
	}
	if m := openTag.FindStringSubmatch(s); m != nil {
		if m[1] == "/" {
			return strings.TrimSpace(m[3])
		}
		s = m[3]
		if j := strings.LastIndex(strings.ToUpper(s), "</"+strings.ToUpper(m[2])+">"); j >= 0 && j+len(m[2])+3 == len(s) {
			s = s[:j]
		}
		return s
	}
	if m := closeTag.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

var (
	openTag  = regexp.MustCompile(`^<(/?)([A-Za-z][A-Za-z0-9_.:-]*)(?:[ \t][^>]*)?/?>(.*)$`)
	closeTag = regexp.MustCompile(`^(.*)</[A-Za-z][A-Za-z0-9_.:-]*>$`)
)

func TestCorpus(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("no shared corpus")
	}
	var files []string
	filepath.WalkDir(corpusDir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) < 90 {
		t.Fatalf("only %d corpus files", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(corpusDir, f)
		docs := Extract(document.Source{Path: rel}, data, noneOpt())
		if len(docs) != 1 {
			t.Errorf("%s: %d documents", rel, len(docs))
		}
		for _, d := range docs {
			if d.Error != nil {
				t.Errorf("%s: error record %+v", rel, d.Error)
				continue
			}
			if strings.HasPrefix(rel, "ant/") {
				if d.Input.Format != container.TREC || d.ID == nil || d.Title == nil || d.URL == nil || d.Date == nil || len(*d.Date) != 10 {
					t.Errorf("%s: format %s id %v title %v url %v date %v", rel, d.Input.Format, d.ID != nil, d.Title != nil, d.URL != nil, d.Date)
				}
				if !strings.Contains(rel, *d.ID) {
					t.Errorf("%s: id %q", rel, *d.ID)
				}
			}
		}
		if !strings.HasPrefix(rel, "encodings/") {
			checkInvariant(t, rel, strings.ReplaceAll(string(data), "\r", ""), docs)
		}
	}
}
