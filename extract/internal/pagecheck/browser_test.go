package pagecheck

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/review"
)

// The pages in a real browser: a headless Chromium (Debian's
// chromium-headless-shell or chromium, installed by .ci/run), started
// once and shared by the tests, one tab each. Without one the tests are
// skipped, with a message.
//
// SAHIFA_SCREENSHOTS=DIR (make screenshots) writes screenshots of the
// seed's pages to DIR, and of every file listed in SAHIFA_SCREENSHOT_INPUTS
// (separated by spaces), for a person to look at.

var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
	pagesDir    string
)

// browsers are the programs tried, in order.
var browsers = []string{"chromium-headless-shell", "headless_shell", "headless-shell", "chromium", "chromium-browser", "google-chrome"}

func TestMain(m *testing.M) {
	code := m.Run()
	if browserCtx != nil {
		chromedp.Cancel(browserCtx)
	}
	if pagesDir != "" {
		os.RemoveAll(pagesDir)
	}
	os.Exit(code)
}

// tab opens a new tab of the shared browser, or skips the test.
func tab(t *testing.T) context.Context {
	t.Helper()
	browserOnce.Do(func() {
		path := ""
		for _, b := range browsers {
			if p, err := exec.LookPath(b); err == nil {
				path = p
				break
			}
		}
		if path == "" {
			browserErr = fmt.Errorf("no headless browser (%s) on PATH; install chromium-headless-shell", strings.Join(browsers, ", "))
			return
		}
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1000, 900))
		alloc, _ := chromedp.NewExecAllocator(context.Background(), opts...)
		browserCtx, _ = chromedp.NewContext(alloc)
		if err := chromedp.Do(browserCtx); err != nil {
			browserErr = fmt.Errorf("cannot start %s: %v", path, err)
			return
		}
		pagesDir, browserErr = os.MkdirTemp("", "sahifa-pages-")
	})
	if browserErr != nil {
		t.Skipf("browser tests skipped: %v", browserErr)
	}
	ctx, cancel := chromedp.NewContext(browserCtx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// open writes page as name and loads it from file://, recording every
// request that is not for the page itself.
func open(t *testing.T, ctx context.Context, name string, page []byte) (requests func() []string) {
	t.Helper()
	path := filepath.Join(pagesDir, name)
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + path
	var mu sync.Mutex
	var others []string
	chromedp.Listen(ctx, func(ev any) {
		if r, ok := ev.(*network.EventRequestWillBeSent); ok && r.Request.URL != url {
			mu.Lock()
			others = append(others, r.Request.URL)
			mu.Unlock()
		}
	})
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatalf("loading %s: %v", name, err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(others)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %.60s: %v", js, err)
	}
	return v
}

// screenshot writes a PNG of the page at a width (0: the window's), at
// most 8000 pixels of its height, to $SAHIFA_SCREENSHOTS/name, when that
// is set.
func screenshot(t *testing.T, ctx context.Context, name string, width int64) {
	dir := os.Getenv("SAHIFA_SCREENSHOTS")
	if dir == "" {
		return
	}
	var opts []chromedp.EmulateViewportOption
	if width > 0 {
		opts = append(opts, chromedp.EmulateMobile)
	} else {
		width = 1000
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 800, opts...)); err != nil {
		t.Fatal(err)
	}
	h := eval[int64](t, ctx, `document.documentElement.scrollHeight`)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, min(h, 8000), opts...)); err != nil {
		t.Fatal(err)
	}
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", filepath.Join(dir, name))
	if err := chromedp.Do(ctx, chromedp.ResetViewport()); err != nil {
		t.Fatal(err)
	}
}

// ink is the box of the pixels of img that differ from its corner's
// colour, and their share of all pixels.
func ink(t *testing.T, shot []byte) (box image.Rectangle, share float64) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	br, bg, bb, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	n := 0
	box = image.Rectangle{Min: b.Max, Max: b.Min}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if diff(r, br)+diff(g, bg)+diff(bl, bb) > 3*0x2000 {
				n++
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box, float64(n) / float64(b.Dx()*b.Dy())
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// arabicFonts are fonts with Arabic glyphs that the pages name or that a
// Debian machine falls back to.
var arabicFonts = []string{"Noto Naskh Arabic", "Amiri", "KacstOne", "KacstBook", "Scheherazade New", "Noto Sans Arabic", "DejaVu Sans", "KacstFarsi", "KacstQurn", "KacstNaskh"}

// checkArabicPainted checks that the element sel shows Arabic: its
// screenshot has ink, hugging the right edge (right to left); its
// platform fonts have Arabic glyphs; a canvas in its font gives Arabic
// letters widths other than the missing glyph's, and joins them (four
// joined letters are narrower than four alone).
func checkArabicPainted(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	shot, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(sel), chromedp.NodeVisible))
	if err != nil {
		t.Fatal(err)
	}
	box, share := ink(t, shot)
	img, _ := png.Decode(bytes.NewReader(shot))
	w := img.Bounds().Dx()
	if share < 0.02 {
		t.Errorf("%s: %.1f%% of its pixels are ink: is the Arabic painted?", sel, 100*share)
	} else if left, right := box.Min.X, w-box.Max.X; right > left {
		t.Errorf("%s: the text starts %dpx from the right edge and %dpx from the left: not right to left", sel, right, left)
	}

	ids, err := chromedp.Run(ctx, chromedp.QueryNodeIDs(chromedp.CSS(sel)))
	if err != nil || len(ids) == 0 {
		t.Fatalf("%s: %v", sel, err)
	}
	used, err := platformFonts(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	arabic := 0.0
	var names []string
	for _, f := range used {
		names = append(names, fmt.Sprintf("%s (%g glyphs)", f.FamilyName, f.GlyphCount))
		if slices.Contains(arabicFonts, f.FamilyName) {
			arabic += f.GlyphCount
		}
	}
	if arabic == 0 {
		t.Errorf("%s: painted with %s, none of which has Arabic glyphs", sel, strings.Join(names, ", "))
	}
	t.Logf("%s: fonts %s", sel, strings.Join(names, ", "))

	m := eval[map[string]float64](t, ctx, `(() => {
		const c = document.createElement("canvas").getContext("2d");
		c.font = getComputedStyle(document.querySelector(`+jsString(sel)+`)).font;
		const w = s => c.measureText(s).width;
		return {alone: w("ب"), joined: w("بببب"), missing: w("\u{10FFFD}"), ain: w("ع"), qaf: w("ق"), lam: w("ل")};
	})()`)
	if m["ain"] == m["missing"] && m["qaf"] == m["missing"] && m["lam"] == m["missing"] {
		t.Errorf("%s: Arabic letters are as wide as the missing glyph (%g): boxes, not letters", sel, m["missing"])
	}
	if m["joined"] >= 4*m["alone"]*0.95 {
		t.Errorf("%s: four joined ب are %g wide, four alone %g: the letters are not joined", sel, m["joined"], 4*m["alone"])
	}
}

// platformFonts are the fonts the browser used to paint a node's text.
func platformFonts(ctx context.Context, id cdp.NodeID) ([]*css.PlatformFontUsage, error) {
	var out []*css.PlatformFontUsage
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Call(ctx, css.Enable, cdp.Empty{}); err != nil {
			return err
		}
		r, err := chromedp.Call(ctx, css.GetPlatformFontsForNode, css.GetPlatformFontsForNodeParams{NodeID: id})
		out = r.Fonts
		return err
	}))
	return out, err
}

func jsString(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// expectedTexts are the texts of an article's page in reading order:
// title, captions (Arabic, English), blocks, attribution, as the
// document has them.
func expectedTexts(d *document.Document) []string {
	type item struct {
		line  int
		texts []string
	}
	var items []item
	for _, c := range d.Captions {
		var ts []string
		for _, s := range []*string{c.AR, c.EN} {
			if s != nil {
				ts = append(ts, *s)
			}
		}
		items = append(items, item{c.Line, ts})
	}
	for _, b := range d.Blocks {
		if b.Text != "" {
			items = append(items, item{b.Line, []string{b.Text}})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].line < items[j].line })
	out := []string{*d.Title}
	for _, it := range items {
		out = append(out, it.texts...)
	}
	if a := d.Attribution; a != nil {
		s := a.Text
		if a.Label != nil {
			s = *a.Label + " " + s
		}
		out = append(out, s)
	}
	for i := range out {
		out[i] = strings.Join(strings.Fields(out[i]), " ")
	}
	return out
}

func TestBrowserArticlePage(t *testing.T) {
	ctx := tab(t)
	page, d := articlePage(t, seedPath)
	requests := open(t, ctx, "seed.html", page)

	type dirs struct {
		Lang, Page, H1, AR, EN string
		Paragraphs             []string
		Texts                  []string
		ResidueOpen            bool
	}
	got := eval[dirs](t, ctx, `(() => {
		const dir = e => getComputedStyle(e).direction;
		const q = s => document.querySelector(s);
		return {
			Lang: document.documentElement.lang, Page: dir(document.documentElement), H1: dir(q("h1")),
			AR: dir(q("figcaption [lang=ar]")), EN: dir(q("figcaption [lang=en]")),
			Paragraphs: [...document.querySelectorAll("p.paragraph")].map(dir),
			Texts: [...document.querySelectorAll("article h1, figcaption p.caption, article > p, article h2, article li")].map(e => e.innerText.split(/\s+/).filter(Boolean).join(" ")),
		};
	})()`)
	if got.Lang != "ar" || got.Page != "rtl" || got.H1 != "rtl" || got.AR != "rtl" {
		t.Errorf("page lang %q, direction %s, h1 %s, Arabic caption %s: want ar, rtl, rtl, rtl", got.Lang, got.Page, got.H1, got.AR)
	}
	if got.EN != "ltr" {
		t.Errorf("the English caption's direction is %s, want ltr", got.EN)
	}
	for i, p := range got.Paragraphs {
		if p != "rtl" {
			t.Errorf("paragraph %d: direction %s, want rtl", i, p)
		}
	}
	if want := expectedTexts(d); !slices.Equal(got.Texts, want) {
		t.Errorf("the page's text is not the document's:\n got %q\nwant %q", got.Texts, want)
	}
	checkArabicPainted(t, ctx, "h1")
	checkArabicPainted(t, ctx, "p.paragraph")
	if r := requests(); len(r) > 0 {
		t.Errorf("the page requested %q", r)
	}
	screenshot(t, ctx, "seed-article.png", 0)
	screenshot(t, ctx, "seed-article-phone.png", 390)
}

func TestBrowserReviewPage(t *testing.T) {
	ctx := tab(t)
	page, arts := reviewPage(t, seedPath)
	requests := open(t, ctx, "seed-review.html", page)
	a := arts[0]

	// every line carries its role and rule
	rows := eval[[][3]string](t, ctx, `[...document.querySelectorAll("tr[data-n]")].map(tr => [tr.dataset.n, tr.dataset.role, tr.dataset.rule])`)
	if len(rows) != len(a.Rows) {
		t.Fatalf("%d rows on the page, want %d", len(rows), len(a.Rows))
	}
	for i, r := range a.Rows {
		if rows[i] != [3]string{fmt.Sprint(r.N), string(r.Role), r.Rule} {
			t.Errorf("row %d: %q, want %d %s %s", i, rows[i], r.N, r.Role, r.Rule)
		}
	}
	checkArabicPainted(t, ctx, `tr[data-n="1"] td.text`)

	// the keyboard walks the lines: j four times is line 4, k back to 3
	// (blank lines are hidden by the filter first)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.legend input[data-role="blank"]`))); err != nil {
		t.Fatal(err)
	}
	hidden := eval[int](t, ctx, `document.querySelectorAll("tr[data-role=blank][hidden]").length`)
	if hidden == 0 {
		t.Errorf("the blank filter hid no line")
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("jjjk")); err != nil {
		t.Fatal(err)
	}
	if n := eval[string](t, ctx, `document.querySelector("tr.cur").dataset.n`); n != "3" {
		t.Errorf("after j j j k the current line is %s, want 3 (line 2 is blank, hidden)", n)
	}
	// e edits the current line's role: caption_en becomes paragraph
	if err := chromedp.Do(ctx, chromedp.KeyEvent("e")); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `(() => { const s = document.querySelector("tr.cur select"); s.value = "paragraph"; s.dispatchEvent(new Event("change")); return true; })()`)
	if n := eval[string](t, ctx, `document.querySelector(".edits").textContent`); n != "1" {
		t.Errorf("%s lines counted as changed, want 1", n)
	}

	// the download is the labels, with the change
	dl := t.TempDir()
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			yes := true
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dl, EventsEnabled: &yes})
			return err
		}),
		chromedp.Click(chromedp.CSS("button.download")),
	); err != nil {
		t.Fatal(err)
	}
	var file string
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("waiting for the download: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			file = filepath.Join(dl, ev.GUID)
			break
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	labels, err := review.ParseLabels(bytes.NewReader(got), "download")
	if err != nil {
		t.Fatalf("the download does not parse as labels: %v\n%s", err, got)
	}
	for _, r := range a.Rows {
		want := []document.Role{r.Role}
		if r.N == 3 {
			want = []document.Role{document.RoleParagraph}
		}
		if !slices.Equal(labels[r.N], want) {
			t.Errorf("downloaded labels: line %d is %v, want %v", r.N, labels[r.N], want)
		}
	}
	// unchanged lines are written as AppendLabels writes them
	want := strings.Replace(string(review.AppendLabels(nil, a)), "\n3 caption_en\n", "\n3 paragraph  # was caption_en\n", 1)
	if string(got) != want {
		t.Errorf("download:\n%s\nwant:\n%s", got, want)
	}
	if r := requests(); slices.ContainsFunc(r, func(u string) bool { return !strings.HasPrefix(u, "blob:") }) {
		t.Errorf("the page requested %q", r)
	}
	screenshot(t, ctx, "seed-review.png", 0)
}

// TestBrowserScreenshots writes screenshots of the pages of the files in
// $SAHIFA_SCREENSHOT_INPUTS (make screenshots INPUTS="…").
func TestBrowserScreenshots(t *testing.T) {
	inputs := strings.Fields(os.Getenv("SAHIFA_SCREENSHOT_INPUTS"))
	if len(inputs) == 0 || os.Getenv("SAHIFA_SCREENSHOTS") == "" {
		t.Skip("no SAHIFA_SCREENSHOT_INPUTS and SAHIFA_SCREENSHOTS")
	}
	ctx := tab(t)
	for _, in := range inputs {
		stem := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		page, _ := articlePage(t, in)
		open(t, ctx, stem+".html", page)
		screenshot(t, ctx, stem+"-article.png", 0)
		rp, _ := reviewPage(t, in)
		open(t, ctx, stem+"-review.html", rp)
		screenshot(t, ctx, stem+"-review.png", 0)
	}
}
