package container

import "testing"

// TestRecordElement covers the element an article is read from: <DOC>,
// or the record element of an XML dump (a record opened alone on its
// line, its first field a one-line element).
func TestRecordElement(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"trec", "<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n", "DOC"},
		{"xml records", "<?xml version=\"1.0\"?>\n<Data>\n  <Item>\n  <ID>7</ID>\n  <Text>نص</Text>\n  </Item>\n</Data>\n", "ITEM"},
		{"the first record wins", "<Data>\n<Item>\n<ID>7</ID>\n</Item>\n<DOC>\n</DOC>\n", "ITEM"},
		{"no record", "<?xml version=\"1.0\"?>\n<Data>\nنص حر\n</Data>\n", "DOC"},
		{"text", "عنوان\n\nنص المقال\n", "DOC"},
	}
	for _, tt := range tests {
		if got := recordElement(tt.in); got != tt.want {
			t.Errorf("%s: recordElement = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSniffXMLRecords: an XML dump of records is read as a TREC-like
// container; XML without records, and text, are not.
func TestSniffXMLRecords(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"records", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Data>\n<Item>\n<ID>7</ID>\n<Headline>عنوان</Headline>\n<Text>نص</Text>\n</Item>\n</Data>\n", TREC},
		{"no records", "<?xml version=\"1.0\"?>\n<p>نص</p>\n", Text},
		{"records without the declaration", "<Data>\n<Item>\n<ID>7</ID>\n</Item>\n</Data>\n", Text},
	}
	for _, tt := range tests {
		if got := Sniff("a.txt", tt.in, ""); got != tt.want {
			t.Errorf("%s: Sniff = %q, want %q", tt.name, got, tt.want)
		}
		if got, want := SniffRaw([]byte(tt.in)), map[string]string{TREC: TREC}[tt.want]; got != want {
			t.Errorf("%s: SniffRaw = %q, want %q", tt.name, got, want)
		}
	}
}
