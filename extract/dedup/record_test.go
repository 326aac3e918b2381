package dedup

import (
	"encoding/json"
	"testing"
)

func TestScanRecord(t *testing.T) {
	for _, c := range []struct{ in, id, text, out string }{
		{`{"id":"a","text":"نص\n\"x\" \u00e9\ud83d\ude00","error":null}`, "a", "نص\n\"x\" é😀", `{"id":"a","text":"نص\n\"x\" \u00e9\ud83d\ude00","error":null,"cluster":"k","duplicate_of":null}`},
		{` { "text" : "a\\" , "cluster":"old","duplicate_of":"old", "n": [1,{"a":"]"}] } `, "<nil>", `a\`, `{"text" : "a\\","n": [1,{"a":"]"}],"cluster":"k","duplicate_of":null}`},
		{`{"cluster":"old"}`, "<nil>", "<nil>", `{"cluster":"k","duplicate_of":null}`},
	} {
		r, err := scanRecord([]byte(c.in))
		if err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		str := func(p *string) string {
			if p == nil {
				return "<nil>"
			}
			return *p
		}
		k := "k"
		if str(r.id) != c.id || str(r.text) != c.text {
			t.Errorf("%s: id %q text %q", c.in, str(r.id), str(r.text))
		}
		if out := string(r.appendWithCluster(nil, []byte(c.in), &k, nil)); out != c.out || !json.Valid([]byte(out)) {
			t.Errorf("%s: rewritten\n%s\nwant\n%s", c.in, out, c.out)
		}
	}
	for _, bad := range []string{``, `[]`, `{`, `{"id"}`, `{"id":"a}`, `{"id":"a",}`, `{"id":2}`, `{"text":"\x"}`, `{"a":[1}`, `{"a":1} x`, `{"a":?}`} {
		if _, err := scanRecord([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// FuzzScanRecord checks scanRecord against encoding/json: a JSON object
// whose id and text are strings or null is read as encoding/json reads it,
// and its rewrite is JSON.
func FuzzScanRecord(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"b\n","error":null}`, `{"text":"\u0627\ud83d\ude00","cluster":"x","duplicate_of":null}`, `{"a":{"b":["]",1.5e3,true]},"id":null}`, `{}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		var want struct{ ID, Text *string } // keys matched exactly, as sahifa writes them
		var obj map[string]json.RawMessage
		valid := json.Unmarshal(line, &obj) == nil
		if v, ok := obj["id"]; ok && valid {
			valid = json.Unmarshal(v, &want.ID) == nil
		}
		if v, ok := obj["text"]; ok && valid {
			valid = json.Unmarshal(v, &want.Text) == nil
		}
		r, err := scanRecord(line)
		if err != nil {
			if valid {
				t.Fatalf("%q: %v, but encoding/json reads it", line, err)
			}
			return
		}
		k := "k"
		out := r.appendWithCluster(nil, line, &k, &k)
		if !valid {
			return // skipped values are not checked whole
		}
		if !json.Valid(out) {
			t.Fatalf("%q: rewritten %q is not JSON", line, out)
		}
		eq := func(a, b *string) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
		if !eq(r.id, want.ID) || !eq(r.text, want.Text) {
			t.Fatalf("%q: id %v text %v, encoding/json %v %v", line, r.id, r.text, want.ID, want.Text)
		}
	})
}
