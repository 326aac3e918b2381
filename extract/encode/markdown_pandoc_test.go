package encode

import (
	"os/exec"
	"strings"
	"testing"
)

// TestMarkdownPandocTitleOnce renders a golden Markdown document with
// `pandoc -s` (when pandoc is installed) and checks that the page shows
// the title in one heading only: the front matter's title, with no `# title`
// heading in the body, and one <figcaption> per <figure>.
func TestMarkdownPandocTitleOnce(t *testing.T) {
	pandoc, err := exec.LookPath("pandoc")
	if err != nil {
		t.Skip("pandoc not installed")
	}
	d := markdownDocument("استبعد التحالف الدولي تدخلا عسكريا")
	d.Title = ptr("التحالف يستبعد تدخلا عسكريا وشيكا بليبيا")
	var md strings.Builder
	if err := WriteMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(pandoc, "-s", "-f", "markdown", "-t", "html")
	cmd.Stdin = strings.NewReader(md.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc: %v", err)
	}
	page := string(out)
	if n := strings.Count(page, "<h1"); n != 1 {
		t.Errorf("pandoc -s page has %d <h1> headings, want 1 (the title once):\n%s", n, page)
	}
	if n := strings.Count(page, "<figcaption"); n != strings.Count(page, "<figure") {
		t.Errorf("pandoc -s page has %d figcaptions for %d figures:\n%s", n, strings.Count(page, "<figure"), page)
	}
}
