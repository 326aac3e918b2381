package encode

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// outputCorpora are the folders of real articles whose every output is
// checked against the schema and read back from Markdown. The shared corpus
// is in the project's workspace but not in a user's clone: missing folders
// are skipped.
var outputCorpora = []string{"../../testdata", "../../../shared/corpus"}

// corpusFiles lists the article files under the folders that exist.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	files := walkFiles(t, outputCorpora, func(name string) bool {
		return !strings.HasPrefix(name, ".") && !strings.EqualFold(name, "README.md") &&
			name != "MANIFEST.tsv" && !strings.HasSuffix(name, ".go")
	})
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	return files
}

// walkFiles lists the files under the folders of dirs that exist (the
// others are skipped, with a log line) whose base name keep accepts.
func walkFiles(t *testing.T, dirs []string, keep func(name string) bool) []string {
	t.Helper()
	var files []string
	for _, dir := range dirs {
		if _, err := os.Stat(dir); err != nil {
			t.Logf("skipping %s: %v", dir, err)
			continue
		}
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && keep(d.Name()) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// TestOutputCorpus extracts every corpus file under every profile, and
// checks that the JSON Lines are valid under the schema; under the display
// profile, also the pretty array of `-f json`, and that the Markdown reads
// back as the document's text with a CommonMark and a YAML parser.
func TestOutputCorpus(t *testing.T) {
	files := corpusFiles(t)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, prof := range []normalize.Profile{normalize.None, normalize.Display, normalize.Search} {
			t.Run(filepath.ToSlash(p)+"/"+prof.String(), func(t *testing.T) {
				docs := extract.Extract(document.Source{Path: filepath.ToSlash(p)}, data, extract.Options{In: "auto", Encoding: "auto", Profile: prof})
				var lines bytes.Buffer
				var array bytes.Buffer
				aw := NewJSONArrayWriter(&array, true)
				// The array and the Markdown do not depend on the profile:
				// one profile is enough for them.
				full := prof == normalize.Display
				for _, d := range docs {
					if err := WriteJSON(&lines, d, false); err != nil {
						t.Fatal(err)
					}
					if full {
						if err := aw.Write(d); err != nil {
							t.Fatal(err)
						}
						if d.Error == nil {
							checkMarkdown(t, d, false)
						}
					}
				}
				validateAgainstSchema(t, lines.Bytes())
				if full {
					if err := aw.Close(); err != nil {
						t.Fatal(err)
					}
					validateAgainstSchema(t, array.Bytes())
				}
			})
		}
	}
}
