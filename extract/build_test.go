package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

func TestBuildSeed(t *testing.T) {
	data, err := os.ReadFile("segment/testdata/seed__libya-coalition.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := segBuild("corpus/seed/aljazeera-2016-02-02-libya-coalition.txt", string(data), normalize.Display)
	if d.Title == nil || *d.Title != "التحالف يستبعد تدخلا عسكريا وشيكا بليبيا" {
		t.Errorf("title = %v", d.Title)
	}
	if d.ID == nil || *d.ID != "aljazeera-2016-02-02-libya-coalition" {
		t.Errorf("id = %v", d.ID)
	}
	if len(d.Captions) != 1 {
		t.Fatalf("captions = %d, want 1", len(d.Captions))
	}
	c := d.Captions[0]
	check := func(name string, got *string, want string) {
		t.Helper()
		if got == nil || *got != want {
			t.Errorf("%s = %v, want %q", name, got, want)
		}
	}
	check("caption.credit", c.Credit, "الأوروبية")
	check("caption.agency", c.Agency, "EPA")
	check("caption.date", c.Date, "2016-02-02")
	check("caption.place", c.Place, "Rome, Italy")
	check("caption.ar", c.AR, "كيري قال إن تشكيل حكومة وفاق بليبيا سيحول دون تمدد التنظيم فيها")
	if c.Line != 3 {
		t.Errorf("caption.line = %d, want 3", c.Line)
	}
	check("date", d.Date, "2016-02-02")
	check("language", d.Language, "ar")
	check("dir", d.Dir, "rtl")
	if d.Stats.Paragraphs != 12 || d.Stats.Headings != 1 || d.Stats.Lines != 31 {
		t.Errorf("stats = %+v, want 12 paragraphs, 1 heading, 31 lines", *d.Stats)
	}
	var headings []string
	for _, b := range d.Blocks {
		if b.Type == document.BlockHeading {
			headings = append(headings, b.Text)
		}
	}
	if len(headings) != 1 || headings[0] != "تكثيف الغارات" {
		t.Errorf("headings = %q", headings)
	}
	if d.Attribution == nil || d.Attribution.Text != "الجزيرة + وكالات" || strings.Join(d.Attribution.Names, "|") != "الجزيرة|وكالات" || d.Attribution.Line != 31 {
		t.Errorf("attribution = %+v", d.Attribution)
	}
	if d.Dateline != nil {
		t.Errorf("dateline = %+v, want nil", d.Dateline)
	}
	if !strings.HasPrefix(*d.Fingerprint, "sha256:") || len(*d.Fingerprint) != 7+64 {
		t.Errorf("fingerprint = %q", *d.Fingerprint)
	}
	if len(d.Warnings) != 0 || len(d.Residue) != 0 {
		t.Errorf("warnings = %v, residue = %v", d.Warnings, d.Residue)
	}
	if n := strings.Count(*d.Text, "\n\n"); n != 12 {
		t.Errorf("text has %d paragraph breaks, want 12 (13 blocks)", n)
	}
	if d.Normalization == nil || d.Normalization.Profile != "display" || d.Normalization.Changes == nil {
		t.Errorf("normalization = %+v", d.Normalization)
	}
	if len(d.Lines) != 31 || d.Lines[19].Role != document.RoleHeading || d.Lines[19].Rule == "" {
		t.Errorf("lines: %d, line 20 = %+v", len(d.Lines), d.Lines[19])
	}
}

// The seed's paragraph with `الليبية, لكنه` reads `الليبية، لكنه` under
// display (a normalizer rule); under none it is untouched.
func TestBuildSeedDisplayComma(t *testing.T) {
	data, err := os.ReadFile("segment/testdata/seed__libya-coalition.txt")
	if err != nil {
		t.Fatal(err)
	}
	none := segBuild("seed.txt", string(data), normalize.None)
	if !strings.Contains(*none.Text, "الليبية, لكنه") {
		t.Errorf("profile none changed the text")
	}
	disp := segBuild("seed.txt", string(data), normalize.Display)
	if !strings.Contains(*disp.Text, "الليبية، لكنه") {
		t.Errorf("display text lacks الليبية، لكنه")
	}
}

// Every list is non-nil, so it encodes as [] not null.
func TestBuildEmptyLists(t *testing.T) {
	for _, text := range []string{"", "\n\n", "سطر واحد فقط"} {
		d := segBuild("x.txt", text, normalize.Display)
		if d.Captions == nil || d.Blocks == nil || d.Residue == nil || d.Warnings == nil || d.Lines == nil {
			t.Errorf("%q: nil list in %+v", text, d)
		}
		if d.Attribution != nil && d.Attribution.Names == nil {
			t.Errorf("%q: nil names", text)
		}
		if d.Text == nil || d.Fingerprint == nil || d.Stats == nil || d.Normalization == nil {
			t.Errorf("%q: nil text, fingerprint, stats or normalization", text)
		}
	}
	d := segBuild("x.txt", "", normalize.Display)
	if len(d.Warnings) != 1 || d.Warnings[0].Code != document.WarnEmpty {
		t.Errorf("empty article warnings = %v", d.Warnings)
	}
}

func TestBuildContainerFields(t *testing.T) {
	a := segArticle("a.txt", "نص المقال الأول، وهو فقرة كاملة تنتهي بنقطة وتكفي لتكون فقرة.\n")
	a.HasTitle = true
	id, title, date, author := "DOC-1", "عنوان من الحاوية", "2018-06-24", "كاتب" // containers give ISO dates
	a.Fields = container.Fields{ID: &id, Title: &title, Date: &date, Author: &author}
	d := build(a, Options{Profile: normalize.Display})
	if *d.ID != id || *d.Title != title || *d.Date != "2018-06-24" || *d.Author != author {
		t.Errorf("id %v title %v date %v author %v", *d.ID, *d.Title, *d.Date, *d.Author)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings = %v", d.Warnings)
	}
}

func TestBuildSPAWire(t *testing.T) {
	text := " نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n" +
		" إعداد: صالح آل زمانان, تصوير : صالح الدغاري\n" +
		" تشتهر منطقة نجران منذ فجر التاريخ بكونها إقليم زراعي متعدد الجغرافيا والتربة.\n" +
		" // يتبع //\n 15:37 ت م \n"
	d := segBuild("was.txt", text, normalize.None)
	if d.Date == nil || *d.Date != "2015-08-10" {
		t.Errorf("date = %v", d.Date)
	}
	if d.Author == nil || *d.Author != "صالح آل زمانان" {
		t.Errorf("author = %v", d.Author)
	}
	if d.Dateline == nil || d.Dateline.Place == nil || *d.Dateline.Place != "نجران" || d.Dateline.Agency == nil || *d.Dateline.Agency != "SPA" {
		t.Errorf("dateline = %+v", d.Dateline)
	}
	if len(d.Residue) != 2 || d.Residue[0].Kind != document.ResidueOther {
		t.Errorf("residue = %+v", d.Residue)
	}
}

func TestBuildDatelineInParagraph(t *testing.T) {
	for _, tc := range []struct{ line, text, place, agency string }{
		{"طهران- ما عدا فترات قصيرة ساد خلالها الهدوء في علاقات إيران الخارجية، فإن ملفات طهران حافظت على سخونتها.", "طهران", "طهران", ""},
		{"دبي، الإمارات العربية المتحدة (CNN)-- طلبت هيئة النقل العام في المملكة العربية السعودية معلومات حول مقطع فيديو.", "دبي، الإمارات العربية المتحدة (CNN)", "دبي، الإمارات العربية المتحدة", "CNN"},
		{"واس- الكويت: ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تنتمي لتنظيم داعش وتضم خمسة متهمين.", "واس- الكويت", "الكويت", "SPA"},
		{"الرياض - واس - أصدر مجلس الشورى خلال الفترة الماضية 92 قراراً بشأن الموضوعات المعروضة عليه.", "الرياض - واس", "الرياض", "SPA"},
		{"مدريد -ا ف ب - قال رئيس الوزراء الإسباني اليوم إن الحكومة ستعرض خطتها على البرلمان الأسبوع المقبل.", "مدريد -ا ف ب", "مدريد", "AFP"},
	} {
		d := segBuild("x.txt", "\n"+tc.line+"\n", normalize.None)
		if len(d.Blocks) != 1 || d.Blocks[0].Type != document.BlockParagraph || d.Blocks[0].Text != tc.line {
			t.Errorf("%q: the paragraph must keep its dateline: %+v", tc.line, d.Blocks)
		}
		dl := d.Dateline
		if dl == nil || dl.Text != tc.text || dl.Line != 2 || segDeref(dl.Place) != tc.place || (tc.agency != "" && segDeref(dl.Agency) != tc.agency) {
			t.Errorf("%q: dateline = %+v (place %v agency %v)", tc.line, dl, segDeref(dl.Place), segDeref(dl.Agency))
		}
	}
}

func segDeref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// The nothing-is-lost invariant on every fixture, under --normalize none.
func TestNothingLostFixtures(t *testing.T) {
	files, _ := filepath.Glob("segment/testdata/*.txt")
	trec, _ := filepath.Glob("segment/testdata/*.trec")
	for _, f := range append(files, trec...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := segFixtureArticle(filepath.Base(f), string(data))
		d := build(a, Options{Profile: normalize.None})
		if err := checkNothingLost(a, d); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// The whole shared corpus through the invariant, with role counts. It is
// skipped when the corpus is not beside the checkout.
func TestNothingLostCorpus(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("no corpus at %s", root)
	}
	counts := map[document.Role]int{}
	files := 0
	err := filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if !utf8.Valid(data) {
			t.Logf("%s: not UTF-8, left to the encoding tests", p)
			return nil
		}
		files++
		text := string(data)
		var a *container.Article
		if strings.HasPrefix(strings.TrimPrefix(text, "\ufeff"), "<DOC") {
			a = segTRECArticle(p, text)
		} else {
			a = segArticle(p, text)
		}
		d := build(a, Options{Profile: normalize.None})
		if err := checkNothingLost(a, d); err != nil {
			t.Errorf("%s: %v", p, err)
		}
		for _, l := range d.Lines {
			counts[l.Role]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var roles []string
	for r := range counts {
		roles = append(roles, string(r))
	}
	sort.Strings(roles)
	var b strings.Builder
	for _, r := range roles {
		b.WriteString(r + "=" + strconv.Itoa(counts[document.Role(r)]) + " ")
	}
	t.Logf("%d files; roles: %s", files, b.String())
}
