package review

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// twoRecords are two JSON Lines records and a broken one.
const twoRecords = `{"id":"a","text":"العنوان الأول\n\nنص الخبر الأول، وهو نص طويل بما يكفي ليكون فقرة."}
{"id":"b","text":"العنوان الثاني\n\nنص الخبر الثاني، وهو نص طويل بما يكفي ليكون فقرة."}
{"id":"c"
`

func TestNewPage(t *testing.T) {
	docs := extract.Extract(document.Source{Path: "r.jsonl"}, []byte(twoRecords), extract.Options{In: "jsonl", Profile: normalize.Search})
	if len(docs) != 3 || docs[2].Error == nil {
		t.Fatalf("want two articles and an error record, got %d documents", len(docs))
	}
	tests := []struct {
		name    string
		profile normalize.Profile
		changed bool // some part of a row is marked as changed
	}{
		{"none", normalize.None, false},
		{"search", normalize.Search, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewPage("r.jsonl", tt.profile, docs)
			if p.Source != "r.jsonl" || p.Profile != tt.profile.String() {
				t.Errorf("source %q, profile %q", p.Source, p.Profile)
			}
			var names []string
			changed := false
			for _, a := range p.Articles {
				names = append(names, a.Name)
				for _, r := range a.Rows {
					for _, part := range r.Parts {
						changed = changed || part.Changed
					}
				}
			}
			if got := strings.Join(names, " "); got != "r.jsonl:1 r.jsonl:2" {
				t.Errorf("articles %q, want the two records, not the error record", got)
			}
			if changed != tt.changed {
				t.Errorf("changes shown %v, want %v", changed, tt.changed)
			}
		})
	}
}

func TestWrite(t *testing.T) {
	a := seedArticle(t)
	p := Page{Source: "seed.txt", Profile: "display", Articles: []*Article{a, a}}
	one := func(f func(*bytes.Buffer) error) string {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	opt := TableOptions{Width: 80}
	table := one(func(b *bytes.Buffer) error { return a.WriteTable(b, opt) })
	json := one(func(b *bytes.Buffer) error { return a.WriteJSON(b) })
	html := one(func(b *bytes.Buffer) error { return WriteHTML(b, p) })
	tests := []struct {
		name string
		f    Format
		want string
	}{
		{"table", FormatTable, table + "\n" + table},
		{"json", FormatJSON, json + json},
		{"html", FormatHTML, html},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := one(func(b *bytes.Buffer) error { return Write(b, p, tt.f, opt) }); got != tt.want {
				t.Errorf("Write differs from the article's own writer:\n%.300s\nwant\n%.300s", got, tt.want)
			}
		})
	}
}
