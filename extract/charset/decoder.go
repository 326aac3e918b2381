package charset

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// blockSize is the size of the blocks of lines the decoder reads at a
// time: a block ends at the last line end in its first blockSize bytes,
// else at the first one in the next blockSize bytes, else (a line longer
// than that) after 2*blockSize bytes, at a character's start. Each block
// is decided on its own, so that a stream is decoded in bounded memory;
// the cut depends only on the bytes, so Decode and Reader cut alike.
const blockSize = 256 << 10

// mode is how a decoder reads its blocks.
type mode uint8

const (
	modeUTF8    mode = iota // UTF-8 (auto: with a code page guessed for what is not)
	modeUTF16               // UTF-16, either byte order
	modeCharmap             // a forced code page
)

// decoder holds what carries from one block of an input to the next.
type decoder struct {
	mode      mode
	auto      bool             // the encoding was not forced
	bigEndian bool             // modeUTF16
	cm        *charmap.Charmap // the forced code page, or the one guessed for this input
	started   bool             // the first block was decoded
	bom       bool             // modeUTF8: the input began with a UTF-8 BOM
	res       Result
	lines     int    // line ends written so far
	prevCR    bool   // the last byte written was a CR made LF: a LF next is its pair
	pend      []byte // modeUTF16: an odd byte or a high surrogate carried to the next block
	sawUTF8   bool   // non-ASCII UTF-8 was read as it is
}

// newDecoder returns the decoder of a forced encoding (see Decode).
func newDecoder(forced string) (*decoder, error) {
	d := &decoder{}
	switch forced {
	case "", forcedAuto:
		d.auto = true
	case UTF8:
	case forcedUTF16:
		d.mode = modeUTF16
	case Windows1256, ISO88596:
		d.mode, d.cm, d.res.Encoding = modeCharmap, charmap.Windows1256, forced
		if forced == ISO88596 {
			d.cm = charmap.ISO8859_6
		}
	default:
		return nil, fmt.Errorf("unknown encoding %q: valid encodings are auto, utf-8, utf-16, windows-1256, iso-8859-6", forced)
	}
	return d, nil
}

// start decides the encoding from the first bytes of the input (head: at
// least 2*blockSize+1 bytes, or all of them) and returns how many bytes
// of byte order mark to skip.
func (d *decoder) start(head []byte) (int, error) {
	if d.auto || d.mode == modeUTF16 {
		if n := d.utf16Mark(head, false); n >= 0 {
			return n, nil
		}
		if d.auto && bytes.HasPrefix(head, bomUTF8) {
			if n := d.utf16Mark(head[len(bomUTF8):], true); n >= 0 {
				d.res.Guessed, d.res.BOMMismatch = true, true
				return len(bomUTF8) + n, nil
			}
		}
		if d.auto && d.utf16Mark(head, true) == 0 {
			return 0, nil
		}
		if d.mode == modeUTF16 { // forced, no BOM: the heuristic, else LE
			d.res.Encoding = UTF16LE
			if be, ok := sniffUTF16(head); ok && be {
				d.bigEndian, d.res.Encoding = true, UTF16BE
			}
			return 0, nil
		}
	}
	if isBinary(head) {
		return 0, ErrNotText
	}
	return 0, nil
}

// utf16Mark recognises UTF-16 at the start of head: a byte order mark
// (whose length it returns), or, when sniff is set, the high bytes of
// UTF-16 without one (0 returned, Guessed set). It returns -1 for
// anything else.
func (d *decoder) utf16Mark(head []byte, sniff bool) int {
	switch {
	case bytes.HasPrefix(head, bomUTF16LE):
		d.mode, d.res.Encoding = modeUTF16, UTF16LE
		return 2
	case bytes.HasPrefix(head, bomUTF16BE):
		d.mode, d.bigEndian, d.res.Encoding = modeUTF16, true, UTF16BE
		return 2
	}
	if !sniff {
		return -1
	}
	if be, ok := sniffUTF16(head); ok {
		d.mode, d.bigEndian, d.res.Encoding, d.res.Guessed = modeUTF16, be, UTF16LE, true
		if be {
			d.res.Encoding = UTF16BE
		}
		return 0
	}
	return -1
}

// outSize is the capacity to give the text of n input bytes.
func (d *decoder) outSize(n int) int {
	if d.mode == modeUTF8 {
		return n
	}
	return n*3/2 + 16
}

// cut returns the length of the next block of a, the rest of the input
// (all of it when eof, else at least 2*blockSize+1 bytes of it); see
// blockSize.
func (d *decoder) cut(a []byte, eof bool) int {
	if len(a) <= blockSize && eof {
		return len(a)
	}
	if d.mode == modeUTF16 {
		return blockSize
	}
	if i := bytes.LastIndexByte(a[:blockSize], '\n'); i >= 0 {
		return i + 1
	}
	end := min(len(a), 2*blockSize)
	if j := bytes.IndexByte(a[blockSize:end], '\n'); j >= 0 {
		return blockSize + j + 1
	}
	if len(a) <= 2*blockSize {
		return len(a)
	}
	return runeCut(a[:end])
}

// runeCut returns len(a), less the bytes of a UTF-8 sequence that a
// would cut.
func runeCut(a []byte) int {
	for i := 1; i <= 3 && i <= len(a); i++ {
		c := a[len(a)-i]
		if c < utf8.RuneSelf {
			break
		}
		if c >= 0xC0 {
			need := 2
			if c >= 0xF0 {
				need = 4
			} else if c >= 0xE0 {
				need = 3
			}
			if need > i {
				return len(a) - i
			}
			break
		}
	}
	return len(a)
}

// block appends the text of the block p to dst; last is set for the last
// block of the input.
func (d *decoder) block(dst, p []byte, last bool) ([]byte, error) {
	first := !d.started
	d.started = true
	switch d.mode {
	case modeUTF16:
		return d.utf16(dst, p, last), nil
	case modeCharmap:
		p = d.dropNUL(p)
		return d.charmap(dst, p, d.cm), nil
	}
	p = d.dropNUL(p)
	if first {
		d.res.Encoding = UTF8
		if bytes.HasPrefix(p, bomUTF8) {
			p, d.bom, d.res.Encoding = p[len(bomUTF8):], true, UTF8BOM
		}
	}
	if validUTF8(p) {
		if d.auto {
			if out, ok := d.repair(dst, p); ok {
				return out, nil
			}
		}
		return d.utf8(dst, p), nil
	}
	if !d.auto {
		return d.replace(dst, p), nil
	}
	return d.guess(dst, p)
}

// dropNUL drops the NUL bytes of p, counting them.
func (d *decoder) dropNUL(p []byte) []byte {
	p, c := dropNUL(p)
	if c.n > 0 {
		if d.res.NULs == 0 {
			d.res.NULLine = d.lines + c.line
		}
		d.res.NULs += c.n
	}
	return p
}

// result is the Result of what was decoded.
func (d *decoder) result() Result {
	r := d.res
	if r.Encoding == "" {
		r.Encoding = UTF8
	}
	r.Mixed = d.sawUTF8 && r.MixedLines > 0
	if !r.Mixed {
		r.MixedAs, r.MixedLines, r.MixedLine = "", 0, 0
	}
	return r
}

// other records n lines from line on (1-based, in what is still to be
// written) read as enc rather than as UTF-8.
func (d *decoder) other(enc string, line, n int) {
	if d.res.MixedLines == 0 {
		d.res.MixedAs, d.res.MixedLine = enc, d.lines+line
	}
	d.res.MixedLines += n
}

// utf8 appends valid UTF-8.
func (d *decoder) utf8(dst, p []byte) []byte {
	if !d.sawUTF8 && hasHigh(p) {
		d.sawUTF8 = true
	}
	return d.endings(append(dst, p...), len(dst))
}

// hasHigh reports whether p holds a byte that is not ASCII.
func hasHigh(p []byte) bool {
	for _, c := range p {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// repair appends valid UTF-8 p repaired when it is mojibake (see
// repairMojibake), as a whole or line by line; false when nothing was
// repaired.
func (d *decoder) repair(dst, p []byte) ([]byte, bool) {
	s := unsafe.String(unsafe.SliceData(p), len(p)) // a view: p is not written
	// Its start, or its end: a text can turn into mojibake half-way.
	sample := s[:min(len(s), 16<<10)]
	if !mayBeMojibake(sample) && !mayBeMojibake(s[max(0, len(s)-4<<10):]) {
		return dst, false
	}
	if fixed, n := repairMojibake(s); n > 0 {
		d.repaired(n, looksMojibake(fixed))
		return d.endings(append(dst, fixed...), len(dst)), true
	}
	// Not as a whole: perhaps some lines are mojibake and others not.
	out, fixedLines := dst, 0
	var left []byte // a sample of the lines not repaired
	for line := range bytes.Lines(p) {
		if fixed, n := repairMojibake(string(line)); n > 0 {
			d.repaired(n, false)
			d.other(UTF8MojibakeFix, 1, 1)
			out = d.endings(append(out, fixed...), len(out))
			fixedLines++
			continue
		}
		if len(left) < 16<<10 {
			left = append(left, line...)
		}
		out = d.utf8(out, line)
	}
	d.res.MojibakeLeft = d.res.MojibakeLeft || looksMojibake(string(left))
	return out, fixedLines > 0
}

// repaired records n repairs; left is set when the text still looks
// like mojibake.
func (d *decoder) repaired(n int, left bool) {
	d.res.Repaired = true
	d.res.Repairs = max(d.res.Repairs, n)
	if d.res.Encoding == UTF8 || d.res.Encoding == UTF8BOM {
		d.res.Encoding = UTF8MojibakeFix
	}
	d.res.MojibakeLeft = d.res.MojibakeLeft || left
}

// guess appends p, which is not valid UTF-8, read as Decode with "auto"
// says: UTF-8 lines and code-page lines told apart, or UTF-8 with a few
// bad bytes, or a code page, or ErrNoEncoding.
func (d *decoder) guess(dst, p []byte) ([]byte, error) {
	if !d.bom {
		if out, ok := d.mixed(dst, p); ok {
			return out, nil
		}
	}
	valid, invalid := countUTF8(p)
	if valid > 0 && invalid*4 <= valid {
		// Mostly UTF-8: a few bad bytes do not make a code page.
		return d.replace(dst, p), nil
	}
	if !d.bom {
		if cm, text := d.pick(p); cm != nil {
			d.guessed(cm, 1, countLines(p))
			return d.endings(append(dst, text...), len(dst)), nil
		}
	}
	if invalid*100 > len(p) && invalid > 8 {
		return dst, ErrNoEncoding
	}
	return d.replace(dst, p), nil
}

// guessed records n lines from line on (1-based, in what is still to
// be written) read in the code page cm.
func (d *decoder) guessed(cm *charmap.Charmap, line, n int) {
	d.res.Encoding, d.res.Guessed = cmName(cm), true
	d.other(d.res.Encoding, line, n)
}

// countLines counts the lines of p, the last one with or without its
// line end.
func countLines(p []byte) int {
	n := bytes.Count(p, []byte{'\n'})
	if len(p) > 0 && p[len(p)-1] != '\n' {
		n++
	}
	return n
}

// cmName is the encoding name of a code page.
func cmName(cm *charmap.Charmap) string {
	if cm == charmap.ISO8859_6 {
		return ISO88596
	}
	return Windows1256
}

// pick returns the code page p is read in, and p read in it: the one
// guessed before for this input, else the Arabic code page that decodes p
// to more Arabic text; nil when neither gives any.
func (d *decoder) pick(p []byte) (*charmap.Charmap, []byte) {
	if d.cm != nil {
		return d.cm, decodeCharmap(nil, p, d.cm)
	}
	w, i := decodeCharmap(nil, p, charmap.Windows1256), decodeCharmap(nil, p, charmap.ISO8859_6)
	sw, si := arabicScore(string(w)), arabicScore(string(i))
	switch {
	case si > sw && si > 0:
		d.cm = charmap.ISO8859_6
		return d.cm, i
	case sw > 0:
		d.cm = charmap.Windows1256
		return d.cm, w
	}
	return nil, nil
}

// mixed appends p line by line when it holds both lines of valid UTF-8
// (not all ASCII) and lines that are not UTF-8 and read as Arabic in a
// code page; false when p is not such a mixture.
func (d *decoder) mixed(dst, p []byte) ([]byte, bool) {
	var utf8Line bool
	var foreign []byte
	for line := range bytes.Lines(p) {
		switch lineKind(line) {
		case lineUTF8:
			utf8Line = true
		case lineForeign:
			foreign = append(foreign, line...)
		}
	}
	if !utf8Line || foreign == nil {
		return dst, false
	}
	cm, _ := d.pick(foreign)
	if cm == nil {
		return dst, false
	}
	for line := range bytes.Lines(p) {
		switch lineKind(line) {
		case lineForeign:
			d.guessed(cm, 1, 1)
			dst = d.charmap(dst, line, cm)
		default:
			dst = d.replace(dst, line)
		}
	}
	return dst, true
}

// The kinds of line mixed tells apart.
const (
	lineASCII   = iota
	lineUTF8    // valid UTF-8, not all ASCII
	lineMostly  // UTF-8 with a few bad bytes
	lineForeign // not UTF-8
)

// lineKind says what a line is (see the line kinds).
func lineKind(line []byte) int {
	if !hasHigh(line) {
		return lineASCII
	}
	if validUTF8(line) {
		return lineUTF8
	}
	if valid, invalid := countUTF8(line); valid > 0 && invalid*4 <= valid {
		return lineMostly
	}
	return lineForeign
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

// replace appends p read as UTF-8, each invalid byte becoming U+FFFD,
// counted with the first line holding one.
func (d *decoder) replace(dst, p []byte) []byte {
	if validUTF8(p) {
		return d.utf8(dst, p)
	}
	start := len(dst)
	first := -1
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			d.res.Invalid++
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			d.sawUTF8 = true
			dst = append(dst, p[i:i+size]...)
		}
		i += size
	}
	if first >= 0 && d.res.InvalidLine == 0 {
		d.res.InvalidLine = d.lines + lineAt(p, first)
	}
	return d.endings(dst, start)
}

// lineAt returns the 1-based line of byte offset off, counting LF, CRLF
// and CR as line ends as endings does.
func lineAt(data []byte, off int) int {
	if off < 0 {
		return 0
	}
	head := data[:off]
	return 1 + bytes.Count(head, []byte{'\n'}) + bytes.Count(head, []byte{'\r'}) - bytes.Count(head, []byte("\r\n"))
}

// utf16 appends the UTF-16 block p; unpaired surrogates and an odd final
// byte become U+FFFD, counted.
func (d *decoder) utf16(dst, p []byte, last bool) []byte {
	if len(d.pend) > 0 {
		p = append(d.pend, p...)
		d.pend = nil
	}
	unit := func(i int) uint16 {
		if d.bigEndian {
			return uint16(p[2*i])<<8 | uint16(p[2*i+1])
		}
		return uint16(p[2*i+1])<<8 | uint16(p[2*i])
	}
	units := len(p) / 2
	if !last {
		if units > 0 && unit(units-1) >= 0xD800 && unit(units-1) < 0xDC00 {
			units-- // a high surrogate waits for its pair
		}
		d.pend = append([]byte(nil), p[2*units:]...)
	}
	start, line, prevCR := len(dst), 1, d.prevCR
	bad := func() {
		if d.res.Invalid == 0 {
			d.res.InvalidLine = d.lines + line
		}
		d.res.Invalid++
		dst = utf8.AppendRune(dst, utf8.RuneError)
	}
	for i := 0; i < units; i++ {
		u := unit(i)
		r := rune(u)
		if utf16.IsSurrogate(r) {
			if u < 0xDC00 && i+1 < units && unit(i+1) >= 0xDC00 && unit(i+1) < 0xE000 {
				r = utf16.DecodeRune(r, rune(unit(i+1)))
				i++
			} else {
				bad()
				prevCR = false
				continue
			}
		}
		if r == '\r' || (r == '\n' && !prevCR) {
			line++
		}
		prevCR = r == '\r'
		dst = utf8.AppendRune(dst, r)
	}
	if last && len(p)%2 == 1 {
		bad()
	}
	return d.endings(dst, start)
}

// charmap appends p read in the code page cm.
func (d *decoder) charmap(dst, p []byte, cm *charmap.Charmap) []byte {
	return d.endings(decodeCharmap(dst, p, cm), len(dst))
}

// decodeCharmap appends p read in a single-byte code page. Bytes the
// code page does not define become U+FFFD.
func decodeCharmap(dst, p []byte, cm *charmap.Charmap) []byte {
	for _, c := range p {
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			continue
		}
		dst = utf8.AppendRune(dst, cm.DecodeByte(c))
	}
	return dst
}

// endings turns the CRLF and CR of b[start:] into LF, in place, counts
// the line ends, and returns b shortened.
func (d *decoder) endings(b []byte, start int) []byte {
	t := b[start:]
	if d.prevCR && len(t) > 0 && t[0] == '\n' {
		copy(t, t[1:]) // the LF of a CRLF cut between two blocks
		t, b = t[:len(t)-1], b[:len(b)-1]
	}
	if len(t) == 0 {
		return b
	}
	if bytes.IndexByte(t, '\r') < 0 {
		d.lines += bytes.Count(t, []byte{'\n'})
		d.prevCR = false
		return b
	}
	d.prevCR = t[len(t)-1] == '\r'
	w := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch c {
		case '\r':
			c = '\n'
			if i+1 < len(t) && t[i+1] == '\n' {
				i++
			}
			d.lines++
		case '\n':
			d.lines++
		}
		t[w] = c
		w++
	}
	return b[:start+w]
}
