// Package script says what the characters of a line are, for the rules
// that read lines: Arabic and Latin letters and words, the invisible
// characters that carry no text, a cleaned copy of a line, and a folded
// key for matching words whatever their spelling (hamza forms, ta marbuta,
// harakat, tatweel, case). The tables are built once; nothing here
// allocates per rune.
package script

import (
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/normalize"
)

// IsArabicLetter reports whether r is a letter of the Arabic script,
// presentation forms included (normalize.IsArabicLetter). Tatweel (U+0640)
// is not a letter here, and neither are the harakat (they are marks, see
// IsArabicMark).
func IsArabicLetter(r rune) bool {
	switch {
	case r < 0x0620:
		return false
	case r <= 0x063A && r != 0x0620, r >= 0x0641 && r <= 0x064A:
		return true // the common letters, without a table lookup
	}
	return normalize.IsArabicLetter(r)
}

// IsArabicMark reports whether r is a combining mark or tatweel that can sit
// inside an Arabic word without ending it.
func IsArabicMark(r rune) bool {
	return r == 0x0640 || (r >= 0x0600 && r <= 0x06FF || r >= 0x08A0 && r <= 0x08FF || r >= 0xFE70 && r <= 0xFEFF) && unicode.Is(unicode.Mn, r)
}

// IsLatinLetter reports whether r is a letter of the Latin script.
func IsLatinLetter(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.Is(unicode.Latin, r) && unicode.IsLetter(r)
}

// Count counts Arabic and Latin letters, and runs of each (words).
func Count(s string) (ar, lat, wordsAR, wordsEN int) {
	var t tally
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
			t.add(asciiClass(c))
		case c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// U+0600..U+06FF, decoded in place: the common case
			class := arabicBlockClass[int(c&0x03)<<6|int(s[i+1]&0x3F)]
			i += 2
			if class == classArabic {
				i = t.arabicWord(s, i, &arabicBlockClass)
				continue
			}
			t.add(class)
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			i += w
			t.add(runeClass(r))
		}
	}
	return t.ar, t.lat, t.wordsAR, t.wordsEN
}

// CleanCount is IsClean(s) and, when s is clean, Count(s),
// in one pass. The counts are zero when s is not clean.
func CleanCount(s string) (clean bool, ar, lat, wordsAR, wordsEN int) {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == "", 0, 0, 0, 0
	}
	var t tally
	prevSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false, 0, 0, 0, 0
			}
			prevSpace = true
			t.add(classOther)
			i++
			continue
		case c < utf8.RuneSelf:
			if c < ' ' || c == 0x7F {
				return false, 0, 0, 0, 0
			}
			i++
			t.add(asciiClass(c))
		case c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			class := cleanArabicClass[int(c&0x03)<<6|int(s[i+1]&0x3F)]
			i += 2
			switch class {
			case classUnclean:
				return false, 0, 0, 0, 0
			case classArabic:
				i = t.arabicWord(s, i, &cleanArabicClass)
			default:
				t.add(class)
			}
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			if IsInvisible(r) || unicode.IsSpace(r) {
				return false, 0, 0, 0, 0
			}
			i += w
			t.add(runeClass(r))
		}
		prevSpace = false
	}
	return true, t.ar, t.lat, t.wordsAR, t.wordsEN
}

// tally counts the letters and words of the two scripts, rune by rune.
type tally struct {
	ar, lat, wordsAR, wordsEN int
	inAR, inEN                bool
}

// add counts one rune of the given script class.
func (t *tally) add(class uint8) {
	switch {
	case class == classArabic:
		t.ar++
		if !t.inAR {
			t.wordsAR++
		}
		t.inAR, t.inEN = true, false
	case class == classMark && t.inAR:
		// a haraka or tatweel inside an Arabic word
	case class == classLatin:
		t.lat++
		if !t.inEN {
			t.wordsEN++
		}
		t.inAR, t.inEN = false, true
	default:
		t.inAR, t.inEN = false, false
	}
}

// arabicWord counts an Arabic letter already decoded just before s[i], then
// the letters and marks of U+0600..U+06FF that follow it in a tight loop,
// classified by table; it returns the index of the first byte not taken.
func (t *tally) arabicWord(s string, i int, table *[256]uint8) int {
	t.add(classArabic)
	for i+1 < len(s) {
		c := s[i]
		if c < 0xD8 || c > 0xDB || s[i+1]&0xC0 != 0x80 {
			break
		}
		cl := table[int(c&0x03)<<6|int(s[i+1]&0x3F)]
		if cl == classArabic {
			t.ar++
		} else if cl != classMark {
			break
		}
		i += 2
	}
	return i
}

// asciiClass is the script class of an ASCII byte.
func asciiClass(c byte) uint8 {
	if c|0x20 >= 'a' && c|0x20 <= 'z' {
		return classLatin
	}
	return classOther
}

// runeClass is the script class of any rune.
func runeClass(r rune) uint8 {
	switch {
	case IsArabicLetter(r):
		return classArabic
	case IsArabicMark(r):
		return classMark
	case IsLatinLetter(r):
		return classLatin
	}
	return classOther
}

// cleanArabicClass is arabicBlockClass with classUnclean for the runes
// of U+0600..U+06FF that IsClean rejects (tatweel, the format characters).
var cleanArabicClass = func() (t [256]uint8) {
	t = arabicBlockClass
	for i := range t {
		if r := rune(0x0600 + i); r == 0x0640 || r < 0x0621 && IsInvisible(r) {
			t[i] = classUnclean
		}
	}
	return
}()

// Script classes of a rune, for Count.
const (
	classOther uint8 = iota
	classArabic
	classMark
	classLatin
	classUnclean // CleanCount only
)

// arabicBlockClass is the script class of each rune of U+0600..U+06FF.
var arabicBlockClass = func() (t [256]uint8) {
	for i := range t {
		r := rune(0x0600 + i)
		switch {
		case IsArabicLetter(r):
			t[i] = classArabic
		case IsArabicMark(r):
			t[i] = classMark
		}
	}
	return
}()

// IsInvisible reports the characters that carry no text for a rule that
// reads a line: every format character (unicode.Cf, ZWNJ and ZWJ
// included, and so the Arabic number signs U+0600..U+0605), BOM,
// zero-width space and soft hyphen; no rune of U+0621..U+06FF. It is wider than what
// normalization removes (normalize.IsInvisible), which keeps ZWNJ and ZWJ.
func IsInvisible(r rune) bool {
	if r < 0xAD || r >= 0x0621 && r <= 0x06FF {
		return false
	}
	return r == 0xFEFF || r == 0x200B || r == 0x00AD || unicode.Is(unicode.Cf, r)
}

// Lang is the language a reader sees in s: "en" when it has more Latin
// letters than Arabic ones, "ar" when it has Arabic letters, "" when it
// has no letters of either.
func Lang(s string) string {
	ar, lat, _, _ := Count(s)
	switch {
	case lat > ar:
		return "en"
	case ar > 0:
		return "ar"
	}
	return ""
}
