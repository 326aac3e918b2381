// Package dedup finds near-duplicate documents: the same story published
// again with another title, a paragraph more or less, residue or debris
// lines, other punctuation. It is `sahifa dedup` without the command line.
//
// Each document's text is normalized with the search profile (package
// normalize), cut into words (runs of letters, marks and digits: the
// punctuation goes), and the words into shingles of Shingle words. A
// MinHash signature of K values estimates the Jaccard similarity of two
// documents' shingle sets; LSH banding (Bands bands of Rows values) finds
// the candidate pairs, and a pair is a duplicate when its estimated
// similarity reaches the threshold. Duplicates are joined transitively into
// clusters, and a cluster is named by its first member in input order, the
// keeper. The result depends on the input alone: not on the number of
// workers, nor on the run.
//
// The signature is one-permutation MinHash (one hash per shingle, its top
// bits choosing one of K bins) with optimal densification of empty bins
// (Shrivastava, ICML 2017), each bin's minimum kept as 16 bits: 256 bytes a
// document, computed in one pass over the shingles.
package dedup

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/normalize"
)

// The shape of a signature and of its bands.
const (
	// Shingle is the number of words in a shingle.
	Shingle = 3
	// K is the number of values in a signature.
	K = 128
	// Bands and Rows are the LSH bands: a pair is a candidate when all
	// Rows values of one band agree. With 32 bands of 4, a pair of
	// similarity 0.8 is a candidate with probability 0.99999, of 0.5 with
	// 0.87, of 0.2 with 0.05.
	Bands = 32
	Rows  = K / Bands
)

// DefaultThreshold is the estimated Jaccard similarity from which two
// documents are near-duplicates.
const DefaultThreshold = 0.8

// Signature is a document's MinHash signature.
type Signature [K]uint16

// Similarity estimates the Jaccard similarity of the shingle sets of the
// two documents: the share of values that agree.
func (s *Signature) Similarity(o *Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / K
}

// band returns band b of s as one key.
func (s *Signature) band(b int) uint64 {
	v := s[b*Rows : b*Rows+Rows : b*Rows+Rows]
	return uint64(v[0]) | uint64(v[1])<<16 | uint64(v[2])<<32 | uint64(v[3])<<48
}

// Signer computes signatures. It is not safe for concurrent use: each
// worker has its own.
type Signer struct {
	norm  *normalize.Normalizer
	words []uint64
	mins  [K]uint64
}

// NewSigner returns a Signer.
func NewSigner() *Signer { return &Signer{norm: normalize.New(normalize.Search)} }

// mix is the finalizer of SplitMix64: a bijection that spreads every bit.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	empty     = ^uint64(0)
)

// Sign returns the signature of text; ok is false when text has no word.
func (g *Signer) Sign(text string) (sig Signature, ok bool) {
	g.words = appendWords(g.words[:0], g.norm.String(text))
	w := g.words
	if len(w) == 0 {
		return sig, false
	}
	for i := range g.mins {
		g.mins[i] = empty
	}
	add := func(h uint64) {
		h = mix(h)
		bin := h >> (64 - 7) // K = 128 bins
		if v := h & (1<<57 - 1); v < g.mins[bin] {
			g.mins[bin] = v
		}
	}
	if len(w) < Shingle {
		h := uint64(len(w))
		for _, x := range w {
			h = bits.RotateLeft64(h, 23) ^ x
		}
		add(h)
	}
	for i := 0; i+Shingle <= len(w); i++ {
		add(w[i] ^ bits.RotateLeft64(w[i+1], 21) ^ bits.RotateLeft64(w[i+2], 42))
	}
	for i := range g.mins {
		v := g.mins[i]
		// Optimal densification: an empty bin takes the value of the
		// first non-empty bin of its own probe sequence.
		for a := uint64(1); v == empty; a++ {
			if j := mix(uint64(i)<<32|a) >> (64 - 7); g.mins[j] != empty {
				v = g.mins[j]
			}
		}
		sig[i] = uint16(mix(v ^ 0x5ad1fa))
	}
	return sig, true
}

// appendWords appends the hash of each word of s: a run of letters, marks
// and digits.
func appendWords(dst []uint64, s string) []uint64 {
	h, in := uint64(fnvOffset), false
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var word bool
		switch {
		case c < utf8.RuneSelf:
			word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		case (c == 0xd8 || c == 0xd9) && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			// U+0600–U+067F, the Arabic letters, harakat and digits
			r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
			size = 2
			word = r >= 0x621 && r <= 0x669 || r >= 0x66e && r <= 0x67f || r == 0x610 || r >= 0x611 && r <= 0x61a
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
		}
		if word {
			for k := range size {
				h = (h ^ uint64(s[i+k])) * fnvPrime
			}
			in = true
		} else if in {
			dst = append(dst, h)
			h, in = fnvOffset, false
		}
		i += size
	}
	if in {
		dst = append(dst, h)
	}
	return dst
}
