package encode

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// isC1Rune reports whether r is a C1 control, U+0080–U+009F.
func isC1Rune(r rune) bool { return 0x80 <= r && r <= 0x9F }

// TestJSONWritersEscapeC1 checks that no JSON or JSON Lines writer lets a
// raw C1 control through (encoding/json would: U+009B is a terminal's
// CSI), in any field, a container value or key, or a value encoding/json
// writes for us (appendMarshal), and that the JSON still reads back to the
// same text (issue 11).
func TestJSONWritersEscapeC1(t *testing.T) {
	c1 := "CSI \u009b2J NEL \u0085 \u0080\u009f « » \u00a0 عربي"
	d := specDocument()
	d.Title, d.Text = &c1, &c1
	d.Blocks[0].Text = c1
	d.Warnings = append(d.Warnings, document.Warning{Code: "c", Message: c1})
	d.Container = map[string]any{"s": c1, c1: "key", "list": []any{c1}, "strs": []string{c1}}

	outputs := map[string][]byte{}
	for _, indent := range []bool{false, true} {
		b, err := AppendJSON(nil, d, indent)
		if err != nil {
			t.Fatal(err)
		}
		outputs[map[bool]string{false: "AppendJSON", true: "AppendJSON indent"}[indent]] = b
	}
	for _, enc := range []Encoder{JSONL{}, JSON{}, JSON{Array: true}} {
		var buf bytes.Buffer
		st := enc.NewStream(&buf)
		for range 2 {
			if err := st.Write(d, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		outputs[enc.Name()+" stream"] = buf.Bytes()
		f, err := enc.AppendFile(nil, d)
		if err != nil {
			t.Fatal(err)
		}
		outputs[enc.Name()+" file"] = f
	}
	// encoding/json through document.Document.MarshalJSON
	m, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	outputs["json.Marshal"] = m
	var ab bytes.Buffer
	arr := NewJSONArrayWriter(&ab, true)
	if err := arr.Write(d); err != nil {
		t.Fatal(err)
	}
	if err := arr.Close(); err != nil {
		t.Fatal(err)
	}
	outputs["JSONArrayWriter"] = ab.Bytes()

	for name, b := range outputs {
		if strings.ContainsFunc(string(b), isC1Rune) {
			i := strings.IndexFunc(string(b), isC1Rune)
			t.Errorf("%s: a raw C1 control at byte %d: …%q…", name, i, b[max(0, i-20):min(len(b), i+20)])
		}
		if !bytes.Contains(b, []byte(`CSI \u009b2J NEL \u0085 \u0080\u009f « » `+"\u00a0"+` عربي`)) {
			t.Errorf("%s: the text is not written as CSI \\u009b2J …: %.200s", name, b)
		}
	}
	var back document.Document
	if err := json.Unmarshal(outputs["jsonl file"], &back); err != nil || back.Title == nil || *back.Title != c1 {
		t.Errorf("read back: %v, title %v", err, back.Title)
	}
}
