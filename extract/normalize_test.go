package extract

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// normalized is NormalizeFile's text of path and its warning codes.
func normalized(t *testing.T, path, encoding string) (string, []document.WarningCode) {
	t.Helper()
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	warns, rerr, werr := NormalizeFile(w, path, nil, encoding, normalize.New(normalize.Display))
	if rerr != nil || werr != nil {
		t.Fatalf("%s: %v %v", path, rerr, werr)
	}
	w.Flush()
	var codes []document.WarningCode
	for _, x := range warns {
		codes = append(codes, x.Code)
	}
	return b.String(), codes
}

// checkEncodings checks that every file of dir normalizes to the text of
// its UTF-8 seed, and that the seed's text equals Extract's text for it.
func checkEncodings(t *testing.T, dir, seed string) {
	want, _ := normalized(t, seed, "")
	if strings.Count(want, "\n") < 10 {
		t.Fatalf("seed %s: %d lines", seed, strings.Count(want, "\n"))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "libya.*.txt"))
	if len(files) < 5 {
		t.Fatalf("%s: %d variants", dir, len(files))
	}
	for _, f := range files {
		got, codes := normalized(t, f, "")
		// The CRLF variant ends in one more line end.
		if strings.TrimRight(got, "\n") != strings.TrimRight(want, "\n") {
			t.Errorf("%s: not the seed's text", f)
		}
		t.Logf("%s: %v", filepath.Base(f), codes)
	}
}

// Every encoding of the seed in testdata/encodings normalizes to the
// seed's text, as extract decodes it (the files are copies of the
// corpus's encodings/ folder, see their README).
func TestNormalizeEncodings(t *testing.T) {
	checkEncodings(t, "../testdata/encodings", "../testdata/encodings/aljazeera-2016-02-02-libya-coalition.txt")
	got, codes := normalized(t, "../testdata/encodings/libya.windows-1256.txt", "windows-1256")
	if len(codes) != 0 || !strings.Contains(got, "ليبيا") {
		t.Errorf("forced windows-1256: warnings %v", codes)
	}
}

// The same on the corpus itself, when it is there.
func TestNormalizeCorpusEncodings(t *testing.T) {
	const corpus = "../../shared/corpus"
	if _, err := os.Stat(corpus + "/encodings"); err != nil {
		t.Skip("no ../shared/corpus/encodings: the corpus-wide check is skipped")
	}
	checkEncodings(t, corpus+"/encodings", corpus+"/seed/aljazeera-2016-02-02-libya-coalition.txt")
}

// A file that cannot be read is a read error; nothing is written.
func TestNormalizeFileErrors(t *testing.T) {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	for path, want := range map[string]string{"nope.txt": "no such file or directory", ".": "is a directory"} {
		_, rerr, _ := NormalizeFile(w, path, nil, "", normalize.New(normalize.Display))
		if rerr == nil || rerr.Message != want || rerr.Code != document.ErrRead {
			t.Errorf("%s: %+v, want %q", path, rerr, want)
		}
	}
}
