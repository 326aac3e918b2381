// Package utf8run reads Arabic UTF-8 eight bytes at a time, with no branch
// per character. It finds runs of text made of ASCII and valid two-byte
// sequences (all of U+0080–U+07FF, so all of Arabic; for JSON from
// U+0100), the fast path of UTF-8 validation and of JSON string escaping
// over Arabic text, and counts the lead bytes of U+0600–U+06FF
// (NthArabicLead). A run stops at a character boundary at most eight bytes
// before anything else (a three- or four-byte sequence, invalid bytes, the
// end), most often right at it; the caller takes it from there, byte by
// byte.
//
// The bit tricks are those of "Bit Twiddling Hacks" (Sean Eron Anderson):
// each is exact, no carry crossing from one byte to the next.
package utf8run

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// The lowest and the highest bit of each byte of a word.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// Valid returns the end of the run of ASCII and valid two-byte sequences of
// p from i, which must be a character boundary.
func Valid(p []byte, i int) int { return run(p, i, false) }

// JSON returns the end of the run of s from i, a character boundary, that
// JSON copies as it is: ASCII other than control characters, " and \, and
// valid two-byte sequences of U+0100–U+07FF. The run stops at U+0080–U+00FF
// (lead bytes C2 and C3), where the C1 controls are, which JSON escapes:
// the caller looks at those one by one, at no cost to the loop.
func JSON(s string, i int) int {
	return run(unsafe.Slice(unsafe.StringData(s), len(s)), i, true) // only read
}

func run(p []byte, i int, json bool) int {
	start := i
	var carry uint64 // 0x80: the block before ended with a lead byte
	// The lead bytes that end a run: C0 and C1 (overlong), and for JSON C2
	// and C3 too (U+0080–U+00FF, the C1 controls among them).
	var leadMask uint64 = 0xFE * lsb
	if json {
		leadMask = 0xFC * lsb
	}
	for i+8 <= len(p) {
		w := binary.LittleEndian.Uint64(p[i:])
		lead := w & (w << 1) & msb              // 11xxxxxx
		cont := w &^ (w << 1) & msb             // 10xxxxxx
		bad := lead & (w << 2)                  // 111xxxxx: a longer sequence
		bad |= zeroBytes(w&leadMask ^ 0xC0*lsb) // C0, C1: overlong (JSON: to C3)
		if json {
			// Bytes below 0x20 (exact as to whether there is one: a
			// borrow starts only at such a byte), " and \.
			bad |= (w - 0x20*lsb) &^ w & msb
			bad |= zeroBytes(w^'"'*lsb) | zeroBytes(w^'\\'*lsb)
		}
		// Every continuation byte follows a lead byte, and every lead byte
		// but the last one is followed by one.
		if stop := bad | (cont ^ (lead<<8 | carry)); stop != 0 {
			// The lowest flag is exact (a borrow or a shift only moves
			// flags up): the run goes on to it, less a lead byte just
			// before it, whose sequence the caller checks. Stopping
			// there, not at the block, spares the caller a byte-by-byte
			// walk to it.
			j := i + bits.TrailingZeros64(stop)/8
			if j > start && p[j-1] >= 0xC0 {
				j--
			}
			return j
		}
		carry = lead >> 56 & 0x80
		i += 8
	}
	if carry != 0 {
		i-- // the lead byte cut off: the caller checks its sequence
	}
	return i
}

// zeroBytes sets the high bit of each byte of v that is zero, and no other
// bit.
func zeroBytes(v uint64) uint64 {
	return ^(((v & (0x7F * lsb)) + 0x7F*lsb) | v) & msb
}

// NthArabicLead returns the index of the n-th (from 1) byte of s in
// D8..DB, the lead bytes of U+0600–U+06FF, or -1 when there are fewer.
func NthArabicLead(s string, n int) int {
	b := unsafe.Slice(unsafe.StringData(s), len(s)) // only read
	i := 0
	for ; i+8 <= len(b); i += 8 {
		// A byte is in D8..DB when its top six bits are those of D8.
		c := bits.OnesCount64(zeroBytes(binary.LittleEndian.Uint64(b[i:])&(0xFC*lsb) ^ 0xD8*lsb))
		if c >= n {
			break
		}
		n -= c
	}
	for ; i < len(b); i++ {
		if b[i]&0xFC == 0xD8 {
			n--
			if n == 0 {
				return i
			}
		}
	}
	return -1
}
