package pagecheck

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/review"
	"github.com/sahifa/sahifa/normalize"
)

// seedPath is the project's canonical article (the spec's layout).
const seedPath = "../../../testdata/sample/aljazeera-2016-02-02-libya-coalition.txt"

// samples are the bundled sample articles.
func samples(t testing.TB) []string {
	files, err := filepath.Glob("../../../testdata/sample/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	return files
}

// extractFile extracts the articles of a file as `sahifa extract` does.
func extractFile(t testing.TB, path string) []*document.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return extract.Extract(document.Source{Path: path}, data, extract.Options{Profile: normalize.Display})
}

// articlePage is the -f html page of the first article of path.
func articlePage(t testing.TB, path string) ([]byte, *document.Document) {
	t.Helper()
	d := extractFile(t, path)[0]
	b, err := encode.HTML{}.AppendFile(nil, d)
	if err != nil {
		t.Fatal(err)
	}
	return b, d
}

// reviewPage is the inspect --html page of path.
func reviewPage(t testing.TB, path string) ([]byte, []*review.Article) {
	t.Helper()
	p := review.Page{Source: path, Profile: "display"}
	norm := normalize.New(normalize.Display).String
	for _, d := range extractFile(t, path) {
		p.Articles = append(p.Articles, review.New(review.DocName(d, path), d, norm))
	}
	var buf bytes.Buffer
	if err := review.WriteHTML(&buf, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), p.Articles
}

func checkPage(t *testing.T, name string, page []byte) {
	t.Helper()
	for _, err := range Check(page) {
		t.Errorf("%s: %v", name, err)
	}
	// Text may mention a URL; no attribute may point to one.
	for _, s := range []string{`="http:`, `="https:`, `="//`, "@import"} {
		if bytes.Contains(page, []byte(s)) {
			t.Errorf("%s: the page has %s", name, s)
		}
	}
}

func TestArticlePagesValid(t *testing.T) {
	for _, f := range samples(t) {
		page, _ := articlePage(t, f)
		checkPage(t, filepath.Base(f), page)
	}
}

func TestReviewPagesValid(t *testing.T) {
	for _, f := range samples(t) {
		page, arts := reviewPage(t, f)
		// one <h1> per page: the review page's is the input's name
		checkPage(t, filepath.Base(f), page)
		if n, want := bytes.Count(page, []byte("<tr id=")), len(arts[0].Rows); n != want {
			t.Errorf("%s: %d rows, want one per line (%d)", f, n, want)
		}
	}
}

func TestIndexPageValid(t *testing.T) {
	_, d := articlePage(t, seedPath)
	p := &encode.IndexPage{
		Folder:   "seed",
		Folders:  []encode.IndexFolder{{Name: "2016 #1?", Articles: 3}},
		Articles: []encode.IndexEntry{encode.NewIndexEntry("a b#c.html", d)},
	}
	page, err := encode.HTML{}.AppendIndex(nil, p)
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, "index", page)
	for _, want := range []string{`href="2016%20%231%3F/index.html"`, `href="a%20b%23c.html" lang="ar" dir="rtl">التحالف يستبعد`, `<a href="../index.html">`} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("index page lacks %s", want)
		}
	}
}

// TestCheckFinds checks that Check can fail: each broken page gives the
// error it should.
func TestCheckFinds(t *testing.T) {
	for page, want := range map[string]string{
		`<html lang="ar" dir="rtl"><body><h1>x</h1><p>y</body></html>`:                                                 "</body> closes </p>",
		`<html lang="ar" dir="rtl"><body><p>y</p></body></html>`:                                                       "0 <h1> elements",
		`<html><body><h1>x</h1></body></html>`:                                                                         "<h1> has no language",
		`<html lang="ar" dir="rtl"><body><h1 lang="en">x</h1></body></html>`:                                           "give both or neither",
		`<html lang="ar" dir="rtl"><body><h1>x</h1><img src="http://e/x.png"></body></html>`:                           "fetches a resource",
		`<html lang="ar" dir="rtl"><head><style>p{background:url(x.png)}</style></head><body><h1>x</h1></body></html>`: "style sheet fetches",
	} {
		var got []string
		for _, err := range Check([]byte(page)) {
			got = append(got, err.Error())
		}
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("Check(%s) = %q, want an error with %q", page, got, want)
		}
	}
}
