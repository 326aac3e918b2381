package jsonesc

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestC1(t *testing.T) {
	tests := []struct{ in, want string }{
		{``, ``},
		{`"نص"`, `"نص"`},
		{"\"\u0080\"", `"\u0080"`},
		{"\"a\u0085b\u009bc\u009f\"", `"a\u0085b\u009bc\u009f"`},
		// U+00A0 (C2 A0), « (C2 AB), ¿ (C2 BF) are not controls
		{"\"\u00a0«»¿\"", "\"\u00a0«»¿\""},
		{"\"\u00c2\u0085\"", "\"\u00c2\\u0085\""}, // Â (C3 82) then NEL
		{"\"\u0085\"\xc2", "\"\\u0085\"\xc2"},     // a C2 at the end
	}
	for _, tt := range tests {
		if got := string(C1([]byte(tt.in))); got != tt.want {
			t.Errorf("C1(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// The value is the same JSON value, and no C1 byte pair is left.
	for r := rune(0x80); r <= 0x9F; r++ {
		in, _ := json.Marshal(map[string]string{"k": "a" + string(r) + "ب"})
		out := C1(in)
		var v map[string]string
		if err := json.Unmarshal(out, &v); err != nil || v["k"] != "a"+string(r)+"ب" {
			t.Errorf("U+%04X: %s decodes to %q, %v", r, out, v["k"], err)
		}
		if strings.ContainsRune(string(out), r) {
			t.Errorf("U+%04X left raw in %s", r, out)
		}
	}
}

func TestC1NoCopy(t *testing.T) {
	b := []byte(`{"text":"نص عربي « » بلا تحكم"}`)
	if got := C1(b); &got[0] != &b[0] {
		t.Error("C1 copied a text without C1 controls")
	}
	if n := testing.AllocsPerRun(100, func() { C1(b) }); n != 0 {
		t.Errorf("C1 allocates %v times on a text without C1 controls", n)
	}
}

func TestWriter(t *testing.T) {
	var buf bytes.Buffer
	enc := json.NewEncoder(Writer(&buf))
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]string{"text": "CSI \u009b2J <b>"}); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), `{"text":"CSI \u009b2J <b>"}`+"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzC1 checks, on encoding/json's output for any string, that C1 leaves
// the same JSON value with no C1 control left raw.
func FuzzC1(f *testing.F) {
	for _, s := range []string{"", "نص", "\u0085", "a\u009bb", "\u00a0«»", "\xc2", "\xc2\x85\xc2", "\u0080\u009f\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		out := C1(in)
		var back, want string
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("C1(%s) = %s: %v", in, out, err)
		}
		json.Unmarshal(in, &want)
		if back != want {
			t.Fatalf("C1(%s) = %s reads %q, want %q", in, out, back, want)
		}
		if strings.ContainsFunc(string(out), func(r rune) bool { return 0x80 <= r && r <= 0x9F }) {
			t.Fatalf("C1(%s) = %s: a raw C1 control", in, out)
		}
	})
}
