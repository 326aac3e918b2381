// Package jsonesc escapes the C1 controls (U+0080–U+009F) in JSON that
// encoding/json wrote: it writes them raw inside strings, and a terminal
// reads U+009B as CSI and U+0085 as a line end. sahifa's JSON carries them
// as \u0080…\u009f, as it carries the C0 controls.
//
// encoding/json writes valid UTF-8 (invalid bytes become \ufffd) and keeps
// every byte ≥ 0x80 inside a string, so a C2 byte followed by 80–9F in its
// output is exactly a C1 control in a string, and escaping it leaves the
// same JSON value.
package jsonesc

import (
	"bytes"
	"io"
)

const hexDigits = "0123456789abcdef"

// C1 returns b with every C1 control escaped: b itself when it holds none
// (no copy), else a new slice.
func C1(b []byte) []byte {
	i := index(b, 0)
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	start := 0
	for ; i >= 0; i = index(b, start) {
		out = append(out, b[start:i]...)
		out = append(out, '\\', 'u', '0', '0', hexDigits[b[i+1]>>4], hexDigits[b[i+1]&0xF])
		start = i + 2
	}
	return append(out, b[start:]...)
}

// index returns the index of the first C1 control of b at or after from,
// or -1.
func index(b []byte, from int) int {
	for from < len(b) {
		k := bytes.IndexByte(b[from:], 0xC2)
		if k < 0 {
			return -1
		}
		i := from + k
		if i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] < 0xA0 {
			return i
		}
		from = i + 1
	}
	return -1
}

// Writer returns a writer that escapes the C1 controls of what it writes
// to w. Each Write must hold whole characters, as the writes of a
// json.Encoder do (one value each).
func Writer(w io.Writer) io.Writer { return writer{w} }

type writer struct{ w io.Writer }

func (w writer) Write(p []byte) (int, error) {
	q := C1(p)
	if _, err := w.w.Write(q); err != nil {
		return 0, err
	}
	return len(p), nil
}
