package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadOne(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "a.txt")
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(small, []byte("نص"), 0o644)
	os.WriteFile(big, make([]byte, 11), 0o644)
	if b, err := ReadOne(nil, small, 10); err != nil || string(b) != "نص" {
		t.Errorf("ReadOne(small) = %q, %v", b, err)
	}
	if b, err := ReadOne(strings.NewReader("stdin"), "-", 10); err != nil || string(b) != "stdin" {
		t.Errorf("ReadOne(-) = %q, %v", b, err)
	}
	for _, c := range []struct {
		path, stdin, want string
	}{
		{filepath.Join(dir, "nope.txt"), "", "nope.txt: no such file or directory"},
		{big, "", "big.txt: too large: 11 bytes, more than the limit of 10 bytes for one article"},
		{"-", "01234567890", "-: too large: more than the limit of 10 bytes for one article"},
	} {
		_, err := ReadOne(strings.NewReader(c.stdin), c.path, 10)
		if err == nil || !strings.HasSuffix(err.Error(), c.want) {
			t.Errorf("ReadOne(%s) = %v, want an error ending %q", c.path, err, c.want)
		}
	}
}
