package charset

import (
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/internal/utf8run"
)

// validUTF8 reports whether p is valid UTF-8, as utf8.Valid does, faster on
// Arabic: ASCII and two-byte sequences (all of U+0080–U+07FF) are checked
// eight bytes at a time, with no branch per character; only what else there
// is (three- and four-byte sequences, and anything invalid) goes through
// the decoder.
func validUTF8(p []byte) bool {
	for i := 0; ; {
		i = utf8run.Valid(p, i)
		if i >= len(p) {
			return true
		}
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
}
