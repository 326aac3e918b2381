package container

import (
	"bytes"
	"strings"
)

// XML record files: a corpus exported as XML (the Abu El-Khair corpus:
// `<?xml …?>`, a root element, then one element per article holding its
// fields, `<ID>`, `<URL>`, `<Headline>`, `<Dateline>`, `<Text>`, one a
// line) is an SGML container whose <DOC> has another name. The TREC
// reader reads it when told that name: the element opened alone on a line
// right before the first field written whole on one line
// (`<Sabanews>` over `<ID>SBN_ARB_0000001</ID>`).

// recordHead is how much of a file RecordElement reads.
const recordHead = 4096

// DocElement is the name of the element that holds one article in a
// TREC/SGML file whose head is head: "DOC", or for an XML file (opening
// with `<?xml`) without <DOC> its record element, which must hold a
// <Text> field; "" when an XML file shows none (an XHTML page).
func DocElement(head []byte) string {
	head = head[:min(len(head), recordHead)]
	t := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("\xef\xbb\xbf")), " \t\r\n")
	if !bytes.HasPrefix(t, []byte("<?xml")) {
		return "DOC"
	}
	last, record := "", ""
	for _, raw := range bytes.Split(t, []byte("\n")) {
		tg, ok := parseTag(strings.TrimSpace(string(raw)))
		if !ok {
			continue
		}
		switch {
		case tg.name == "DOC" && tg.kind == tagOpen:
			return "DOC"
		case tg.name == "TEXT" && (tg.kind == tagOpen || tg.kind == tagInline) && record != "":
			return record // a record holds the article's text
		case tg.kind == tagOpen && isBlank(tg.value):
			last = tg.name
		case tg.kind == tagInline && record == "":
			record = last
		}
	}
	return ""
}
