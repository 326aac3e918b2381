// Package termsafe makes text that came from input safe to print on a
// terminal: file names, archive member names, container fields (a TREC
// DOCNO, a JSON Lines id) and messages quoting them.
//
// A terminal acts on control characters: ESC opens sequences that set the
// window title (ESC ] 0 ; … BEL), clear the screen (ESC [ 2 J), or write
// the clipboard (OSC 52); U+009B is a one-character CSI; bidi controls
// (U+202E RLO and the like) reorder what the reader sees. Each of them is
// written as a visible escape instead, in the style of sahifa inspect:
// ‹ESC›, ‹BEL›, ‹RLO›, ‹U+009B›; an invalid UTF-8 byte as ‹\x9B›. Letters,
// marks, spaces and punctuation of every script are left as they are.
package termsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// names are the escapes of the controls met most, named as in sahifa
// inspect; other controls are written ‹U+XXXX›.
var names = map[rune]string{
	'\x00':   "NUL",
	'\a':     "BEL",
	'\b':     "BS",
	'\t':     "TAB",
	'\n':     "LF",
	'\r':     "CR",
	'\x1b':   "ESC",
	'\x7f':   "DEL",
	'\u061c': "ALM",
	'\u200e': "LRM",
	'\u200f': "RLM",
	'\u202a': "LRE",
	'\u202b': "RLE",
	'\u202c': "PDF",
	'\u202d': "LRO",
	'\u202e': "RLO",
	'\u2066': "LRI",
	'\u2067': "RLI",
	'\u2068': "FSI",
	'\u2069': "PDI",
}

// Control reports whether r must not reach a terminal raw: a C0 or C1
// control, DEL, or a bidi control (the embeddings, overrides and isolates,
// and the marks LRM, RLM and ALM).
func Control(r rune) bool {
	if unicode.Is(unicode.Cc, r) {
		return true
	}
	switch {
	case r == '\u061c', r == '\u200e', r == '\u200f':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// Escape returns the visible escape of r when r is a Control: ‹ESC›,
// ‹RLO›, ‹U+009B›.
func Escape(r rune) (string, bool) {
	if !Control(r) {
		return "", false
	}
	if n, ok := names[r]; ok {
		return "‹" + n + "›", true
	}
	return fmt.Sprintf("‹U+%04X›", r), true
}

// String returns s with every Control and every invalid UTF-8 byte written
// as its escape. A string needing none is returned as it is, without
// allocating.
func String(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || Control(r) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch e, ok := Escape(r); {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, "‹\\x%02X›", s[i])
		case ok:
			b.WriteString(e)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
