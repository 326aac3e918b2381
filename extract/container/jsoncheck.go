package container

import (
	"fmt"
	"strconv"
)

// maxJSONDepth bounds the nesting of a JSON Lines record. Real records
// nest a few levels; the document puts a record's fields two levels down
// (its "container"), and a decoder refuses what nests past its own bound
// (encoding/json: 10,000), so a deeper record would give output that
// cannot be read back.
const maxJSONDepth = 512

// jsonTooDeep reports whether the JSON text nests arrays and objects
// deeper than maxJSONDepth (strings skipped).
func jsonTooDeep(text string) bool {
	depth := 0
	inString := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case inString:
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			if depth++; depth > maxJSONDepth {
				return true
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return false
}

// loneSurrogates counts the \u escapes of JSON text that are half a UTF-16
// surrogate pair with no other half (a JSON decoder makes each U+FFFD),
// and returns the first.
func loneSurrogates(text string) (n int, first string) {
	for i := 0; i+5 < len(text); i++ {
		if text[i] != '\\' {
			continue
		}
		r, ok := escapeAt(text, i)
		if !ok {
			i++ // \\, \" and the like: the next byte is not an escape
			continue
		}
		switch {
		case r >= 0xD800 && r < 0xDC00:
			if lo, ok := escapeAt(text, i+6); ok && lo >= 0xDC00 && lo < 0xE000 {
				i += 11
				continue
			}
		case r >= 0xDC00 && r < 0xE000:
		default:
			i += 5
			continue
		}
		if n == 0 {
			first = text[i : i+6]
		}
		n++
		i += 5
	}
	return n, first
}

// escapeAt reads a \uXXXX escape at text[i:].
func escapeAt(text string, i int) (rune, bool) {
	if i+6 > len(text) || text[i] != '\\' || text[i+1] != 'u' {
		return 0, false
	}
	v, err := strconv.ParseUint(text[i+2:i+6], 16, 32)
	return rune(v), err == nil
}

// surrogateWarning is the warning of n lone surrogates, the first one
// first.
func surrogateWarning(n int, first string) string {
	if n == 1 {
		return fmt.Sprintf("a lone surrogate (%s) in a JSON string: replaced by U+FFFD", first)
	}
	return fmt.Sprintf("%d lone surrogates (the first %s) in JSON strings: replaced by U+FFFD", n, first)
}
