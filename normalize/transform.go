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
		if fastPath && n.neutral() {
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
