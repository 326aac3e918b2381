package script

// Cleaning: a copy of a line that the rules can read, whatever debris the
// scraper left.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/normalize"
)

// DashTatweel turns a tatweel standing alone between spaces, which Saudi
// papers use as a dash in datelines (`عكاظ اليوم ـ جدة`), or opening a
// line before a space, as a list's dash (`ــ فقه الأعيان`), or after a
// digit, which it cannot lengthen (`1ـ المستشرق`), into `–`, so
// that normalization (which drops tatweel) does not erase it.
func DashTatweel(s string) string {
	if t := strings.TrimLeft(s, " \t"); strings.HasPrefix(t, "ـ") {
		j := 0
		for strings.HasPrefix(t[j:], "ـ") {
			j += len("ـ")
		}
		if j < len(t) && t[j] == ' ' {
			s = s[:len(s)-len(t)] + "–" + t[j:]
		}
	}
	if !hasSpaceTatweel(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] == ' ' && strings.HasPrefix(s[i+1:], "ـ") {
			j := i + 1
			for strings.HasPrefix(s[j:], "ـ") {
				j += len("ـ")
			}
			if j >= len(s) || s[j] == ' ' {
				b.WriteString(" –")
				i = j
				continue
			}
		}
		if s[i] >= '0' && s[i] <= '9' && strings.HasPrefix(s[i+1:], "ـ") {
			// `1ـ المستشرق`: a tatweel joins no digit; it is the item's dash
			j := i + 1
			for strings.HasPrefix(s[j:], "ـ") {
				j += len("ـ")
			}
			b.WriteByte(s[i])
			b.WriteString("–")
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// hasSpaceTatweel reports whether s holds a space or a digit then a tatweel. It looks
// for the rare byte 0x80 that ends the tatweel's UTF-8 (D9 80), rather than
// for the common space.
func hasSpaceTatweel(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], 0x80)
		if j < 0 {
			return false
		}
		i += j
		if i >= 2 && s[i-1] == 0xD9 && (s[i-2] == ' ' || s[i-2] >= '0' && s[i-2] <= '9') {
			return true
		}
		i++
	}
}

// Clean returns s without invisible characters and tatweel, with
// every kind of white space made a plain space, runs of spaces collapsed,
// and trimmed.
func Clean(s string) string {
	if IsClean(s) {
		return s
	}
	return Cleaned(s)
}

// Cleaned is Clean(s) for s known not to be clean.
func Cleaned(s string) string {
	b := make([]byte, 0, len(s))
	space := true // drop leading spaces
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c != ' ' && (c < '\t' || c > '\r') {
				b = append(b, c)
				space = false
			} else if !space {
				b = append(b, ' ')
				space = true
			}
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+0600..U+06FF: no white space there; only tatweel and the
			// format characters before the letters go
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if !(r == 0x0640 || r < 0x0621 && IsInvisible(r)) {
				b = append(b, c, s[i+1])
				space = false
			}
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsInvisible(r):
		case unicode.IsSpace(r):
			if !space {
				b = append(b, ' ')
				space = true
			}
		case r == utf8.RuneError && w == 1:
			b = utf8.AppendRune(b, r)
			space = false
		default:
			b = append(b, s[i:i+w]...)
			space = false
		}
		i += w
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return string(b)
}

// IsClean reports whether Clean would return s unchanged: no
// invisible character, tatweel or white space other than single inner
// spaces.
func IsClean(s string) bool {
	clean, _, _, _, _ := CleanCount(s)
	return clean
}

// IsBlank reports a line with no visible character.
func IsBlank(s string) bool {
	for _, r := range s {
		if r == ' ' || r == '\t' || r == 0x0640 || IsInvisible(r) || unicode.IsSpace(r) {
			continue
		}
		return false
	}
	return true
}

// TrimSpace trims white space and, at the ends of a line, the invisible
// controls scrapers leave that normalization removes (normalize.IsInvisible:
// BOM, zero-width space, bidi marks and controls).
func TrimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || normalize.IsInvisible(r) })
}
