package encode

import (
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/internal/utf8run"
)

// This file writes JSON strings: escaped as encoding/json escapes them
// with SetEscapeHTML(false), invalid UTF-8 as U+FFFD, and the C1 controls
// (U+0080–U+009F) escaped too, which encoding/json writes raw: JSON on a
// terminal must not carry a CSI (U+009B) or a NEL (U+0085).

// Kinds of string bytes, for appendJSONString.
const (
	strCopy  = iota // copied as is
	strASCII        // a control character, " or \: escaped
	strLead2        // the lead byte of a 2-byte sequence (C2–DF)
	strE2           // E2: the lead byte of U+2028 and U+2029
	strOther        // any other byte ≥ 0x80: decoded to check it
)

// strKind is the kind of every byte.
var strKind = func() (t [256]uint8) {
	for b := range 0x20 {
		t[b] = strASCII
	}
	t['"'], t['\\'] = strASCII, strASCII
	for b := 0x80; b < 0x100; b++ {
		t[b] = strOther
	}
	for b := 0xC2; b <= 0xDF; b++ {
		t[b] = strLead2
	}
	t[0xE2] = strE2
	return t
}()

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string, as encoding/json does without
// HTML escaping: ", \ and control characters escaped (\b, \f, \n, \r, \t or
// \u00XX), U+2028 and U+2029 as \u2028 and \u2029, and every byte of invalid
// UTF-8 as \ufffd; and unlike it, the C1 controls as \u0080…\u009f. Runs of
// bytes that need no escaping are copied at once.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		i = utf8run.JSON(s, i)
		if i >= len(s) {
			break
		}
		b := s[i]
		switch strKind[b] {
		case strCopy:
			i++
			continue
		case strLead2:
			// Arabic: a 2-byte sequence is valid when its second byte is a
			// continuation byte.
			if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				if c := s[i+1]; b == 0xC2 && c < 0xA0 {
					// a C1 control, U+0080–U+009F: \u0080…\u009f
					dst = append(dst, s[start:i]...)
					dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
					i += 2
					start = i
					continue
				}
				i += 2
				continue
			}
		case strE2:
			// U+2000–U+2FFF: punctuation such as … and “”.
			if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				if c := s[i+2]; s[i+1] == 0x80 && (c == 0xA8 || c == 0xA9) {
					dst = append(dst, s[start:i]...)
					dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
					i += 3
					start = i
					continue
				}
				i += 3
				continue
			}
		case strASCII:
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		// Any other sequence, or an invalid one: decode it.
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendStringPtr appends *p as a JSON string, or null.
func appendStringPtr(dst []byte, p *string) []byte {
	if p == nil {
		return append(dst, "null"...)
	}
	return appendJSONString(dst, *p)
}
