package script

// Folding and matching: a key that compares words whatever their spelling,
// and the small searches the rules make with it.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The widths of folded keys, in bytes of output: Fold stops there, so that
// a key costs no more than what it is compared with needs.
const (
	WordKey = 32   // one word
	NameKey = 64   // a credit, a place, a month name: a few words
	LineKey = 96   // the start of a line, for the lists of openers
	FullKey = 400  // a short line whole (a byline)
	ListKey = 1024 // an entry of a word list, whole
)

// Fold maps s to a key for prefix matching: Latin lower case, harakat,
// tatweel and tanween dropped, alef forms to bare alef, ya/alef maqsura to
// ya, ta marbuta to ha, Persian kaf/yeh to Arabic. At most max bytes of
// output are produced.
func Fold(s string, max int) string {
	var stack [128]byte
	var b []byte
	if need := min(len(s), max+4); need <= len(stack) {
		b = stack[:0]
	} else {
		b = make([]byte, 0, need)
	}
	for i := 0; i < len(s); {
		if len(b) >= max {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+0600..U+06FF, from a table
			m := foldArabic[int(c&0x03)<<6|int(s[i+1]&0x3F)]
			i += 2
			if m != 0 {
				b = append(b, byte(m>>8), byte(m))
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if r >= 0x0300 && unicode.Is(unicode.Mn, r) {
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// foldRune is Fold's mapping of one rune, -1 when it is dropped.
func foldRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		r += 'a' - 'A'
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		r = 'ا'
	case r == 'ى' || r == 'ی' || r == 'ي':
		r = 'ي'
	case r == 'ة':
		r = 'ه'
	case r == 'ک':
		r = 'ك'
	case r == 0x0640 || r >= 0x0300 && unicode.Is(unicode.Mn, r):
		return -1
	}
	return r
}

// foldArabic is Fold's output for each rune of U+0600..U+06FF as its two
// UTF-8 bytes, 0 when the rune is dropped.
var foldArabic = func() (t [256]uint16) {
	for i := range t {
		r := foldRune(rune(0x0600 + i))
		if r < 0 {
			continue
		}
		var e [4]byte
		if utf8.EncodeRune(e[:], r) != 2 {
			panic("fold: a rune of the Arabic block folds outside it")
		}
		t[i] = uint16(e[0])<<8 | uint16(e[1])
	}
	return
}()

// FoldAll folds a list of prefixes once, at package initialization, so
// that they compare with a line's folded key.
func FoldAll(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = Fold(p, ListKey)
	}
	return out
}

// HasAnyPrefix reports whether s starts with one of ps.
func HasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// ContainsAny reports whether s contains one of ps.
func ContainsAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func IsOneOf(k string, list []string) bool {
	for _, p := range list {
		if k == p {
			return true
		}
	}
	return false
}

// ContainsAt is strings.Contains(s, sub), faster when sub[k] is a byte
// rare in the text: Arabic letters all start with D8 or D9, so a search for
// the rest of sub from the second byte of an uncommon letter (ع, ص, إ, أ…)
// skips ahead with IndexByte where a search for the whole compares at
// every letter.
func ContainsAt(s, sub string, k int) bool {
	head, tail := sub[:k], sub[k:]
	for off := k; off <= len(s); {
		j := strings.Index(s[off:], tail)
		if j < 0 {
			return false
		}
		p := off + j
		if s[p-k:p] == head {
			return true
		}
		off = p + 1
	}
	return false
}

func FirstWords(s string, n int) string {
	i := 0
	for ; n > 0; n-- {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			return s
		}
		i += j + 1
	}
	return s[:i]
}

// FirstWord is the first word of s, without the spaces around it.
func FirstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return w
}

// HasDigit reports whether s holds a decimal digit of any script.
func HasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// FirstFields appends to dst the first cap(dst) fields of s, as
// strings.Fields splits them, without allocating.
func FirstFields(s string, dst []string) []string {
	i := 0
	for len(dst) < cap(dst) {
		for i < len(s) {
			r, w := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:])
			}
			if !unicode.IsSpace(r) {
				break
			}
			i += w
		}
		if i >= len(s) {
			break
		}
		start := i
		for i < len(s) {
			r, w := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:])
			}
			if unicode.IsSpace(r) {
				break
			}
			i += w
		}
		dst = append(dst, s[start:i])
	}
	return dst
}

func LastRuneString(s string) string {
	_, w := utf8.DecodeLastRuneInString(s)
	return s[len(s)-w:]
}

// DigitValue returns the value of a Latin, Arabic-Indic or Persian digit.
func DigitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), true
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), true
	}
	return 0, false
}
