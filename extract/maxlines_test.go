package extract

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// TestMaxArticleLines: a file of nothing but line breaks is refused as too
// large rather than costing hundreds of bytes a line, in every container;
// an article just under the limit is extracted.
func TestMaxArticleLines(t *testing.T) {
	opt := Options{In: "auto", Encoding: "auto", TextField: "text", IDField: "id", Profile: normalize.Display}
	many := "عنوان\n" + strings.Repeat("\n", container.MaxLines+10) + "فقرة أخيرة.\n"
	tests := []struct {
		name, in string
		data     string
		wantErr  bool
	}{
		{"text over the limit", "text", many, true},
		{"trec over the limit", "trec", "<DOC>\n<DOCNO>x</DOCNO>\n<TEXT>\n" + many + "</TEXT>\n</DOC>\n", true},
		{"text under the limit", "text", "عنوان\n" + strings.Repeat("\n", container.MaxLines-10) + "فقرة أخيرة.\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := opt
			o.In = tt.in
			docs := Extract(document.Source{Path: "x"}, []byte(tt.data), o)
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			d := docs[0]
			if got := d.Error != nil; got != tt.wantErr {
				t.Fatalf("error record = %v (%+v), want %v", got, d.Error, tt.wantErr)
			}
			if tt.wantErr && d.Error.Code != document.ErrTooLarge {
				t.Errorf("code = %q, want %q", d.Error.Code, document.ErrTooLarge)
			}
			if !tt.wantErr && (d.Title == nil || *d.Title != "عنوان") {
				t.Errorf("title = %v, want عنوان", d.Title)
			}
		})
	}
}
