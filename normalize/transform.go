package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// How it works. Transform decodes runes and passes each through three
// stages, all state kept in fixed-size fields (no allocation, constant
// memory):
//
//  1. per rune, context-free (stageA): invisible controls, white space,
//     presentation forms, digits, and in Search the ccc-0 removals, Arabic
//     punctuation and word ligatures;
//  2. clusters (base, mark): an Arabic base is held with the marks that
//     follow it until the next base arrives; then it gets NFC, its letter
//     mapping (look-alikes, Search folds, ی by what follows) and Search's
//     mark removal;
//  3. context (stageB): spaces, kashida, punctuation, ٫ ٬ between digits,
//     each with a flag or a counter of what is pending.
//
// Output goes to a small buffer (owe) that is drained into dst; when dst is
// full, Transform returns ErrShortDst with the rune already consumed, and
// the next call drains the rest first. A fast path copies plain ASCII and
// plain Arabic letters straight to dst when nothing is pending.

const (
	noBase   = -1  // the base of a cluster of marks with no letter before them
	maxMarks = 30  // marks held in one cluster (as norm's stream-safe limit)
	oweCap   = 512 // > the most output one input rune can cause
)

// Normalizer applies one profile to a stream. It is a
// transform.Transformer; it also keeps counts of what it changed (Changes).
// A Normalizer holds the state of the stream it is transforming: it is not
// safe for concurrent use. Make one per goroutine with New (it is cheap),
// with the same profile and options.
type Normalizer struct {
	profile Profile
	opt     options
	display bool // Display or Search
	search  bool // Search

	state
	counts [numRules]int

	dst []byte // String and Bytes output buffer, reused across calls
}

type state struct {
	started bool // the first rune has been seen (BOM rule)
	cr      bool // the last rune was CR: a LF right after it is skipped

	// the held cluster: cl[0] is its base, cl[1:ncl] its marks
	cl    [maxMarks + 1]rune
	ncl   int
	clRaw bool // the cluster overflowed: marks pass through until the next base

	// stage B
	lineStart bool // nothing written on this line yet: spaces are dropped
	pendSpace bool // a space run waits for what follows
	prevAL    bool // the last unit written is an Arabic letter
	prevDigit bool // the last unit written is a decimal digit
	tatN      int  // a run of tatweels after a letter, waiting for what follows
	pendSep   rune // Search: ٫ or ٬ after a digit, waiting for what follows

	// output owed to the caller: oweTat tatweels, then owe[oweLo:oweHi]
	owe          [oweCap]byte
	oweLo, oweHi int
	oweTat       int
	tatHalf      bool // the second byte of a tatweel is owed
}

func (n *Normalizer) count(r rule, k int) { n.counts[r] += k }

func (n *Normalizer) owing() bool { return n.oweTat > 0 || n.tatHalf || n.oweHi > n.oweLo }

// drain copies owed output into dst and returns the bytes written.
func (n *Normalizer) drain(dst []byte) int {
	w := 0
	if n.tatHalf && len(dst) > 0 {
		dst[0] = 0x80
		w = 1
		n.tatHalf = false
	}
	for n.oweTat > 0 && !n.tatHalf {
		switch len(dst) - w {
		case 0:
			return w
		case 1:
			// Half a tatweel now, the other half next time.
			dst[w] = 0xD9
			n.tatHalf = true
			n.oweTat--
			return w + 1
		}
		dst[w], dst[w+1] = 0xD9, 0x80
		w += 2
		n.oweTat--
	}
	if n.tatHalf {
		return w
	}
	k := copy(dst[w:], n.owe[n.oweLo:n.oweHi])
	n.oweLo += k
	w += k
	if n.oweLo == n.oweHi {
		n.oweLo, n.oweHi = 0, 0
	}
	return w
}

// emit writes r to the owed output.
func (n *Normalizer) emit(r rune) {
	if r < 0x80 {
		n.owe[n.oweHi] = byte(r)
		n.oweHi++
		return
	}
	n.oweHi += utf8.EncodeRune(n.owe[n.oweHi:], r)
}

// emitTatweels writes k tatweels to the owed output.
func (n *Normalizer) emitTatweels(k int) {
	if n.oweHi == n.oweLo && n.oweTat == 0 && !n.tatHalf {
		n.oweTat = k
		return
	}
	for ; k > 0 && n.oweHi+2 <= oweCap; k-- {
		n.emit(tatweel)
	}
}

// Transform implements transform.Transformer.
func (n *Normalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if n.owing() {
		nDst = n.drain(dst)
		if n.owing() {
			return nDst, 0, transform.ErrShortDst
		}
	}
	for nSrc < len(src) {
		if !n.neutral() && !n.owing() {
			n.settle(src[nSrc:], atEOF)
			if n.owing() {
				nDst += n.drain(dst[nDst:])
				if n.owing() {
					return nDst, nSrc, transform.ErrShortDst
				}
			}
		}
		if n.neutral() {
			d, s := n.fast(dst[nDst:], src[nSrc:], atEOF)
			nDst += d
			nSrc += s
			if nSrc == len(src) {
				break
			}
		}
		c := src[nSrc]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(src[nSrc:])
			if r == utf8.RuneError && size == 1 {
				if !atEOF && !utf8.FullRune(src[nSrc:]) {
					err = transform.ErrShortSrc
					break
				}
				n.count(ruleInvalid, 1)
			}
		}
		nSrc += size
		n.decode(r)
		if n.owing() {
			nDst += n.drain(dst[nDst:])
			if n.owing() {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
	}
	if atEOF && err == nil && nSrc == len(src) {
		n.finish()
		if n.owing() {
			nDst += n.drain(dst[nDst:])
			if n.owing() {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
	}
	return nDst, nSrc, err
}

// settle sends on a held cluster and a pending space when the next bytes
// show that nothing can join or remove them, so that the fast path can go
// on.
func (n *Normalizer) settle(rest []byte, atEOF bool) {
	if n.profile == None || !n.started || n.cr || n.tatN > 0 || n.pendSep != 0 {
		return
	}
	if n.ncl > 0 {
		next, ok := n.safeNext(rest)
		if !ok {
			return
		}
		n.flushCluster(next)
		n.clRaw = false
	}
	if n.pendSpace && len(rest) > 0 {
		d := rest[0]
		switch {
		case d < utf8.RuneSelf:
			if asciiClass[d] != aPlain && asciiClass[d] != aDigit {
				return
			}
		case d >= 0xD8 && d <= 0xDB:
			if len(rest) < 2 || rest[1]&0xC0 != 0x80 || arClass[(rune(d&0x1F)<<6|rune(rest[1]&0x3F))-0x600]&cLetter == 0 {
				return
			}
		default:
			return
		}
		n.flushSpace()
	}
}

// safeNext decodes the rune at the start of rest if it is sure not to join
// the cluster before it (no mark, nothing stage A removes).
func (n *Normalizer) safeNext(rest []byte) (rune, bool) {
	if len(rest) == 0 {
		return 0, false
	}
	d := rest[0]
	switch {
	case d < utf8.RuneSelf:
		return rune(d), true
	case d >= 0xC2 && d <= 0xDB:
		if len(rest) < 2 || rest[1]&0xC0 != 0x80 {
			return 0, false
		}
		if d == 0xC2 && rest[1] == 0xAD {
			return 0, false
		}
		s := 0
		if n.search {
			s = 1
		}
		if d >= 0xD8 && fastUnsafe[s][d-0xD8][rest[1]&0x3F] {
			return 0, false
		}
		r := rune(d&0x1F)<<6 | rune(rest[1]&0x3F)
		if isSpaceLike(r) {
			r = ' '
		}
		return r, true
	}
	return 0, false
}

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

// decode applies the rules of None: BOM, line endings.
func (n *Normalizer) decode(r rune) {
	if !n.started {
		// Every leading byte order mark goes, not only the first: a doubled
		// BOM (files concatenated, encoded twice) would otherwise become
		// the leading one of the output, and None would not be idempotent.
		if r == 0xFEFF {
			n.count(ruleBOM, 1)
			return
		}
		n.started = true
	}
	if n.cr {
		n.cr = false
		if r == '\n' {
			return
		}
	}
	if r == '\r' {
		n.cr = true
		n.count(ruleLineEnd, 1)
		r = '\n'
	}
	if n.profile == None {
		n.emit(r)
		return
	}
	n.stageA(r)
}

// stageA applies the context-free rules of one rune.
func (n *Normalizer) stageA(r rune) {
	if r < utf8.RuneSelf {
		if r == '\t' {
			n.count(ruleSpaces, 1)
			r = ' '
		}
		n.unit(r)
		return
	}
	switch {
	case isInvisible(r):
		n.count(ruleInvisible, 1)
		return
	case isSpaceLike(r):
		n.count(ruleSpaces, 1)
		n.unit(' ')
		return
	case r == zwnj:
		if n.search {
			n.count(ruleZWNJ, 1)
			if n.opt.zwnjSpace {
				n.unit(' ')
			}
			return
		}
	case r >= 0xFB50 && r <= 0xFEFC:
		if n.search {
			switch r {
			case ligAllah:
				n.count(ruleLigatures, 1)
				// An ا right before ﷲ is part of the word: اﷲ → الله.
				if n.ncl > 0 && !n.clRaw && n.foldSearch(n.cl[0]) == alef {
					n.ncl = 0
				}
				n.expand(expAllah)
				return
			case ligSalla:
				n.count(ruleLigatures, 1)
				n.expand(expSalla)
				return
			case ligJalla:
				n.count(ruleLigatures, 1)
				n.expand(expJalla)
				return
			case ligBismillah:
				// No Unicode decomposition: an explicit rule.
				n.count(ruleLigatures, 1)
				n.expand(expBismillah)
				return
			}
		} else if r == ligAllah || r == ligSalla || r == ligJalla || r == ligBismillah {
			n.base(r)
			return
		}
		if d := presentation(r); d != nil {
			n.count(rulePresentation, 1)
			n.expand(d)
			return
		}
	}
	n.stageA2(r)
}

// expand feeds the runes of a decomposition or expansion to the rest of
// stage A.
func (n *Normalizer) expand(rs []rune) {
	for _, r := range rs {
		if r == ' ' {
			n.unit(' ')
			continue
		}
		n.stageA2(r)
	}
}

// stageA2 applies digits and Search's context-free rules, then routes the
// rune to the cluster stage.
func (n *Normalizer) stageA2(r rune) {
	if r >= 0x600 && r < 0x700 {
		if n.search {
			switch {
			case r == tatweel:
				n.count(ruleKashida, 1)
				return
			case arClass[r-0x600]&cSearchX != 0:
				n.count(ruleMarks, 1)
				return
			case r == 0x670 && n.opt.daggerAlef:
				n.count(ruleMarks, 1)
				r = alef
			case r == arabicComma:
				n.count(ruleArabicPunct, 1)
				n.unit(',')
				return
			case r == arabicSemi:
				n.count(ruleArabicPunct, 1)
				n.unit(';')
				return
			case r == arabicQuest:
				n.count(ruleArabicPunct, 1)
				n.unit('?')
				return
			case r == arabicPercent:
				n.count(ruleArabicPunct, 1)
				n.unit('%')
				return
			}
		}
		if r >= 0x660 && r <= 0x669 || r >= 0x6F0 && r <= 0x6F9 {
			n.digit(r)
			return
		}
		if arClass[r-0x600]&cMark != 0 {
			n.mark(r)
			return
		}
		n.base(r)
		return
	}
	if n.search && r >= utf8.RuneSelf {
		if v, ok := digitValue(r); ok {
			n.count(ruleDigits, 1)
			n.unit('0' + rune(v))
			return
		}
	}
	if isArBase(r) {
		n.base(r)
		return
	}
	n.unit(r)
}

// digit converts an Arabic-Indic digit as the profile and options say.
func (n *Normalizer) digit(r rune) {
	var v rune
	if r >= 0x6F0 {
		v = r - 0x6F0
	} else {
		v = r - 0x660
	}
	switch {
	case n.search || n.opt.digits == DigitsLatin:
		n.count(ruleDigits, 1)
		r = '0' + v
	case n.opt.digits == DigitsArabic && r >= 0x6F0:
		n.count(ruleDigits, 1)
		r = 0x660 + v
	}
	n.unit(r)
}

// base starts a new cluster with r.
func (n *Normalizer) base(r rune) {
	n.flushCluster(r)
	n.cl[0] = r
	n.ncl = 1
	n.clRaw = false
}

// mark adds a mark to the held cluster, or passes it on when there is none.
func (n *Normalizer) mark(r rune) {
	if n.ncl == 0 || n.clRaw {
		if n.search {
			n.count(ruleMarks, 1)
			return
		}
		if n.clRaw {
			n.stageB(r, nil)
			return
		}
		// Marks with no Arabic letter before them (after a space, say)
		// are held too, to be put in canonical order.
		n.cl[0] = noBase
		n.ncl = 1
	}
	if n.ncl == len(n.cl) {
		// Too many marks for one letter: the cluster goes out as it
		// came (only sorted), and the rest of its marks pass through.
		n.flushClusterRaw()
		n.mark(r)
		return
	}
	n.cl[n.ncl] = r
	n.ncl++
}

// unit passes a rune that is not part of an Arabic cluster.
func (n *Normalizer) unit(r rune) {
	n.flushCluster(r)
	n.clRaw = false
	n.stageB(r, nil)
}

// flushClusterRaw sends the held cluster on without NFC, when it is too
// long.
func (n *Normalizer) flushClusterRaw() {
	b := n.cl[0]
	marks := n.cl[1:n.ncl]
	sortMarks(marks)
	if b == noBase {
		n.ncl = 0
		n.clRaw = true
		n.stageB(marks[0], marks[1:])
		return
	}
	nb := n.mapLetter(b, yeh)
	if n.search {
		n.count(ruleMarks, len(marks))
		marks = nil
	}
	n.ncl = 0
	n.clRaw = true
	n.stageB(nb, marks)
}

// flushCluster sends the held cluster on; next is the rune that follows it
// (-1 at the end of the stream).
func (n *Normalizer) flushCluster(next rune) {
	if n.ncl == 0 {
		return
	}
	b := n.cl[0]
	marks := n.cl[1:n.ncl]
	if b == noBase {
		if sortMarks(marks) {
			n.count(ruleNFC, 1)
		}
		n.ncl = 0
		n.stageB(marks[0], marks[1:])
		return
	}
	if len(marks) > 0 {
		var changed bool
		b, marks, changed = nfc(b, marks, &n.cl)
		if changed {
			n.count(ruleNFC, 1)
		}
	}
	nb := n.mapLetter(b, next)
	if nb != b && len(marks) > 0 && !n.search {
		// The new letter may compose with a mark (ی + U+0654 → ئ).
		nb, marks, _ = nfc(nb, marks, &n.cl)
	}
	if n.search && len(marks) > 0 {
		n.count(ruleMarks, len(marks))
		marks = nil
	}
	n.ncl = 0
	n.stageB(nb, marks)
}

// continuesWord reports whether a letter followed by r is inside a word.
func continuesWord(r rune) bool {
	return r == tatweel || r == zwj || isArLetter(r)
}

// mapLetter applies the letter rules to a cluster's base: the look-alikes,
// and in Search Lucene's folds.
func (n *Normalizer) mapLetter(r, next rune) rune {
	if r < 0x622 || r > 0x6D5 {
		return r
	}
	if !n.opt.keepPersian {
		switch r {
		case 0x6A9: // ک keheh
			n.count(ruleLookAlike, 1)
			return 0x643
		case 0x6C1, 0x6BE: // ہ heh goal, ھ heh doachashmee
			n.count(ruleLookAlike, 1)
			return 0x647
		case farsiYeh:
			n.count(ruleLookAlike, 1)
			if n.search || continuesWord(next) {
				return yeh
			}
			return alefMaksura
		}
		if n.search {
			// Lucene's PersianNormalizer: yeh barree → yeh, heh with
			// yeh above → heh (and heh goal with hamza, which is what
			// Lucene gets from heh goal + U+0654 once it deletes the
			// hamza). Lucene does not touch ە U+06D5: neither do we.
			switch r {
			case 0x6D2:
				n.count(ruleLookAlike, 1)
				return yeh
			case 0x6C0, 0x6C2:
				n.count(ruleLookAlike, 1)
				return 0x647
			}
		}
	}
	if n.search {
		return n.foldSearchCount(r)
	}
	return r
}

// foldSearch returns what Search makes of letter r (without counting and
// without the look-alikes).
func (n *Normalizer) foldSearch(r rune) rune {
	switch r {
	case 0x622, 0x623, 0x625, 0x671:
		return alef
	case alefMaksura:
		return yeh
	case 0x629:
		return 0x647
	}
	if n.opt.foldHamza {
		switch r {
		case 0x624:
			return 0x648
		case 0x626:
			return yeh
		case 0x6D3:
			return 0x6D2
		}
	}
	return r
}

// foldSearchCount is foldSearch, counting what it changes.
//
// Where Lucene and the spec disagree, the spec wins: Lucene's
// PersianNormalizer deletes U+0654 everywhere (so ؤ and ئ written with a
// combining hamza lose it); we compose first (NFC) and keep the hamza
// seats unless FoldHamza is given.
func (n *Normalizer) foldSearchCount(r rune) rune {
	f := n.foldSearch(r)
	if f == r {
		return r
	}
	switch r {
	case 0x622, 0x623, 0x625, 0x671:
		n.count(ruleAlef, 1)
	case alefMaksura:
		n.count(ruleAlefMaksura, 1)
	case 0x629:
		n.count(ruleTehMarbuta, 1)
	default:
		n.count(ruleHamza, 1)
	}
	if f == 0x6D2 && !n.opt.keepPersian {
		n.count(ruleLookAlike, 1)
		return yeh
	}
	return f
}

// sortMarks puts marks in canonical order (a stable sort by combining
// class).
func sortMarks(m []rune) bool {
	changed := false
	for i := 1; i < len(m); i++ {
		x := m[i]
		cx := ccc(x)
		j := i
		for j > 0 && ccc(m[j-1]) > cx {
			m[j] = m[j-1]
			j--
		}
		if j != i {
			m[j] = x
			changed = true
		}
	}
	return changed
}

// nfc puts the cluster b+marks in NFC. It works in buf (the cluster's own
// storage, which marks may alias) and returns the new base and marks.
func nfc(b rune, marks []rune, buf *[maxMarks + 1]rune) (rune, []rune, bool) {
	var orig, tmp [maxMarks + 2]rune
	nOrig := copy(orig[:], marks)
	m := tmp[:0]
	b0 := b
	if db, dm, ok := decompose(b); ok {
		b = db
		m = append(m, dm)
	}
	m = append(m, marks...)
	sortMarks(m)
	// Canonical composition: a mark composes with the base unless an
	// uncomposed mark of the same or a higher class stands between them
	// (the marks are sorted, so only an equal class can block).
	out := buf[1:1]
	var last uint8
	for _, c := range m {
		cc := ccc(c)
		if len(out) == 0 || last < cc {
			if comp, ok := compose(b, c); ok {
				b = comp
				continue
			}
		}
		out = append(out, c)
		last = cc
	}
	buf[0] = b
	changed := b != b0 || len(out) != nOrig
	for i := 0; !changed && i < len(out); i++ {
		changed = out[i] != orig[i]
	}
	return b, out, changed
}

// stageB applies the context rules to one unit: a base and its marks.
func (n *Normalizer) stageB(b rune, marks []rune) {
	switch b {
	case '\n':
		n.flushTat()
		n.flushSep()
		if n.pendSpace {
			n.pendSpace = false
			n.count(ruleSpaces, 1)
		}
		n.emit('\n')
		n.lineStart, n.prevAL, n.prevDigit = true, false, false
		return
	case ' ':
		n.flushTat()
		n.flushSep()
		if n.lineStart || n.pendSpace {
			n.count(ruleSpaces, 1)
			return
		}
		n.pendSpace = true
		return
	case tatweel:
		if n.display && len(marks) == 0 {
			if n.tatN > 0 {
				n.tatN++
				return
			}
			n.flushSep()
			n.flushSpace()
			if n.prevAL {
				n.tatN = 1
				return
			}
			n.emit(tatweel)
			n.lineStart, n.prevAL, n.prevDigit = false, false, false
			return
		}
	}
	isAL := isArLetter(b)
	if n.tatN > 0 {
		if isAL {
			// A kashida: between two letters.
			n.count(ruleKashida, n.tatN)
			n.tatN = 0
		} else {
			n.flushTat()
		}
	}
	_, isDigit := digitValue(b)
	if n.pendSep != 0 {
		if isDigit && len(marks) == 0 {
			if n.pendSep == arabicDecSep {
				n.emit('.')
			}
			n.count(ruleArabicPunct, 1)
			n.pendSep = 0
		} else {
			n.flushSep()
		}
	}
	if n.pendSpace {
		n.pendSpace = false
		if n.prevAL && isPunctAfterSpace(b) {
			n.count(rulePunctSpace, 1)
		} else {
			n.emit(' ')
			n.prevAL, n.prevDigit = false, false
		}
	}
	if n.prevAL && !n.search {
		switch b {
		case ',':
			b = arabicComma
			n.count(ruleLatinPunct, 1)
		case ';':
			b = arabicSemi
			n.count(ruleLatinPunct, 1)
		case '?':
			b = arabicQuest
			n.count(ruleLatinPunct, 1)
		}
	}
	if n.search && (b == arabicDecSep || b == arabicThouSep) && n.prevDigit && len(marks) == 0 {
		n.pendSep = b
		n.lineStart, n.prevAL, n.prevDigit = false, false, false
		return
	}
	n.emit(b)
	for _, m := range marks {
		n.emit(m)
	}
	n.lineStart, n.prevAL, n.prevDigit = false, isAL, isDigit
}

// flushSpace writes a pending space.
func (n *Normalizer) flushSpace() {
	if n.pendSpace {
		n.pendSpace = false
		n.emit(' ')
		n.prevAL, n.prevDigit = false, false
	}
}

// flushTat writes a pending run of tatweels: it did not stand between two
// letters.
func (n *Normalizer) flushTat() {
	if n.tatN > 0 {
		n.emitTatweels(n.tatN)
		n.tatN = 0
		n.prevAL, n.prevDigit = false, false
	}
}

// flushSep writes a pending ٫ or ٬ that is not followed by a digit.
func (n *Normalizer) flushSep() {
	if n.pendSep != 0 {
		n.emit(n.pendSep)
		n.pendSep = 0
		n.prevAL, n.prevDigit = false, false
	}
}

// finish ends the stream: what is pending is written (or, for spaces,
// trimmed).
func (n *Normalizer) finish() {
	if n.profile == None {
		return
	}
	n.flushCluster(-1)
	n.clRaw = false
	n.flushTat()
	n.flushSep()
	if n.pendSpace {
		n.pendSpace = false
		n.count(ruleSpaces, 1)
	}
}
