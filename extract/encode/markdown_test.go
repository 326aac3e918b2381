package encode

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"gopkg.in/yaml.v3"
)

// mdBlock is one block of a Markdown document as a parser reads it back.
type mdBlock struct {
	Kind string // h1, h2, p, li, figcaption-ar, figcaption-en
	Text string
}

func (b mdBlock) String() string { return fmt.Sprintf("%s %q", b.Kind, b.Text) }

// parseMarkdown splits out into its front matter, read with a YAML parser,
// and its body, read with goldmark (CommonMark, or GFM when gfm is set).
// It fails the test on any construct WriteMarkdown should never produce.
func parseMarkdown(t testing.TB, out []byte, gfm bool) (map[string]string, []mdBlock) {
	t.Helper()
	s := string(out)
	if !strings.HasPrefix(s, "---\n") {
		t.Fatalf("no front matter:\n%s", s)
	}
	end := strings.Index(s[4:], "\n---\n")
	if end < 0 {
		t.Fatalf("front matter not closed:\n%s", s)
	}
	fm, body := s[4:4+end+1], s[4+end+5:]
	for _, line := range strings.Split(strings.TrimSuffix(fm, "\n"), "\n") {
		if _, v, ok := strings.Cut(line, ": "); !ok || !strings.HasPrefix(v, `"`) {
			t.Errorf("front matter value not quoted: %q", line)
		}
	}
	var raw map[string]any
	if err := yaml.Unmarshal([]byte(fm), &raw); err != nil {
		t.Fatalf("front matter is not YAML: %v\n%s", err, fm)
	}
	front := map[string]string{}
	for k, v := range raw {
		sv, ok := v.(string)
		if !ok {
			t.Errorf("front matter %s is a %T, want a string", k, v)
		}
		front[k] = sv
	}

	var md goldmark.Markdown
	if gfm {
		md = goldmark.New(goldmark.WithExtensions(extension.GFM))
	} else {
		md = goldmark.New()
	}
	src := []byte(body)
	doc := md.Parser().Parse(text.NewReader(src))
	var blocks []mdBlock
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			blocks = append(blocks, mdBlock{fmt.Sprintf("h%d", n.Level), inlineText(t, n, src)})
		case *ast.Paragraph:
			blocks = append(blocks, mdBlock{"p", inlineText(t, n, src)})
		case *ast.List:
			if n.IsOrdered() || n.Marker != '-' {
				t.Errorf("unexpected list %q", n.Marker)
			}
			for li := n.FirstChild(); li != nil; li = li.NextSibling() {
				switch c := li.ChildCount(); {
				case c == 0:
					blocks = append(blocks, mdBlock{"li", ""})
				case c == 1 && (li.FirstChild().Kind() == ast.KindTextBlock || li.FirstChild().Kind() == ast.KindParagraph):
					blocks = append(blocks, mdBlock{"li", inlineText(t, li.FirstChild(), src)})
				default:
					t.Errorf("list item with %d children (%s)", c, li.FirstChild().Kind())
				}
			}
		case *ast.HTMLBlock:
			var raw strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				raw.Write(seg.Value(src))
			}
			if n.HasClosure() {
				raw.Write(n.ClosureLine.Value(src))
			}
			blocks = append(blocks, figcaptions(t, raw.String())...)
		default:
			t.Errorf("unexpected block %s", n.Kind())
		}
	}
	return front, blocks
}

var figureRE = regexp.MustCompile(`^<figure>\n<figcaption>\n((?:<p dir="(?:rtl|ltr)" lang="(?:ar|en)">[^<\n]*</p>\n)+)</figcaption>\n</figure>\n$`)
var figcaptionRE = regexp.MustCompile(`<p dir="(rtl|ltr)" lang="(ar|en)">([^<\n]*)</p>`)

// figcaptions reads the captions of a <figure> HTML block.
func figcaptions(t testing.TB, raw string) []mdBlock {
	t.Helper()
	if !figureRE.MatchString(raw) {
		t.Errorf("HTML block is not a figure of figcaptions:\n%s", raw)
		return nil
	}
	var out []mdBlock
	for _, m := range figcaptionRE.FindAllStringSubmatch(raw, -1) {
		if (m[1] == "rtl") != (m[2] == "ar") {
			t.Errorf("figcaption dir %s with lang %s", m[1], m[2])
		}
		out = append(out, mdBlock{"figcaption-" + m[2], html.UnescapeString(m[3])})
	}
	return out
}

// inlineText is the text a renderer shows for the inline content of n:
// backslash escapes and character references resolved. Anything but plain
// text (emphasis, links, code, raw HTML, line breaks) fails the test: the
// writer must have escaped it.
func inlineText(t testing.TB, n ast.Node, src []byte) string {
	t.Helper()
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.SoftLineBreak() || c.HardLineBreak() {
				t.Errorf("line break in %q", src)
			}
			gmhtml.DefaultWriter.Write(w, c.Segment.Value(src))
		case *ast.String:
			gmhtml.DefaultWriter.Write(w, c.Value)
		case *ast.AutoLink:
			// GFM's autolinks of bare URLs show their text as it stands.
			gmhtml.DefaultWriter.RawWrite(w, c.Label(src))
		default:
			t.Errorf("inline %s in %q", c.Kind(), n.Lines().Value(src))
		}
	}
	w.Flush()
	return html.UnescapeString(buf.String())
}

// expectedMarkdown lists the blocks a parser should read back from the
// Markdown of d, in the order WriteMarkdown documents.
func expectedMarkdown(d *document.Document) []mdBlock {
	var out []mdBlock
	ci, bi := 0, 0
	for ci < len(d.Captions) || bi < len(d.Blocks) {
		if ci < len(d.Captions) && (bi == len(d.Blocks) || d.Captions[ci].Line <= d.Blocks[bi].Line) {
			ar, en := captionText(&d.Captions[ci])
			if ar != "" {
				out = append(out, mdBlock{"figcaption-ar", htmlText(ar)})
			}
			if en != "" {
				out = append(out, mdBlock{"figcaption-en", htmlText(en)})
			}
			ci++
			continue
		}
		b := d.Blocks[bi]
		bi++
		switch b.Type {
		case document.BlockHeading:
			out = append(out, mdBlock{"h2", cleanText(b.Text)})
		case document.BlockListItem:
			out = append(out, mdBlock{"li", cleanText(b.Text)})
		default:
			if b.Text != "" {
				out = append(out, mdBlock{"p", cleanText(b.Text)})
			}
		}
	}
	if d.Attribution != nil {
		out = append(out, mdBlock{"p", attributionPrefix + cleanText(d.Attribution.Text)})
	}
	return out
}

// checkMarkdown writes d as Markdown, reads it back with goldmark and
// yaml.v3, and compares with the document. It returns the output.
func checkMarkdown(t testing.TB, d *document.Document, gfm bool) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !utf8.ValidString(out) {
		t.Errorf("output is not UTF-8")
	}
	if strings.ContainsAny(out, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
		var in bytes.Buffer
		WriteJSON(&in, d, false)
		if !strings.ContainsAny(in.String(), "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
			t.Errorf("bidi control inserted:\n%s", out)
		}
	}
	front, blocks := parseMarkdown(t, buf.Bytes(), gfm)
	want := map[string]string{}
	set := func(k string, v *string) {
		if v != nil {
			want[k] = strings.ToValidUTF8(*v, "\uFFFD")
		}
	}
	src := source(d.Input)
	if d.Error != nil {
		set("source", &src)
		set("id", d.ID)
		e := string(d.Error.Code) + ": " + d.Error.Message
		set("error", &e)
	} else {
		set("title", d.Title)
		set("lang", d.Language)
		set("dir", d.Dir)
		set("date", d.Date)
		set("date_hijri", d.DateHijri)
		if d.Attribution != nil {
			set("attribution", &d.Attribution.Text)
		}
		set("source", &src)
		set("id", d.ID)
		set("url", d.URL)
		set("author", d.Author)
	}
	if fmt.Sprint(front) != fmt.Sprint(want) {
		t.Errorf("front matter = %q\nwant          %q", front, want)
	}
	var wantBlocks []mdBlock
	if d.Error == nil {
		wantBlocks = expectedMarkdown(d)
	}
	if fmt.Sprint(blocks) != fmt.Sprint(wantBlocks) {
		t.Errorf("blocks read back:\n%v\nwant:\n%v\nmarkdown:\n%s", blocks, wantBlocks, out)
	}
	return out
}

func TestWriteMarkdownSpecLayout(t *testing.T) {
	d := specDocument()
	d.Blocks[0].Text = "استبعد التحالف الدولي …"
	d.Blocks[2].Text = "وقد تعهد الوزراء …"
	d.Captions[0].EN = ptr("Italian Foreign Minister Paolo Gentiloni (R) and …")
	d.Captions[0].AR = ptr("كيري قال إن … فيها")
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	want := `---
title: "التحالف يستبعد تدخلا عسكريا وشيكا بليبيا"
lang: "ar"
dir: "rtl"
date: "2016-02-02"
attribution: "الجزيرة + وكالات"
source: "corpus/seed/aljazeera-2016-02-02-libya-coalition.txt"
id: "aljazeera-2016-02-02-libya-coalition"
---

<figure>
<figcaption>
<p dir="rtl" lang="ar">كيري قال إن … فيها (الأوروبية)</p>
<p dir="ltr" lang="en">Italian Foreign Minister Paolo Gentiloni (R) and …</p>
</figcaption>
</figure>

استبعد التحالف الدولي …

## تكثيف الغارات

وقد تعهد الوزراء …

المصدر: الجزيرة + وكالات
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	checkMarkdown(t, d, false)
	checkMarkdown(t, d, true)
}

// syntaxTexts are block texts that would be read as Markdown syntax if
// written as they are.
var syntaxTexts = []string{
	"* نجمة", "- شرطة", "+ زائد", "1. أولا", "1) أولا", "123456789. رقم", "1234567890. ليس قائمة",
	"2016.", "2016. عام", "# عنوان", "###### ستة", "####### سبعة", "#السعودية وسم",
	"> اقتباس", "---", "***", "___", "- - -", "===", "    مسافة بادئة", "\tجدولة", "  مسافتان",
	"نص بمسافة في آخره  ", "نص ينتهي بشرطة مائلة\\", "`كود`", "```", "~~~", "~~محذوف~~",
	"*مائل* و**عريض** و_مائل_ و__عريض__", "[رابط](http://example.com)", "![صورة](a.png)",
	"<b>وسم</b>", "<!-- تعليق -->", "<http://example.com>", "a | b | c", "|---|---|",
	"AT&T &amp; &#1575; &#x627; &copy; & ; &", "نص\\*ليس مائلا", "\\\\", "سطر\nسطر", "سطر\r\nسطر",
	"[^1]", "- [ ] مهمة", "www.example.com", "http://example.com/a_b*c", "foo@example.com",
	"https://www.instagram.com/p/BfN_x-y_z/", "#العملة_الإيرانية", "a_b _c d_ é_é ١_٢ كَ_تَ", "snake__case_", "_", "a_*b*_c",
	"عنوان #", "عنوان ##", "#", "# #", "a\u00a0b", "\u00a0بداية", "نهاية\u00a0", "قال: \"نعم\" و'لا'",
	"(الأوروبية)", "المصدر : الجزيرة + وكالات", "\x00صفر", "bad \xff utf-8", "\u200fRLM", "CSI \u009b2J NEL \u0085 ESC \x1b[2J",
	"<figure>", "</figure>", "[foo]: /url", "foo\\\nbar", "**", "__init__",
}

func TestWriteMarkdownEscapes(t *testing.T) {
	for _, s := range syntaxTexts {
		t.Run(s, func(t *testing.T) {
			d := markdownDocument(s)
			checkMarkdown(t, d, false)
		})
	}
}

// TestWriteMarkdownGFM reads the output back with GitHub's extensions
// (tables, strikethrough, task lists, autolinks of bare URLs). A bare URL
// holding an escaped character (here *) is read by goldmark's linkify with
// its backslash, so that case is left out; an underscore inside a word is
// not escaped, so URLs with underscores read back whole.
func TestWriteMarkdownGFM(t *testing.T) {
	for _, s := range syntaxTexts {
		if strings.Contains(s, "http://example.com/a_b*c") {
			continue
		}
		t.Run(s, func(t *testing.T) { checkMarkdown(t, markdownDocument(s), true) })
	}
}

// markdownDocument puts s in every place of a document that Markdown shows.
func markdownDocument(s string) *document.Document {
	d := specDocument()
	d.Title = ptr(s)
	d.Captions = []document.Caption{
		{EN: ptr(s), AR: ptr(s), Credit: ptr(s), Line: 2},
		{AR: ptr(s), Line: 7},
		{EN: ptr(s), Credit: ptr("EPA"), Line: 30},
	}
	d.Blocks = []document.Block{
		{Type: document.BlockParagraph, Lang: "ar", Text: s, Line: 3},
		{Type: document.BlockHeading, Lang: "ar", Text: s, Line: 4},
		{Type: document.BlockListItem, Lang: "ar", Text: s, Line: 5},
		{Type: document.BlockListItem, Lang: "ar", Text: s, Line: 6},
		{Type: document.BlockListItem, Lang: "ar", Text: s, Line: 7},
		{Type: document.BlockByline, Lang: "ar", Text: s, Line: 8},
		{Type: document.BlockListItem, Lang: "ar", Text: s, Line: 9},
		{Type: document.BlockEmbed, Lang: "en", Text: s, Line: 10},
	}
	d.Attribution = &document.Attribution{Text: s, Line: 31}
	d.Author = ptr(s)
	d.URL = ptr(s)
	d.Date = ptr(s)
	return d
}

func TestWriteMarkdownOrderAndLists(t *testing.T) {
	d := specDocument()
	d.Captions = []document.Caption{
		{EN: ptr("before everything"), Line: 2},
		{AR: ptr("تعليق داخل النص"), Credit: ptr("الجزيرة"), Line: 22},
	}
	d.Blocks = []document.Block{
		{Type: document.BlockDateline, Lang: "ar", Text: "طهران-", Line: 5},
		{Type: document.BlockParagraph, Lang: "ar", Text: "فقرة أولى", Line: 6},
		{Type: document.BlockListItem, Lang: "ar", Text: "* بند أول", Line: 8},
		{Type: document.BlockListItem, Lang: "ar", Text: "* بند ثان", Line: 9},
		{Type: document.BlockHeading, Lang: "ar", Text: "عنوان فرعي", Line: 20},
		{Type: document.BlockListItem, Lang: "ar", Text: "بند بعد العنوان", Line: 21},
		{Type: document.BlockCredit, Lang: "ar", Text: "(واس)", Line: 23},
		{Type: document.BlockEmbed, Lang: "en", Text: "A post shared by Someone (@someone) on", Line: 24},
		{Type: document.BlockParagraph, Lang: "ar", Text: "", Line: 25},
	}
	out := checkMarkdown(t, d, false)
	checkMarkdown(t, d, true)
	if !strings.Contains(out, "- \\* بند أول\n- \\* بند ثان\n") {
		t.Errorf("consecutive list items are not one tight list:\n%s", out)
	}
	if strings.Index(out, "تعليق داخل النص") < strings.Index(out, "بند بعد العنوان") ||
		strings.Index(out, "تعليق داخل النص") > strings.Index(out, "(واس)") {
		t.Errorf("a caption inside the body is not where it stands:\n%s", out)
	}
	if !strings.HasSuffix(out, "\n\nالمصدر: الجزيرة + وكالات\n") {
		t.Errorf("attribution does not close the document:\n%s", out)
	}
}

func TestWriteMarkdownMinimal(t *testing.T) {
	d := &document.Document{SchemaVersion: document.SchemaVersion, Input: document.Input{Path: "a.txt", Member: ptr("x/y.txt")}}
	out := checkMarkdown(t, d, false)
	if out != "---\nsource: \"a.txt!/x/y.txt\"\n---\n" {
		t.Errorf("got %q", out)
	}
	d.Blocks = []document.Block{{Type: document.BlockParagraph, Text: "نص"}}
	checkMarkdown(t, d, false)
}

func TestWriteMarkdownErrorRecord(t *testing.T) {
	d := errorDocument()
	d.ID = ptr("doc \"1\"")
	d.Title = ptr("not written")
	out := checkMarkdown(t, d, false)
	want := "---\nsource: \"in.zip!/a/b.txt\"\nid: \"doc \\\"1\\\"\"\nerror: \"too-large: larger than --max-size 32MiB\"\n---\n"
	if out != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
}

func TestYAMLQuote(t *testing.T) {
	for _, s := range []string{"", "نص", `a"b\c`, "a\nb\tc\r", "\x00\x01\x7f\u0085\u2028\u2029\ufeff\uffff", "2016-02-02", "yes", "null", "~", "#x", "- a", ": b", "{a}", "\xff", "\U0001F600"} {
		var got string
		if err := yaml.Unmarshal([]byte("v: "+yamlQuote(s)), &struct{ V *string }{&got}); err != nil {
			t.Errorf("yamlQuote(%q) = %s: %v", s, yamlQuote(s), err)
			continue
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); got != want {
			t.Errorf("yamlQuote(%q) = %s reads back as %q", s, yamlQuote(s), got)
		}
	}
}

func TestWriteMarkdownWriteError(t *testing.T) {
	if err := WriteMarkdown(&failWriter{}, specDocument()); err == nil {
		t.Fatal("write error not reported")
	}
	if err := WriteMarkdown(&bytes.Buffer{}, nil); err == nil {
		t.Fatal("nil document accepted")
	}
}

// FuzzMarkdown checks that any text, written into every place of a
// document, is read back exactly by goldmark and yaml.v3. Seeds:
// testdata/fuzz/FuzzMarkdown and syntaxTexts.
func FuzzMarkdown(f *testing.F) {
	for _, s := range syntaxTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMarkdown(t, markdownDocument(s), false)
	})
}

func ExampleWriteMarkdown() {
	title := "تكثيف الغارات"
	d := &document.Document{
		SchemaVersion: document.SchemaVersion,
		Input:         document.Input{Path: "a.txt"},
		Title:         &title,
		Blocks: []document.Block{
			{Type: document.BlockParagraph, Lang: "ar", Text: "* ليست قائمة", Line: 3},
			{Type: document.BlockListItem, Lang: "ar", Text: "بند", Line: 4},
		},
	}
	WriteMarkdown(os.Stdout, d)
	// Output:
	// ---
	// title: "تكثيف الغارات"
	// source: "a.txt"
	// ---
	//
	// \* ليست قائمة
	//
	// - بند
}

func BenchmarkWriteMarkdown(b *testing.B) {
	d := markdownDocument("استبعد التحالف الدولي تدخلا عسكريا في ليبيا (الناتو) *الآن* _غدا_ 2016. & [x]")
	d.Date = ptr("2016-02-02")
	var buf bytes.Buffer
	WriteMarkdown(&buf, d)
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteMarkdown(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMarkdownC1 checks that no C1 control (U+009B is a terminal's CSI)
// is written raw: it becomes a numeric reference in text, its visible
// escape in a caption's HTML.
func TestMarkdownC1(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"a\u009b2J", "a&#155;2J"},
		{"\u0080\u009f", "&#128;&#159;"},
		{"é\u0085", "é&#133;"},
	} {
		if got := escapeMarkdown(tt.in, false, false); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := escapeHTML(tt.in); strings.ContainsFunc(got, isC1) {
			t.Errorf("escapeHTML(%q) = %q: a raw C1 control", tt.in, got)
		}
	}
}
