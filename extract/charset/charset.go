// Package charset decodes the bytes of an article to UTF-8 text: it finds
// the encoding (byte order marks, valid UTF-8, UTF-16 without a BOM, the
// legacy Arabic code pages Windows-1256 and ISO-8859-6), repairs UTF-8 text
// that was once decoded as Windows-1256 (mojibake), and turns CRLF and CR
// line ends into LF. It knows nothing of articles.
//
// Decode is safe for concurrent use.
package charset

import (
	"bytes"
	"errors"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// Encoding names, as reported in Result.Encoding and in a document's
// input.encoding.
const (
	UTF8            = "utf-8"
	UTF8BOM         = "utf-8-bom"
	UTF16LE         = "utf-16le"
	UTF16BE         = "utf-16be"
	Windows1256     = "windows-1256"
	ISO88596        = "iso-8859-6"
	UTF8MojibakeFix = "utf-8-mojibake-repaired"
)

const (
	forcedAuto  = "auto"
	forcedUTF16 = "utf-16"
	// binaryProbeBytes is the first chunk looked at to tell binary data
	// from text (and UTF-16 from other text).
	binaryProbeBytes = 8 << 10
)

// Errors returned by Decode. Callers map them to error records.
var (
	// ErrNotText: the input is binary: control bytes that text does not
	// hold (NUL among them) are dense near its start, and it is not
	// UTF-16: it is binary, not text.
	ErrNotText = errors.New("not text: binary data (NUL and other control bytes) and not UTF-16")
	// ErrNoEncoding: the input is not UTF-8 and no Arabic code page fits.
	ErrNoEncoding = errors.New("not UTF-8 and no Arabic code page fits")
)

// Result says how the bytes were decoded: the facts a caller turns into
// warnings.
type Result struct {
	// Encoding is one of UTF8, UTF8BOM, UTF16LE, UTF16BE, Windows1256,
	// ISO88596 or UTF8MojibakeFix.
	Encoding string
	// Guessed is set when nothing marked the encoding: UTF-16 without a
	// byte order mark, or a legacy code page for bytes that are not UTF-8.
	Guessed bool
	// Repaired is set when UTF-8 once decoded as Windows-1256 was repaired
	// (Encoding is UTF8MojibakeFix).
	Repaired bool
	// Invalid counts the bytes (in UTF-16, the code units) that were not
	// valid and became U+FFFD; InvalidLine is the 1-based line of the
	// first, 0 when there is none.
	Invalid, InvalidLine int
	// NULs counts the stray NUL bytes that were dropped (text that is not
	// binary, such as a corpus whose every file ends with one); NULLine
	// is the 1-based line of the first, 0 when there is none.
	NULs, NULLine int
	// Repairs is how many times mojibake was undone: 2 for text decoded
	// wrongly twice. MojibakeLeft is set when text that still looks like
	// mojibake (a wealth of ط and ظ) could not be repaired.
	Repairs      int
	MojibakeLeft bool
	// Mixed is set when the input is not one encoding: some lines are
	// UTF-8 and MixedLines others were read as MixedAs (Windows1256 or
	// ISO88596, or UTF8MojibakeFix for mojibake repaired line by line),
	// the first on line MixedLine.
	Mixed                 bool
	MixedAs               string
	MixedLines, MixedLine int
	// BOMMismatch is set when a UTF-8 byte order mark stood before UTF-16
	// text: the text was read as UTF-16 (Guessed), not as UTF-8.
	BOMMismatch bool
}

// Forced lists the values Decode accepts for forced, besides "" and "auto".
var Forced = []string{"utf-8", "utf-16", "windows-1256", "iso-8859-6"}

// Valid reports whether name is a value Decode accepts for forced:
// "", "auto", or one of Forced.
func Valid(name string) bool {
	switch name {
	case "", forcedAuto, UTF8, forcedUTF16, Windows1256, ISO88596:
		return true
	}
	return false
}

// Decode returns data as UTF-8 text with LF line ends, and how it was read.
//
// With forced "" or "auto" it uses a byte order mark (UTF-8, UTF-16LE,
// UTF-16BE), else UTF-16 recognised by its zero (or 0x06, Arabic) high
// bytes, else UTF-8 when the bytes are valid or only a few are not (those
// become U+FFFD, counted in Invalid), else the legacy Arabic code
// page (Windows-1256 or ISO-8859-6) that decodes to more Arabic text, with
// Guessed set. Valid UTF-8 that is UTF-8 once (or twice) decoded as
// Windows-1256 is repaired, with Repaired set. A UTF-8 byte order mark
// before UTF-16 text is not taken for UTF-8: the text is read as UTF-16
// (BOMMismatch). The input is read in blocks of lines of about 256 KiB,
// each decided on its own (a code page, once guessed, holds for the
// rest); within a block that is not valid UTF-8, lines that are UTF-8 and
// lines in a code page are told apart one by one (Mixed).
//
// With forced "utf-8", "utf-16", "windows-1256" or "iso-8859-6" the bytes
// are read in that encoding (a BOM of the encoding is skipped; UTF-16
// without BOM uses its byte order heuristic, little-endian by default).
//
// The error is ErrNotText for binary input, ErrNoEncoding when nothing
// fits, or an error naming an unknown forced encoding. Decode never panics
// and always returns valid UTF-8. NewReader decodes a stream the same way.
func Decode(data []byte, forced string) (string, Result, error) {
	d, err := newDecoder(forced)
	if err != nil {
		return "", Result{}, err
	}
	skip, err := d.start(data[:min(len(data), 2*blockSize+1)])
	if err != nil {
		return "", Result{}, err
	}
	data = data[skip:]
	out := make([]byte, 0, d.outSize(len(data)))
	for {
		n := d.cut(data, true)
		if out, err = d.block(out, data[:n], n == len(data)); err != nil {
			return "", Result{}, err
		}
		if data = data[n:]; len(data) == 0 {
			break
		}
	}
	if len(out) == 0 {
		return "", d.result(), nil
	}
	// out is not written again: the string shares its bytes.
	return unsafe.String(unsafe.SliceData(out), len(out)), d.result(), nil
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// IsUTF16 reports whether data is UTF-16 as Decode with "auto" sees it: it
// starts with a UTF-16 byte order mark, or its first chunk has the zero
// (or 0x06, Arabic) high bytes of UTF-16 without one. Such input cannot be
// cut into lines before it is decoded.
func IsUTF16(data []byte) bool {
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return true
	}
	_, ok := sniffUTF16(data)
	return ok
}

// isBinary reports whether data is binary rather than text with a few
// stray NULs: in its first chunk (trailing NULs, which pad some files,
// left out) more than 1 byte in 64, and more than 2, are control bytes
// that text does not hold: C0 controls but TAB, LF, VT, FF, CR, SUB (a DOS
// end of file) and ESC.
func isBinary(data []byte) bool {
	head := data[:min(len(data), binaryProbeBytes)]
	if len(head) == len(data) {
		head = bytes.TrimRight(head, "\x00")
	}
	n := 0
	for _, c := range head {
		if c < 0x20 && binaryControl[c] {
			n++
		}
	}
	return n > 2 && n*64 > len(head)
}

// binaryControl marks the C0 controls that text does not hold.
var binaryControl = func() (t [0x20]bool) {
	for c := range t {
		switch c {
		case '\t', '\n', '\v', '\f', '\r', 0x1A, 0x1B:
		default:
			t[c] = true
		}
	}
	return
}()

// nulCount is how many NUL bytes dropNUL dropped, and the line of the
// first.
type nulCount struct{ n, line int }

// dropNUL returns data without its NUL bytes (a copy when it has any),
// and how many there were.
func dropNUL(data []byte) ([]byte, nulCount) {
	i := bytes.IndexByte(data, 0)
	if i < 0 {
		return data, nulCount{}
	}
	c := nulCount{line: lineAt(data, i)}
	out := make([]byte, 0, len(data))
	for {
		out = append(out, data[:i]...)
		c.n++
		data = data[i+1:]
		if i = bytes.IndexByte(data, 0); i < 0 {
			return append(out, data...), c
		}
	}
}

// sniffUTF16 recognises UTF-16 without a BOM in the first chunk: in one of
// the two byte positions (the high byte) nearly every byte is 0x00 (ASCII)
// or 0x06 (Arabic), while the other position rarely holds a NUL. It returns
// whether it is big-endian, and whether it is UTF-16 at all.
func sniffUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data), binaryProbeBytes) &^ 1
	if n < 4 || bytes.IndexByte(data[:n], 0) < 0 {
		return false, false // UTF-16 of Arabic or Latin text is full of NULs
	}
	var evenHigh, oddHigh, evenNUL, oddNUL int
	for i := 0; i < n; i += 2 {
		e, o := data[i], data[i+1]
		if e == 0 || e == 0x06 {
			evenHigh++
		}
		if o == 0 || o == 0x06 {
			oddHigh++
		}
		if e == 0 {
			evenNUL++
		}
		if o == 0 {
			oddNUL++
		}
	}
	pairs := n / 2
	switch {
	case oddNUL > 0 && oddHigh*10 >= pairs*7 && evenNUL*20 <= pairs:
		return false, true
	case evenNUL > 0 && evenHigh*10 >= pairs*7 && oddNUL*20 <= pairs:
		return true, true
	}
	return false, false
}

// Code pages of file names, as DecodeName reports them.
const (
	NameCP1256 = "cp1256"
	NameCP437  = "cp437"
)

// DecodeName reads a file name that is not UTF-8 and carries no mark of
// its encoding (a zip member name without the UTF-8 flag): as Windows-1256
// when that gives Arabic words, else as CP437, the code page of DOS and of
// the zip format's first tools. It returns the name and the code page
// used; a name that is valid UTF-8 is returned as it is, with "".
func DecodeName(name string) (string, string) {
	if utf8.ValidString(name) {
		return name, ""
	}
	if w := string(decodeCharmap(nil, []byte(name), charmap.Windows1256)); arabicScore(w) > 0 {
		return w, NameCP1256
	}
	return string(decodeCharmap(nil, []byte(name), charmap.CodePage437)), NameCP437
}
