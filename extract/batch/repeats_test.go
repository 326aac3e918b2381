package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/normalize"
)

// siteArticle is article i of a site whose pages open with its name and
// its menu and close with its footer.
func siteArticle(i int) string {
	return strings.Join([]string{
		"جريدة الأنباء اليومية",
		"الرئيسية محليات رياضة اقتصاد",
		"",
		fmt.Sprintf("الحكومة تناقش الملف رقم %d في جلستها", i),
		"",
		fmt.Sprintf("وقال المتحدث باسم الحكومة إن الجلسة رقم %d بحثت ملفات عدة تخص المواطنين وسبل تحسين الخدمات المقدمة لهم في المدن.", i),
		"",
		fmt.Sprintf("وأضاف أن الوزراء اتفقوا على متابعة تنفيذ القرارات خلال الأسابيع المقبلة، على أن يعرض تقرير عنها في الجلسة %d.", i+1),
		"",
		"جميع المواد المنشورة تعبر عن رأي كتابها",
		"",
	}, "\n")
}

// runRepeats converts dir with Repeats k on jobs workers; it returns the
// JSON Lines output and the documents.
func runRepeats(t *testing.T, inputs []string, k, jobs int) (string, []document.Document) {
	t.Helper()
	var out bytes.Buffer
	cfg := Config{Inputs: inputs, Jobs: jobs, Repeats: k, Extract: extract.Options{Profile: normalize.Display}}
	sink := NewStreamSink(encode.JSONL{}, &out, "")
	if _, err := Run(context.Background(), cfg, slowConvert(cfg.Extract), sink, Report{}); err != nil {
		t.Fatal(err)
	}
	if err := sink.Close(true); err != nil {
		t.Fatal(err)
	}
	var docs []document.Document
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var d document.Document
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return out.String(), docs
}

// residueTexts are the texts of d's residue.
func residueTexts(d document.Document) []string {
	var out []string
	for _, r := range d.Residue {
		out = append(out, r.Text)
	}
	return out
}

// A site's name and menu, in every article of a folder, are residue with
// Repeats; the articles' own lines are not, the title is the article's,
// and the output is the same for any number of workers.
func TestRepeatsMarkChrome(t *testing.T) {
	dir := t.TempDir()
	for i := range 6 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(siteArticle(i)), 0o644)
	}
	// another folder holds one page of the site: too few to count
	os.MkdirAll(filepath.Join(dir, "other"), 0o755)
	os.WriteFile(filepath.Join(dir, "other", "b.txt"), []byte(siteArticle(9)), 0o644)

	off, docsOff := runRepeats(t, []string{dir}, 0, 4)
	on1, docs := runRepeats(t, []string{dir}, 5, 1)
	on8, _ := runRepeats(t, []string{dir}, 5, 8)
	if on1 != on8 {
		t.Fatal("-j 1 and -j 8 differ with Repeats")
	}
	if off == on1 {
		t.Fatal("Repeats changed nothing")
	}
	if len(docs) != 7 {
		t.Fatalf("%d documents, want 7", len(docs))
	}
	for i, d := range docs[:6] {
		res := strings.Join(residueTexts(d), "|")
		if !strings.Contains(res, "جريدة الأنباء اليومية") || !strings.Contains(res, "الرئيسية محليات رياضة اقتصاد") {
			t.Errorf("article %d: residue %q lacks the site's name and menu", i, res)
		}
		if d.Title == nil || !strings.Contains(*d.Title, fmt.Sprintf("رقم %d", i)) {
			t.Errorf("article %d: title %v, want the article's", i, d.Title)
		}
		if len(d.Blocks) < 2 {
			t.Errorf("article %d: %d blocks, want its paragraphs", i, len(d.Blocks))
		}
		for _, l := range d.Lines {
			if l.Text == "جريدة الأنباء اليومية" && l.Rule != "repeated-line" {
				t.Errorf("article %d: the site's name decided by %s", i, l.Rule)
			}
		}
	}
	// the folder with one page: as without Repeats
	if got, want := residueTexts(docs[6]), residueTexts(docsOff[6]); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("a single page changed: residue %q, was %q", got, want)
	}
}

// An article reprinted whole in the batch (its long lines recur) keeps
// its short lines: a letter's opening in five papers is not chrome.
func TestRepeatsSpareReprints(t *testing.T) {
	dir := t.TempDir()
	letter := "بسم الله الرحمن الرحيم\n\nوقال الملك في رسالته إن المملكة ماضية في دعم الأشقاء في كل المجالات حتى يتحقق لهم الأمن والاستقرار.\n\nوالله ولي التوفيق\n"
	for i := range 5 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.txt", i)), []byte(fmt.Sprintf("الملك يوجه رسالة إلى الأشقاء %d\n\n", i)+letter), 0o644)
	}
	_, docs := runRepeats(t, []string{dir}, 5, 2)
	for i, d := range docs {
		for _, l := range d.Lines {
			if l.Rule == "repeated-line" {
				t.Errorf("article %d: line %d %q made repeated", i, l.N, l.Text)
			}
		}
	}
}

// Repeats below 2 count nothing; standard input and file lists are read
// once: there Repeats is off.
func TestRepeatsOff(t *testing.T) {
	if rereadable(Config{Inputs: []string{"a", "-"}}) {
		t.Error("standard input is not read twice")
	}
	if !rereadable(Config{Inputs: []string{"a", "b"}}) {
		t.Error("files are read twice")
	}
	if r := newRepeats(1); r.min != 2 {
		t.Errorf("Repeats 1 counts from %d, want 2", r.min)
	}
}

// The counts are at least the true counts, per group.
func TestRepeatsCount(t *testing.T) {
	r := newRepeats(3)
	for range 4 {
		r.add("g", []string{"menu", "footer"})
	}
	r.add("h", []string{"menu"})
	if c := r.count("g", "menu"); c < 4 {
		t.Errorf("menu in g: %d, want at least 4", c)
	}
	if c := r.count("h", "menu"); c < 1 || c >= 4 {
		t.Errorf("menu in h: %d, want 1 (groups are apart)", c)
	}
	if c := r.count("g", "other"); c != 0 {
		t.Errorf("a key never added: %d", c)
	}
}

// A counter stops at its largest value, and its neighbour in the word is
// not touched.
func TestRepeatsSaturate(t *testing.T) {
	r := newRepeats(2)
	for range 70000 {
		r.inc(0, 6)
	}
	r.inc(0, 7)
	if c := r.cells[0][3].Load(); c&0xffff != 0xffff || c>>16 != 1 {
		t.Errorf("word %#x, want counter 6 full and counter 7 at 1", c)
	}
}
