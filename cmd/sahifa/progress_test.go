package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var barText = regexp.MustCompile(`\r[123] articles?, 0\.[123] MB, [0-9.]+ MB/s `)

// TestProgressBar checks when the bar is drawn on stderr (a terminal and
// --progress auto, or --progress always; never with -q, --progress never,
// or a stderr that is not a terminal) and what it counts: the article
// bytes, as the summary does (issue 12, item 10).
func TestProgressBar(t *testing.T) {
	old := progressDelay
	progressDelay = 0
	t.Cleanup(func() { progressDelay = old })
	// An archive of 0.3 MB of articles that compresses to a few KB: the
	// bar counts the articles' MB, not what was read from disk.
	files := map[string][]byte{}
	var names []string
	for _, n := range []string{"a/a.txt", "a/b.txt", "a/c.txt"} {
		files[n] = []byte("عنوان\n\n" + strings.Repeat("فقرة من نص المقال تتكرر. ", 2600) + "\n")
		names = append(names, n)
	}
	arc := filepath.Join(t.TempDir(), "a.tar.gz")
	write(t, arc, tgz(t, files, names))
	tests := []struct {
		name string
		tty  bool
		args []string
		bar  bool
	}{
		{"terminal", true, nil, true},
		{"not a terminal", false, nil, false},
		{"always, not a terminal", false, []string{"--progress", "always"}, true},
		{"never, a terminal", true, []string{"--progress", "never"}, false},
		{"quiet, a terminal", true, []string{"-q"}, false},
		{"quiet and always", false, []string{"-q", "--progress", "always"}, true},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, colorMode: "never", stderrTTY: tt.tty}
		args := append([]string{"extract", "-j", "1"}, tt.args...)
		if code := a.run(append(args, arc)); code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.name, code, errb.String())
		}
		stderr := errb.String()
		drawn := strings.Contains(stderr, "\r")
		if drawn != tt.bar {
			t.Errorf("%s: bar drawn %v, want %v: %q", tt.name, drawn, tt.bar, stderr)
		}
		if strings.Contains(out.String(), "\r") || strings.Contains(out.String(), "\x1b") {
			t.Errorf("%s: the bar reached stdout", tt.name)
		}
		// the first frame, after one article of 0.1 MB (the archive is a
		// few KB): "1 article, 0.1 MB, 14.5 MB/s"
		if drawn && (!barText.MatchString(stderr) || strings.Contains(stderr, "kB")) {
			t.Errorf("%s: the bar does not count the articles and their MB: %q", tt.name, stderr)
		}
	}
}
