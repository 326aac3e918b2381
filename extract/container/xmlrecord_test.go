package container

import (
	"bufio"
	"strings"
	"testing"
)

// xmlRecords is two records of an XML corpus export, in the shape of the
// Abu El-Khair corpus's Sabanews file (invented text).
const xmlRecords = `<?xml version="1.0" encoding="UTF-8"?>
    <SabanewsData>
    <Sabanews>
    <ID>SBN_1</ID>
    <URL>http://example.com/1.htm</URL>
    <Headline>الكونجرس يطالب بدعم اليمن</Headline>
    <Dateline>08/ديسمبر/2009</Dateline>
    <Text>واشنطن ـ سبأنت: طالب الكونجرس المجتمع الدولي بدعم اليمن.</Text>
    </Sabanews>
    <Sabanews>
    <ID>SBN_2</ID>
    <Headline>افتتاح معرض الكتاب</Headline>
    <Text>صنعاء ـ سبأنت: افتتح اليوم معرض الكتاب بمشاركة واسعة.</Text>
    </Sabanews>
    </SabanewsData>
`

func TestDocElement(t *testing.T) {
	for _, tc := range []struct {
		name, head, want string
	}{
		{"TREC", "<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n", "DOC"},
		{"XML records", xmlRecords, "SABANEWS"},
		{"XML around DOCs", "<?xml version=\"1.0\"?>\n<DOCS>\n<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n</DOCS>\n", "DOC"},
		{"a BOM first", "\ufeff" + xmlRecords, "SABANEWS"},
		// an XML file without records holding a text is no container
		{"XHTML", "<?xml version=\"1.0\"?>\n<html>\n<head>\n<title>صفحة</title>\n</head>\n<body>\n<p>نص</p>\n</body>\n</html>\n", ""},
		{"fields without text", "<?xml version=\"1.0\"?>\n<rows>\n<row>\n<id>1</id>\n</row>\n</rows>\n", ""},
	} {
		if got := DocElement([]byte(tc.head)); got != tc.want {
			t.Errorf("%s: DocElement = %q, want %q", tc.name, got, tc.want)
		}
	}
	if got := Sniff("a.xml", xmlRecords, ""); got != TREC {
		t.Errorf("Sniff of XML records = %s, want %s", got, TREC)
	}
	if got := SniffRaw([]byte(xmlRecords)); got != TREC {
		t.Errorf("SniffRaw of XML records = %s, want %s", got, TREC)
	}
	if got := Sniff("a.xml", "<?xml version=\"1.0\"?>\n<html>\n<body>\n<p>نص</p>\n</body>\n</html>\n", ""); got != Text {
		t.Errorf("Sniff of an XHTML page = %s, want %s", got, Text)
	}
}

// The records are articles, read whole or cut as a stream.
func TestXMLRecords(t *testing.T) {
	arts := Formats[TREC].Articles(&Input{}, xmlRecords)
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2", len(arts))
	}
	if arts[0].Fields.URL == nil || *arts[0].Fields.URL != "http://example.com/1.htm" || arts[1].Fields.ID == nil || *arts[1].Fields.ID != "SBN_2" {
		t.Errorf("fields %+v, %+v", arts[0].Fields, arts[1].Fields)
	}
	sp := newTRECSplitter(bufio.NewReader(strings.NewReader(xmlRecords)), 1<<20)
	n := 0
	for {
		p, err := sp.Next()
		if err != nil || p == nil {
			break
		}
		n++
		if p.Element != "SABANEWS" {
			t.Errorf("part %d: element %q, want SABANEWS", n, p.Element)
		}
		if a := Formats[TREC].Articles(&Input{Element: p.Element}, string(p.Data)); len(a) != 1 || a[0].Fields.ID == nil {
			t.Errorf("part %d: %d articles", n, len(a))
		}
	}
	if n != 2 {
		t.Errorf("the splitter cut %d parts, want 2", n)
	}
}

// DocElement never panics, gives DOC for a file that does not open with
// an XML declaration, and a name in upper case or "" for one that does;
// the reader reads with it without panicking.
func FuzzDocElement(f *testing.F) {
	f.Add([]byte(xmlRecords))
	f.Add([]byte("<?xml version=\"1.0\"?>\n<a>\n<b>\n<c>1</c>\n<text>x\n</b>\n"))
	f.Add([]byte("<DOC>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n"))
	f.Fuzz(func(t *testing.T, head []byte) {
		name := DocElement(head)
		xml := strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(string(head[:min(len(head), recordHead)]), " \t\r\n"), "\ufeff"), " \t\r\n"), "<?xml")
		if !xml && name != "DOC" {
			t.Fatalf("DocElement = %q for a file without an XML declaration", name)
		}
		if name != strings.ToUpper(name) {
			t.Fatalf("DocElement = %q, not upper case", name)
		}
		Formats[TREC].Articles(&Input{Element: name}, string(head))
	})
}
