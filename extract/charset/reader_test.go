package charset

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// readAll decodes data through a Reader fed one byte at a time.
func readAll(t testing.TB, data []byte, forced string) (string, Result, error) {
	t.Helper()
	r, err := NewReader(iotest.OneByteReader(bytes.NewReader(data)), forced)
	if err != nil {
		return "", Result{}, err
	}
	var b strings.Builder
	_, err = io.Copy(&b, r)
	return b.String(), r.Result(), err
}

// sameAsDecode checks that a Reader gives what Decode gives.
func sameAsDecode(t testing.TB, data []byte, forced string) {
	t.Helper()
	want, wr, werr := Decode(data, forced)
	got, gr, gerr := readAll(t, data, forced)
	if werr != nil || gerr != nil {
		if !errors.Is(gerr, werr) && !errors.Is(werr, gerr) {
			t.Fatalf("Decode error %v, Reader error %v", werr, gerr)
		}
		return
	}
	if got != want {
		t.Fatalf("Reader text differs from Decode's (%d bytes, want %d)", len(got), len(want))
	}
	if gr != wr {
		t.Fatalf("Reader result %+v, Decode's %+v", gr, wr)
	}
}

// Large inputs, cut into many blocks, in every encoding: the Reader
// gives what Decode gives, and that is the seed's text repeated.
func TestReaderBlocks(t *testing.T) {
	seed := readFixture(t, seedFile)
	big := bytes.Repeat(append(seed, '\n'), 3*blockSize/len(seed))
	cp, _ := charmap.Windows1256.NewEncoder().Bytes(big)
	moj, _ := charmap.Windows1256.NewDecoder().Bytes(big)
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(big)
	crlf := bytes.ReplaceAll(big, []byte("\n"), []byte("\r\n"))
	long := bytes.Repeat([]byte("العربية "), 5*blockSize/15) // one line over many blocks
	for _, tt := range []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8", big, UTF8}, {"windows-1256", cp, Windows1256}, {"mojibake", moj, UTF8MojibakeFix},
		{"utf-16", u16, UTF16LE}, {"crlf", crlf, UTF8}, {"long line", long, UTF8},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, r, err := readAll(t, tt.data, "")
			if err != nil {
				t.Fatal(err)
			}
			want := string(big)
			if tt.name == "long line" {
				want = string(long)
			}
			if got != want {
				t.Errorf("text differs (%d bytes, want %d)", len(got), len(want))
			}
			if r.Encoding != tt.enc || r.Mixed || r.Invalid > 0 {
				t.Errorf("result %+v, want encoding %s, not mixed", r, tt.enc)
			}
			sameAsDecode(t, tt.data, "")
		})
	}
}

// A CRLF, a UTF-8 sequence and a UTF-16 surrogate pair cut by a block's
// end are read whole.
func TestReaderCuts(t *testing.T) {
	for _, fill := range []int{2*blockSize - 1, 2*blockSize - 2, 2*blockSize - 3} {
		sameAsDecode(t, append(bytes.Repeat([]byte("x"), fill), "\r\nالعربية\r\n"...), "")
		sameAsDecode(t, append(bytes.Repeat([]byte("x"), fill), "العربية"...), "")
	}
	pair := []byte{0x3d, 0xd8, 0x00, 0xde} // U+1F600 in UTF-16LE
	for _, fill := range []int{blockSize - 2, blockSize - 1, blockSize} {
		data := append([]byte{0xff, 0xfe}, bytes.Repeat([]byte{'a', 0}, fill/2)...)
		data = append(append(data, pair...), '\r', 0, '\n', 0)
		got, r, err := readAll(t, data, "")
		if err != nil || r.Invalid != 0 || !strings.HasSuffix(got, "\U0001F600\n") {
			t.Errorf("fill %d: %v, %+v, ends %q", fill, err, r, got[len(got)-6:])
		}
		sameAsDecode(t, data, "")
	}
}

func TestReaderUnknown(t *testing.T) {
	if _, err := NewReader(strings.NewReader(""), "latin1"); err == nil {
		t.Error("latin1 accepted")
	}
}

// FuzzReader: a Reader fed one byte at a time gives what Decode gives.
func FuzzReader(f *testing.F) {
	for _, name := range []string{seedFile, "libya.utf-8-bom-crlf.txt", "libya.utf-16le-bom.txt",
		"libya.windows-1256.txt", "libya.mojibake-utf8-read-as-windows-1256.txt"} {
		b := readFixture(f, name)
		f.Add(b[:min(len(b), 600)], uint8(0))
	}
	f.Add([]byte("العربية\n\xc7\xe1\xda\xd1\xc8\xed\xc9\n"), uint8(0))
	f.Add([]byte("\xef\xbb\xbf\xff\xfea\x00"), uint8(0))
	forced := append([]string{"auto"}, Forced...)
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		sameAsDecode(t, data, forced[int(which)%len(forced)])
	})
}
