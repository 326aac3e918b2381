package charset

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// encodings is the shared fixture folder at the module root.
const encodings = "../../testdata/encodings"

const seedFile = "aljazeera-2016-02-02-libya-coalition.txt"

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(encodings, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The facts of a Result, named as the document's warnings name them.
const (
	WarnEncodingGuessed  = "encoding-guessed"
	WarnMojibakeRepaired = "mojibake-repaired"
	WarnInvalidUTF8      = "invalid-utf8"
	WarnNULBytes         = "nul-bytes"
)

func codes(r Result) []string {
	var c []string
	if r.Guessed {
		c = append(c, WarnEncodingGuessed)
	}
	if r.Repaired {
		c = append(c, WarnMojibakeRepaired)
	}
	if r.Invalid > 0 {
		c = append(c, WarnInvalidUTF8)
	}
	if r.NULs > 0 {
		c = append(c, WarnNULBytes)
	}
	return c
}

// Every variant of the seed decodes to the seed's exact text, under the
// right name and with the right warnings.
func TestDecodeFixtures(t *testing.T) {
	seed := string(readFixture(t, seedFile))
	tests := []struct {
		file, forced, enc string
		warn              []string
	}{
		{seedFile, "auto", UTF8, nil},
		{"libya.utf-8-bom-crlf.txt", "auto", UTF8BOM, nil},
		{"libya.utf-16le-bom.txt", "auto", UTF16LE, nil},
		{"libya.windows-1256.txt", "auto", Windows1256, []string{WarnEncodingGuessed}},
		{"libya.iso-8859-6.txt", "auto", ISO88596, []string{WarnEncodingGuessed}},
		{"libya.mojibake-utf8-read-as-windows-1256.txt", "auto", UTF8MojibakeFix, []string{WarnMojibakeRepaired}},
		{"libya.mojibake-utf8-read-as-windows-1256.txt", "", UTF8MojibakeFix, []string{WarnMojibakeRepaired}},
		{seedFile, "utf-8", UTF8, nil},
		{"libya.utf-8-bom-crlf.txt", "utf-8", UTF8BOM, nil},
		{"libya.utf-16le-bom.txt", "utf-16", UTF16LE, nil},
		{"libya.windows-1256.txt", "windows-1256", Windows1256, nil},
		{"libya.iso-8859-6.txt", "iso-8859-6", ISO88596, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.forced, func(t *testing.T) {
			got, r, err := Decode(readFixture(t, tt.file), tt.forced)
			if err != nil {
				t.Fatal(err)
			}
			// The CRLF variant ends in a stray CR: a line end, which
			// becomes LF; a final line end adds no line.
			if strings.TrimSuffix(got, "\n") != seed {
				t.Errorf("text differs from the seed (len %d, want %d)", len(got), len(seed))
			}
			if r.Encoding != tt.enc {
				t.Errorf("encoding = %q, want %q", r.Encoding, tt.enc)
			}
			if g, w := strings.Join(codes(r), ","), strings.Join(tt.warn, ","); g != w {
				t.Errorf("warnings = %q, want %q", g, w)
			}
		})
	}
}

// UTF-16 without BOM, both byte orders, is recognised by its high bytes.
func TestDecodeUTF16NoBOM(t *testing.T) {
	seed := string(readFixture(t, seedFile))
	le := readFixture(t, "libya.utf-16le-bom.txt")[2:]
	be := make([]byte, len(le))
	for i := 0; i+1 < len(le); i += 2 {
		be[i], be[i+1] = le[i+1], le[i]
	}
	for _, tt := range []struct {
		name, enc string
		data      []byte
	}{{"le", UTF16LE, le}, {"be", UTF16BE, be}} {
		for _, forced := range []string{"auto", "utf-16"} {
			got, r, err := Decode(tt.data, forced)
			if err != nil {
				t.Fatalf("%s/%s: %v", tt.name, forced, err)
			}
			if got != seed || r.Encoding != tt.enc {
				t.Errorf("%s/%s: encoding %q, text equal %v", tt.name, forced, r.Encoding, got == seed)
			}
		}
	}
	// Plain ASCII in UTF-16BE with a BOM.
	got, r, err := Decode([]byte{0xFE, 0xFF, 0, 'h', 0, 'i', 0, '\r', 0, '\n'}, "")
	if err != nil || got != "hi\n" || r.Encoding != UTF16BE {
		t.Errorf("utf-16be bom: %q %q %v", got, r.Encoding, err)
	}
}

func TestDecodeSmall(t *testing.T) {
	tests := []struct {
		name, in, forced, want, enc string
		warn                        []string
		line, nul                   int // the first invalid byte's line, the first NUL's
		err                         error
	}{
		{name: "empty", in: "", want: "", enc: UTF8},
		{name: "bom only", in: "\xEF\xBB\xBF", want: "", enc: UTF8BOM},
		{name: "crlf and cr", in: "a\r\nb\rc\n\r\n", want: "a\nb\nc\n\n", enc: UTF8},
		{name: "ascii", in: "hello\nworld", want: "hello\nworld", enc: UTF8},
		{
			name: "one bad byte in Arabic UTF-8 stays UTF-8",
			in:   "العربية\nالعربية \xff لغة\n", want: "العربية\nالعربية \uFFFD لغة\n",
			enc: UTF8, warn: []string{WarnInvalidUTF8}, line: 2,
		},
		{
			name: "one bad byte in ASCII stays UTF-8",
			in:   "line one\r\nline two\r\nline \xe9 three", want: "line one\nline two\nline \uFFFD three",
			enc: UTF8, warn: []string{WarnInvalidUTF8}, line: 3,
		},
		{
			name: "forced utf-8 replaces",
			in:   "\xc7\xe1\xda\xd1\xc8\xed\xc9", forced: "utf-8", want: strings.Repeat("\uFFFD", 7),
			enc: UTF8, warn: []string{WarnInvalidUTF8}, line: 1,
		},
		{
			name: "windows-1256 word",
			in:   "\xc7\xe1\xda\xd1\xc8\xed\xc9 \xc7\xe1\xda\xd1\xc8\xed\xc9", want: "العربية العربية",
			enc: Windows1256, warn: []string{WarnEncodingGuessed},
		},
		{
			name: "short iso-8859-6 sentence",
			in:   "\xc7\xe4\xd9\xd1\xc8\xea\xc9 \xe4\xda\xc9 \xcc\xe5\xea\xe4\xc9 \xea\xca\xcd\xcf\xcb \xc8\xe7\xc7 \xc7\xe4\xe5\xe4\xc7\xea\xea\xe6",
			want: "العربية لغة جميلة يتحدث بها الملايين", enc: ISO88596, warn: []string{WarnEncodingGuessed},
		},
		{
			name: "short windows-1256 sentence",
			in:   "\xc7\xe1\xda\xd1\xc8\xed\xc9 \xe1\xdb\xc9 \xcc\xe3\xed\xe1\xc9 \xed\xca\xcd\xcf\xcb \xc8\xe5\xc7 \xc7\xe1\xe3\xe1\xc7\xed\xed\xe4",
			want: "العربية لغة جميلة يتحدث بها الملايين", enc: Windows1256, warn: []string{WarnEncodingGuessed},
		},
		{name: "mojibake word", in: "ط§ظ„ط¹ط±ط¨ظٹط©", want: "العربية", enc: UTF8MojibakeFix, warn: []string{WarnMojibakeRepaired}},
		{name: "real ط and ظ words are not mojibake", in: "طالب ظريف طويل ظل", want: "طالب ظريف طويل ظل", enc: UTF8},
		{name: "binary", in: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", err: ErrNotText},
		{name: "binary forced 1256", in: "ab\x00\x00\x00\x00cd", forced: "windows-1256", err: ErrNotText},
		{name: "binary with other controls", in: strings.Repeat("ab\x01\x02\x03\x04cd", 8), err: ErrNotText},
		// a corpus whose every file ends with one NUL: text, the NUL dropped
		{name: "one final NUL", in: "عنوان\r\nنص المقال\r\n\x00", want: "عنوان\nنص المقال\n", enc: UTF8, warn: []string{WarnNULBytes}, nul: 3},
		{name: "final NUL, windows-1256", in: "\xc7\xe1\xda\xd1\xc8\xed\xc9 \xc7\xe1\xda\xd1\xc8\xed\xc9\r\n\x00", want: "العربية العربية\n", enc: Windows1256, warn: []string{WarnEncodingGuessed, WarnNULBytes}, nul: 2},
		{name: "forced 1256, final NUL", in: "\xc7\xe1\xda\r\n\x00", forced: "windows-1256", want: "الع\n", enc: Windows1256, warn: []string{WarnNULBytes}, nul: 2},
		{name: "a few NULs inside", in: "a\x00b\nc\x00d\n" + strings.Repeat("text ", 40), want: "ab\ncd\n" + strings.Repeat("text ", 40), enc: UTF8, warn: []string{WarnNULBytes}, nul: 1},
		{name: "NUL padding at the end", in: "نص المقال\n" + strings.Repeat("\x00", 3000), want: "نص المقال\n", enc: UTF8, warn: []string{WarnNULBytes}, nul: 2},
		{name: "latin-1 garbage", in: strings.Repeat("caf\xe9 na\xefve \xfc\xfc\xfc ", 20), err: ErrNoEncoding},
		{name: "odd utf-16", in: "\xff\xfea\x00b", want: "a\uFFFD", enc: UTF16LE, warn: []string{WarnInvalidUTF8}, line: 1},
		{name: "lone surrogate", in: "\xff\xfe\x00\xd8a\x00", want: "\uFFFDa", enc: UTF16LE, warn: []string{WarnInvalidUTF8}, line: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, r, err := Decode([]byte(tt.in), tt.forced)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if r.Encoding != tt.enc {
				t.Errorf("encoding = %q, want %q", r.Encoding, tt.enc)
			}
			if g, w := strings.Join(codes(r), ","), strings.Join(tt.warn, ","); g != w {
				t.Errorf("warnings = %q, want %q", g, w)
			}
			if tt.line != 0 && r.InvalidLine != tt.line {
				t.Errorf("first invalid line %d, want %d", r.InvalidLine, tt.line)
			}
			if r.NULLine != tt.nul {
				t.Errorf("first NUL on line %d, want %d", r.NULLine, tt.nul)
			}
		})
	}
}

func TestDecodeUnknown(t *testing.T) {
	if _, _, err := Decode([]byte("x"), "latin1"); err == nil || !strings.Contains(err.Error(), "latin1") {
		t.Errorf("err = %v", err)
	}
	for _, n := range append([]string{"", "auto"}, Forced...) {
		if !Valid(n) {
			t.Errorf("Valid(%q) = false", n)
		}
	}
	if Valid("latin1") {
		t.Error("Valid(latin1) = true")
	}
}

// No line-length limit: a 5 MB line survives.
func TestDecodeLongLine(t *testing.T) {
	in := bytes.Repeat([]byte("العربية "), 5<<20/15)
	got, _, err := Decode(in, "")
	if err != nil || got != string(in) {
		t.Fatalf("long line: err %v, equal %v", err, got == string(in))
	}
}

// A mojibake made here from the seed by Go's own Windows-1256 decoder is
// repaired too.
func TestMojibakeRoundTrip(t *testing.T) {
	seed := readFixture(t, seedFile)
	moj, err := charmap.Windows1256.NewDecoder().Bytes(seed)
	if err != nil {
		t.Fatal(err)
	}
	got, r, err := Decode(moj, "")
	if err != nil || got != string(seed) || r.Encoding != UTF8MojibakeFix {
		t.Errorf("repair: %q %v equal %v", r.Encoding, err, got == string(seed))
	}
}

// FuzzDecode: no panic, valid UTF-8 out, no CR left, a name for the
// encoding; which picks the forced encoding.
func FuzzDecode(f *testing.F) {
	for _, name := range []string{seedFile, "libya.utf-8-bom-crlf.txt", "libya.utf-16le-bom.txt",
		"libya.windows-1256.txt", "libya.iso-8859-6.txt", "libya.mojibake-utf8-read-as-windows-1256.txt"} {
		b := readFixture(f, name)
		f.Add(b[:min(len(b), 600)], uint8(0))
	}
	f.Add([]byte("a\r\nb\x00"), uint8(3))
	f.Add([]byte("\xff\xfe\x00\xd8"), uint8(4))
	f.Add([]byte("ط§ظ„"), uint8(2))
	forced := append([]string{"auto"}, Forced...)
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		got, r, err := Decode(data, forced[int(which)%len(forced)])
		if err != nil {
			if !errors.Is(err, ErrNotText) && !errors.Is(err, ErrNoEncoding) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out: %q", got)
		}
		if strings.Contains(got, "\r") {
			t.Fatalf("CR left in %q", got)
		}
		if r.Encoding == "" {
			t.Fatal("no encoding name")
		}
	})
}

func BenchmarkDecodeUTF8(b *testing.B) {
	data := bytes.Repeat(readFixture(b, seedFile), 200)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Decode(data, "")
	}
}

func BenchmarkDecodeWindows1256(b *testing.B) {
	data := bytes.Repeat(readFixture(b, "libya.windows-1256.txt"), 200)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Decode(data, "")
	}
}
