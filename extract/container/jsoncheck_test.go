package container

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestLoneSurrogates(t *testing.T) {
	tests := []struct {
		in    string
		n     int
		first string
	}{
		{`{"text":"نص"}`, 0, ""},
		{`{"text":"\ud83d\ude00"}`, 0, ""},             // a pair: 😀
		{`{"text":"a\ud83db"}`, 1, `\ud83d`},           // high alone
		{`{"text":"\ude00"}`, 1, `\ude00`},             // low alone
		{`{"text":"\ud83d\ud83d\ude00"}`, 1, `\ud83d`}, // high, then a pair
		{`{"text":"\\ud83d"}`, 0, ""},                  // an escaped backslash: no escape
		{`{"text":"\u0628\uDC00\uD800"}`, 2, `\uDC00`},
		{`{"text":"\ud83d`, 1, `\ud83d`},
	}
	for _, tt := range tests {
		n, first := loneSurrogates(tt.in)
		if n != tt.n || first != tt.first {
			t.Errorf("loneSurrogates(%s) = %d, %q; want %d, %q", tt.in, n, first, tt.n, tt.first)
		}
	}
}

func TestRecordSurrogateWarning(t *testing.T) {
	a := Record(&Input{}, `{"id":"x","text":"نص \ud83d هنا"}`)
	if a.Error != nil || len(a.Warnings) != 1 || a.Warnings[0].Code != document.WarnLoneSurrogate || !strings.Contains(a.Lines[0].Text, "\uFFFD") {
		t.Errorf("got %+v, %+v", a.Error, a.Warnings)
	}
}

func TestRecordTooDeep(t *testing.T) {
	deep := func(n int) string {
		return `{"text":"نص","x":` + strings.Repeat("[", n) + strings.Repeat("]", n) + `}`
	}
	if a := Record(&Input{}, deep(maxJSONDepth-1)); a.Error != nil {
		t.Errorf("depth %d refused: %v", maxJSONDepth, a.Error.Message)
	}
	a := Record(&Input{}, deep(10000))
	if a.Error == nil || a.Error.Code != document.ErrSyntax || !strings.Contains(a.Error.Message, "nested deeper than 512 levels") {
		t.Fatalf("depth 10000: %+v", a.Error)
	}
	// brackets inside strings do not count
	if jsonTooDeep(`{"text":"` + strings.Repeat("[", 1000) + `\""}`) {
		t.Errorf("brackets in a string counted")
	}
	// what passes can be read back by encoding/json inside a document
	var v any
	doc := `{"container":` + deep(maxJSONDepth-1) + `}`
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Errorf("a record within the bound does not read back: %v", err)
	}
}
