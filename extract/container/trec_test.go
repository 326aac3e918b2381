package container

import "testing"

func TestParseTag(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		want tag
	}{
		{"<DOC>", true, tag{kind: tagOpen, name: "DOC"}},
		{`<DOC id="AFP_ARB_1" type="story" >`, true, tag{kind: tagOpen, name: "DOC", attrs: `id="AFP_ARB_1" type="story"`}},
		{"</TEXT>", true, tag{kind: tagClose, name: "TEXT"}},
		{"<docno>X-1</docno>", true, tag{kind: tagInline, name: "DOCNO", value: "X-1"}},
		{"<AUTHOR></AUTHOR>", true, tag{kind: tagInline, name: "AUTHOR"}},
		{"<AUTHOR/>", true, tag{kind: tagEmpty, name: "AUTHOR"}},
		{"<TITLE>أول السطر", true, tag{kind: tagOpen, name: "TITLE", value: "أول السطر"}},
		{"<P>نص</P>", true, tag{kind: tagInline, name: "P", value: "نص"}},
		{"< تحية واجبة", false, tag{}},
		{"<< وأخيراً", false, tag{}},
		{"<3 you", false, tag{}},
		{"<DOCNO", false, tag{}},
		{"</TEXT> and more", false, tag{}},
		{"<a href=x>link</a> text", false, tag{}},
		{"<>", false, tag{}},
	}
	for _, tt := range tests {
		got, ok := parseTag(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("parseTag(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
