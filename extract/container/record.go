package container

import "strings"

// recordElement is the element that holds one article of a TREC/SGML or
// record-per-element XML file: DOC when some line opens a <DOC>; else the
// first element opened alone on its line whose next non-blank line is a
// one-line field (`<Item>` then `<ID>7</ID>`), as XML dumps write their
// records under a root element; DOC when there is none.
func recordElement(text string) string {
	if r := xmlRecord(text); r != "" {
		return r
	}
	return "DOC"
}

// isXMLRecords reports an XML file (it opens with its declaration,
// `<?xml …?>`) whose articles are records: one element a record, its
// fields one-line elements (recordElement).
func isXMLRecords(text string) bool {
	return strings.HasPrefix(text, "<?xml") && xmlRecord(text) != ""
}

// xmlRecord is recordElement without its default: "" when no line opens a
// record.
func xmlRecord(text string) string {
	open := ""
	for len(text) > 0 {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "<?") || strings.HasPrefix(t, "<!") {
			continue // blank, the declaration, a doctype or comment
		}
		tg, isTag := parseTag(t)
		if !isTag {
			open = ""
			continue
		}
		if tg.name == "DOC" && (tg.kind == tagOpen || tg.kind == tagEmpty) {
			return ""
		}
		if open != "" && tg.kind == tagInline {
			return open
		}
		open = ""
		if tg.kind == tagOpen && isBlank(tg.value) {
			open = tg.name
		}
	}
	return ""
}
