package batch

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sahifa/sahifa/extract/encode"
)

func TestOneInput(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		inputs    []string
		in        string
		filesFrom bool
		want      bool
	}{
		{"one file", []string{file}, "auto", false, true},
		{"one file read as text", []string{file}, "text", false, true},
		{"stdin", []string{"-"}, "auto", false, true},
		{"file not there yet", []string{"missing.txt"}, "auto", false, true},
		{"folder", []string{dir}, "auto", false, false},
		{"two files", []string{file, file}, "auto", false, false},
		{"none", nil, "auto", false, false},
		{"files-from", []string{file}, "auto", true, false},
		{"container by flag", []string{file}, "jsonl", false, false},
		{"stdin container by flag", []string{"-"}, "trec", false, false},
		{"jsonl by name", []string{"r.jsonl"}, "auto", false, false},
		{"trec by name", []string{"d.TREC"}, "auto", false, false},
		{"wet by name", []string{"c.warc.wet.gz"}, "auto", false, false},
		{"tar.gz", []string{"a.tar.gz"}, "auto", false, false},
		{"zip", []string{"a.zip"}, "auto", false, false},
		{"single gz", []string{"a.txt.gz"}, "auto", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := OneInput(c.inputs, c.in, c.filesFrom); got != c.want {
				t.Errorf("OneInput(%q, %q, %v) = %v, want %v", c.inputs, c.in, c.filesFrom, got, c.want)
			}
		})
	}
}

func TestShaped(t *testing.T) {
	if got := Shaped(encode.JSON{}, []string{"a", "b"}, "auto", false); got != (encode.JSON{Array: true}) {
		t.Errorf("two inputs: %#v, want an array", got)
	}
	if got := Shaped(encode.JSON{}, []string{"-"}, "auto", false); got != (encode.JSON{}) {
		t.Errorf("stdin: %#v, want the lone object", got)
	}
	if got := Shaped(encode.JSONL{}, []string{"a", "b"}, "auto", false); got != (encode.JSONL{}) {
		t.Errorf("jsonl changed: %#v", got)
	}
}
