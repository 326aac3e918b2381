package normalize

import "unicode/utf8"

// fastPath turns the fast path on. It is a variable so that tests can
// turn it off and check that the slow path alone gives the same output and
// the same counts: the fast path is an optimization, never a rule.
var fastPath = true

// neutral reports whether nothing is held, so the fast path may run.
func (n *Normalizer) neutral() bool {
	return n.started && !n.cr && n.ncl == 0 && !n.pendSpace && n.tatN == 0 && n.pendSep == 0 && !n.owing()
}

// fast copies runs of text that no rule changes, from src to dst, and
// returns the bytes written and read. It stops at the first byte it is not
// sure about; the slow path takes that one.
func (n *Normalizer) fast(dst, src []byte, atEOF bool) (int, int) {
	if n.profile == None {
		return n.fastNone(dst, src)
	}
	s := 0
	if n.search {
		s = 1
	}
	plain := &fastPlainD8D9[s]
	unsafe := &fastUnsafe[s]
	rs := s
	if n.search && n.opt.foldHamza {
		rs = 2
	}
	pairs := &fastPairs[rs]
	prevAL, prevDigit, lineStart := n.prevAL, n.prevDigit, n.lineStart
	i, j := 0, 0
loop:
	for i < len(src) && j < len(dst) {
		c := src[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case aPlain:
			case aDigit:
				dst[j] = c
				i++
				j++
				prevAL, prevDigit, lineStart = false, true, false
				continue
			case aStop:
			case aLatinPunct:
				if prevAL && !n.search {
					break loop
				}
			case aSpace:
				if lineStart || i+1 >= len(src) {
					break loop
				}
				d := src[i+1]
				switch {
				case d < utf8.RuneSelf:
					if asciiClass[d] != aPlain && asciiClass[d] != aDigit {
						break loop
					}
				case d >= 0xD8 && d <= 0xDB:
					// Only a letter: nothing removes it, and it is not
					// punctuation.
					if i+2 >= len(src) || src[i+2]&0xC0 != 0x80 || arClass[(rune(d&0x1F)<<6|rune(src[i+2]&0x3F))-0x600]&cLetter == 0 {
						break loop
					}
				case d >= 0xC3 && d <= 0xD7:
					// Latin, Greek, Cyrillic, Hebrew…: no space-like
					// character, no punctuation of the rule.
				case d == 0xC2:
					// « » and the like; not NBSP or the soft hyphen.
					if i+2 >= len(src) || src[i+2] == 0xA0 || src[i+2] == 0xAD {
						break loop
					}
				default:
					break loop
				}
			case aNewline:
				// Nothing is pending (the fast path runs only then), so a
				// line break just starts a new line.
				dst[j] = c
				i++
				j++
				prevAL, prevDigit, lineStart = false, false, true
				continue
			default:
				break loop
			}
			dst[j] = c
			i++
			j++
			prevAL, prevDigit, lineStart = false, false, false
			continue
		}
		if c != 0xD8 && c != 0xD9 {
			break
		}
		// Runs of plain letters and single spaces between them: most of an
		// Arabic text, in a tight loop over a table of byte pairs.
		if i0, j0 := i, j; true {
			notLetter := false // the last character copied is not a letter
			// i+3 < len(src), and room in dst for what is copied so far
			// plus one letter.
			end := min(len(src)-3, i0+len(dst)-j0-1)
			// x is the flags of the character at i; the look-up for what
			// follows serves the next round.
			var x uint8
			if i < end {
				x = pairs[int(c)<<8|int(src[i+1])]
			}
			run := i // start of the bytes still to copy
			for i < end {
				if x&(pPlain|pMap|pPunct) != 0 {
					y := pairs[int(src[i+2])<<8|int(src[i+3])]
					if y&pSafe == 0 {
						break
					}
					if x&pPunct != 0 {
						// ، ؛ ؟ in Display: kept, and not a letter.
						i += 2
						x = y
						notLetter = true
						continue
					}
					if x&pMap != 0 {
						// A letter Search folds one for one (أ → ا, ة → ه…).
						k := j0 + run - i0
						k += copy(dst[k:], src[run:i])
						fm := fastMapSearch[src[i]-0xD8][src[i+1]&0x3F]
						dst[k], dst[k+1] = fm.lead, fm.second
						n.counts[fm.rule]++
						run = i + 2
					}
					i += 2
					x = y
					notLetter = false
					continue
				}
				// A space stays when a letter follows.
				if x&pSpaceLead == 0 {
					break
				}
				y := pairs[int(src[i+1])<<8|int(src[i+2])]
				if y&pLetter == 0 {
					break
				}
				i++
				x = y
				notLetter = true
			}
			if i > i0 {
				copy(dst[j0+run-i0:], src[run:i])
				j = j0 + i - i0
				prevAL, prevDigit, lineStart = !notLetter, false, false
				continue
			}
		}
		if i+1 >= len(src) || j+2 > len(dst) {
			break
		}
		c2 := src[i+1]
		if c2&0xC0 != 0x80 {
			break
		}
		var fm fastMap
		if !plain[c-0xD8][c2&0x3F] {
			if s == 0 {
				break
			}
			fm = fastMapSearch[c-0xD8][c2&0x3F]
			if fm.lead == 0 {
				break
			}
		} else if s == 1 && c == 0xD8 && (c2 == 0xA4 || c2 == 0xA6) && n.opt.foldHamza {
			break
		}
		// The letter must not take a mark from what follows.
		k := i + 2
		if k < len(src) {
			d := src[k]
			switch {
			case d < utf8.RuneSelf:
			case d == 0xC2:
				// U+00AD is removed: a mark after it would join the letter.
				if k+1 >= len(src) || src[k+1] == 0xAD {
					break loop
				}
			case d >= 0xC3 && d <= 0xD7:
			case d >= 0xD8 && d <= 0xDB:
				if k+1 >= len(src) || unsafe[d-0xD8][src[k+1]&0x3F] {
					break loop
				}
			default:
				break loop
			}
		} else if !atEOF {
			break
		}
		if fm.lead != 0 {
			c, c2 = fm.lead, fm.second
			n.counts[fm.rule]++
		}
		dst[j], dst[j+1] = c, c2
		i += 2
		j += 2
		prevAL, prevDigit, lineStart = true, false, false
	}
	n.prevAL, n.prevDigit, n.lineStart = prevAL, prevDigit, lineStart
	return j, i
}

// fastNone copies valid UTF-8 with no CR.
func (n *Normalizer) fastNone(dst, src []byte) (int, int) {
	i := 0
	for i < len(src) && i < len(dst) {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				break
			}
			dst[i] = c
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			if i+2 > len(dst) {
				break
			}
			dst[i], dst[i+1] = c, src[i+1]
			i += 2
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if (r == utf8.RuneError && size == 1) || i+size > len(dst) {
			break
		}
		copy(dst[i:], src[i:i+size])
		i += size
	}
	return i, i
}

// ASCII classes for the fast path.
const (
	aPlain      = iota // nothing to do
	aDigit             // a digit: remembered for ٫ ٬
	aStop              // . ! : a space before them may go
	aLatinPunct        // , ; ? : Arabic after an Arabic letter
	aSpace             // a space
	aNewline           // a line break
	aSpecial           // the slow path decides
)

var asciiClass = func() (t [128]uint8) {
	for c := range t {
		switch {
		case c >= '0' && c <= '9':
			t[c] = aDigit
		case c == ',' || c == ';' || c == '?':
			t[c] = aLatinPunct
		case c == ' ':
			t[c] = aSpace
		case c == '.' || c == '!':
			t[c] = aStop
		case c == '\n':
			t[c] = aNewline
		case c == '\t' || c == '\r':
			t[c] = aSpecial
		}
	}
	return t
}()
