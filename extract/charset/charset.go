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
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

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
// Guessed set. Valid UTF-8 that is UTF-8 once decoded as Windows-1256 is
// repaired, with Repaired set.
//
// With forced "utf-8", "utf-16", "windows-1256" or "iso-8859-6" the bytes
// are read in that encoding (a BOM of the encoding is skipped; UTF-16
// without BOM uses its byte order heuristic, little-endian by default).
//
// The error is ErrNotText for binary input, ErrNoEncoding when nothing
// fits, or an error naming an unknown forced encoding. Decode never panics
// and always returns valid UTF-8.
func Decode(data []byte, forced string) (string, Result, error) {
	switch forced {
	case "", forcedAuto:
		return decodeAuto(data)
	case UTF8:
		if isBinary(data) {
			return "", Result{}, ErrNotText
		}
		data, nuls := dropNUL(data)
		if bytes.HasPrefix(data, bomUTF8) {
			return nuls.in(decodeUTF8(data[len(bomUTF8):], UTF8BOM))
		}
		return nuls.in(decodeUTF8(data, UTF8))
	case forcedUTF16:
		switch {
		case bytes.HasPrefix(data, bomUTF16LE):
			return decodeUTF16(data[2:], false, Result{Encoding: UTF16LE})
		case bytes.HasPrefix(data, bomUTF16BE):
			return decodeUTF16(data[2:], true, Result{Encoding: UTF16BE})
		}
		if be, ok := sniffUTF16(data); ok && be {
			return decodeUTF16(data, true, Result{Encoding: UTF16BE})
		}
		return decodeUTF16(data, false, Result{Encoding: UTF16LE})
	case Windows1256, ISO88596:
		if isBinary(data) {
			return "", Result{}, ErrNotText
		}
		data, nuls := dropNUL(data)
		cm := charmap.Windows1256
		if forced == ISO88596 {
			cm = charmap.ISO8859_6
		}
		return nuls.in(finish(decodeCharmap(data, cm)), Result{Encoding: forced}, nil)
	}
	return "", Result{}, fmt.Errorf("unknown encoding %q: valid encodings are auto, utf-8, utf-16, windows-1256, iso-8859-6", forced)
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

func decodeAuto(data []byte) (string, Result, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeUTF16(data[2:], false, Result{Encoding: UTF16LE})
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeUTF16(data[2:], true, Result{Encoding: UTF16BE})
	}
	if be, ok := sniffUTF16(data); ok {
		name := UTF16LE
		if be {
			name = UTF16BE
		}
		return decodeUTF16(data, be, Result{Encoding: name, Guessed: true})
	}
	if isBinary(data) {
		return "", Result{}, ErrNotText
	}
	data, nuls := dropNUL(data)
	if bytes.HasPrefix(data, bomUTF8) { // a BOM after NULs
		return nuls.in(decodeUTF8Auto(data[len(bomUTF8):], UTF8BOM))
	}
	return nuls.in(decodeUTF8Auto(data, UTF8))
}

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

// in records the count in a decoding's result.
func (c nulCount) in(s string, r Result, err error) (string, Result, error) {
	r.NULs, r.NULLine = c.n, c.line
	return s, r, err
}

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

// decodeUTF8Auto reads data as UTF-8 when it is valid or nearly so, repairs
// mojibake, and otherwise guesses a legacy Arabic code page.
func decodeUTF8Auto(data []byte, name string) (string, Result, error) {
	if validUTF8(data) {
		s := finish(string(data))
		if fixed, ok := repairMojibake(s); ok {
			return fixed, Result{Encoding: UTF8MojibakeFix, Repaired: true}, nil
		}
		return s, Result{Encoding: name}, nil
	}
	valid, invalid := countUTF8(data)
	if valid > 0 && invalid*4 <= valid {
		// Mostly UTF-8: a few bad bytes do not make a code page.
		return decodeUTF8(data, name)
	}
	if name == UTF8 {
		w, i := decodeCharmap(data, charmap.Windows1256), decodeCharmap(data, charmap.ISO8859_6)
		sw, si := arabicScore(w), arabicScore(i)
		if sw > 0 || si > 0 {
			if si > sw {
				return finish(i), Result{Encoding: ISO88596, Guessed: true}, nil
			}
			return finish(w), Result{Encoding: Windows1256, Guessed: true}, nil
		}
	}
	if invalid*100 > len(data) && invalid > 8 {
		return "", Result{}, ErrNoEncoding
	}
	return decodeUTF8(data, name)
}

// countUTF8 counts the valid multi-byte sequences and the invalid bytes.
func countUTF8(data []byte) (valid, invalid int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid, invalid
}

// decodeUTF8 reads data as UTF-8, each invalid byte becoming U+FFFD,
// counted with the first line holding one.
func decodeUTF8(data []byte, name string) (string, Result, error) {
	if validUTF8(data) {
		return finish(string(data)), Result{Encoding: name}, nil
	}
	var b bytes.Buffer
	b.Grow(len(data) + 16)
	count, first := 0, -1
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			count++
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return finish(b.String()), Result{Encoding: name, Invalid: count, InvalidLine: lineAt(data, first)}, nil
}

// lineAt returns the 1-based line of byte offset off, counting LF, CRLF
// and CR as line ends as finish does.
func lineAt(data []byte, off int) int {
	if off < 0 {
		return 0
	}
	head := data[:off]
	return 1 + bytes.Count(head, []byte{'\n'}) + bytes.Count(head, []byte{'\r'}) - bytes.Count(head, []byte("\r\n"))
}

// decodeUTF16 reads data as UTF-16 and completes res; unpaired surrogates
// and an odd final byte become U+FFFD, counted.
func decodeUTF16(data []byte, bigEndian bool, res Result) (string, Result, error) {
	units := make([]uint16, len(data)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			units[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	var b bytes.Buffer
	b.Grow(len(data) * 3 / 2)
	count, firstLine, line := 0, 0, 1
	bad := func() {
		count++
		if firstLine == 0 {
			firstLine = line
		}
		b.WriteRune(utf8.RuneError)
	}
	prevCR := false
	for i := 0; i < len(units); i++ {
		u := units[i]
		var r rune
		switch {
		case utf16.IsSurrogate(rune(u)):
			if u < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] < 0xE000 {
				r = utf16.DecodeRune(rune(u), rune(units[i+1]))
				i++
			} else {
				bad()
				prevCR = false
				continue
			}
		default:
			r = rune(u)
		}
		if r == '\r' || (r == '\n' && !prevCR) {
			line++
		}
		prevCR = r == '\r'
		b.WriteRune(r)
	}
	if len(data)%2 == 1 {
		bad()
	}
	res.Invalid, res.InvalidLine = count, firstLine
	return finish(b.String()), res, nil
}

// decodeCharmap decodes a single-byte code page. Bytes the code page does
// not define become U+FFFD.
func decodeCharmap(data []byte, cm *charmap.Charmap) string {
	var b bytes.Buffer
	b.Grow(len(data) * 2)
	for _, c := range data {
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			continue
		}
		b.WriteRune(cm.DecodeByte(c))
	}
	return b.String()
}

// finish turns CRLF and CR into LF.
func finish(s string) string {
	if !containsCR(s) {
		return s
	}
	var b bytes.Buffer
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func containsCR(s string) bool { return strings.IndexByte(s, '\r') >= 0 }
