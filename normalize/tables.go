package normalize

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// rule indexes the counts of Changes.
type rule uint8

const (
	ruleInvalid rule = iota
	ruleBOM
	ruleLineEnd
	ruleNFC
	rulePresentation
	ruleKashida
	ruleInvisible
	ruleSpaces
	ruleLookAlike
	ruleLatinPunct
	rulePunctSpace
	ruleDigits
	ruleMarks
	ruleAlef
	ruleAlefMaksura
	ruleTehMarbuta
	ruleHamza
	ruleLigatures
	ruleArabicPunct
	ruleZWNJ
	numRules
)

var ruleNames = [numRules]string{
	ruleInvalid:      "invalid_utf8",
	ruleBOM:          "bom",
	ruleLineEnd:      "line_endings",
	ruleNFC:          "nfc",
	rulePresentation: "presentation_forms",
	ruleKashida:      "kashida",
	ruleInvisible:    "invisible_controls",
	ruleSpaces:       "spaces",
	ruleLookAlike:    "look_alikes",
	ruleLatinPunct:   "latin_punctuation",
	rulePunctSpace:   "punctuation_spacing",
	ruleDigits:       "digits",
	ruleMarks:        "marks",
	ruleAlef:         "alef",
	ruleAlefMaksura:  "alef_maksura",
	ruleTehMarbuta:   "teh_marbuta",
	ruleHamza:        "hamza",
	ruleLigatures:    "ligatures",
	ruleArabicPunct:  "arabic_punctuation",
	ruleZWNJ:         "zwnj",
}

// Letters and signs the rules name.
const (
	alef          = '\u0627'
	tatweel       = '\u0640'
	zwnj          = '\u200C'
	zwj           = '\u200D'
	yeh           = '\u064A'
	alefMaksura   = '\u0649'
	farsiYeh      = '\u06CC'
	arabicComma   = '\u060C'
	arabicSemi    = '\u061B'
	arabicQuest   = '\u061F'
	arabicPercent = '\u066A'
	arabicDecSep  = '\u066B'
	arabicThouSep = '\u066C'
	ligAllah      = '\uFDF2'
	ligSalla      = '\uFDFA'
	ligJalla      = '\uFDFB'
	ligBismillah  = '\uFDFD'
)

// Per-rune classes of U+0600–U+06FF.
const (
	cMark    = 1 << iota // a combining mark (ccc != 0) that joins an Arabic cluster
	cLetter              // an Arabic letter (tatweel excluded)
	cSearchX             // removed by Search before clustering (ccc 0 Quranic signs)
	cSearchM             // a mark removed by Search
)

var (
	arClass [0x100]uint8 // U+0600–U+06FF
	arCCC   [0x100]uint8 // canonical combining class of U+0600–U+06FF

	// presentation forms: decompositions of U+FB50–U+FDFF and U+FE70–U+FEFF,
	// as slices of presPool.
	presFB   [0xFE00 - 0xFB50][2]uint16
	presFE   [0xFF00 - 0xFE70][2]uint16
	presPool []rune

	// expansions of the word ligatures in Search.
	expAllah      = []rune("الله")
	expSalla      = []rune("صلى الله عليه وسلم")
	expJalla      = []rune("جل جلاله")
	expBismillah  = []rune("بسم الله الرحمن الرحيم")
	digitRanges   []digitRange
	fastPlainD8D9 [2][2][64]bool    // [search][lead-0xD8][second&0x3F]: plain letter for the fast path
	fastUnsafe    [2][4][64]bool    // [search][lead-0xD8][second&0x3F]: may join the cluster before it
	fastMapSearch [2][64]fastMap    // [lead-0xD8][second&0x3F]: a letter Search maps to another
	fastPairs     [3][1 << 16]uint8 // [display, search, search+FoldHamza][first<<8|second]: p* flags
)

type digitRange struct{ lo, hi rune }

// Flags of fastPairs, for a pair of bytes starting a character.
const (
	pPlain     = 1 << iota // a letter no rule changes, whatever its neighbours
	pSafe                  // may follow a letter: joins nothing, removed by nothing
	pLetter                // an Arabic letter (a space before it stays)
	pSpaceLead             // a space, then the lead byte of a letter
	pMap                   // a letter Search maps to another (fastMapSearch)
	pPunct                 // ، ؛ ؟ in Display: kept as they are, not letters
)

// fastMap is a two-byte letter's two-byte replacement, and its rule; a
// zero lead means none.
type fastMap struct {
	lead, second byte
	rule         rule
}

func init() {
	var buf [4]byte
	for i := range arClass {
		r := rune(0x600 + i)
		n := utf8.EncodeRune(buf[:], r)
		ccc := norm.NFD.Properties(buf[:n]).CCC()
		arCCC[i] = ccc
		var c uint8
		inMarkRange := (r >= 0x610 && r <= 0x61A) || (r >= 0x64B && r <= 0x65F) || r == 0x670 || (r >= 0x6D6 && r <= 0x6ED)
		if inMarkRange {
			if ccc != 0 {
				c |= cMark | cSearchM
			} else {
				c |= cSearchX
			}
		}
		// Letters for the context rules; the small waw and yeh of the
		// Quranic range are signs that Search removes, not letters.
		if r != tatweel && !inMarkRange && unicode.IsLetter(r) && unicode.Is(unicode.Arabic, r) {
			c |= cLetter
		}
		arClass[i] = c
	}

	// Presentation forms: the compatibility decomposition of each rune.
	add := func(r rune) [2]uint16 {
		s := string(r)
		d := norm.NFKD.String(s)
		if d == s {
			return [2]uint16{}
		}
		rs := []rune(d)
		// The isolated harakat forms (U+FE70–U+FE7F, and the shadda
		// ligatures U+FC5E–U+FC63) become the bare mark: NFKC's space is
		// dropped.
		if len(rs) > 1 && rs[0] == ' ' && ((r >= 0xFE70 && r <= 0xFE7F) || (r >= 0xFC5E && r <= 0xFC63)) {
			rs = rs[1:]
		}
		off := len(presPool)
		presPool = append(presPool, rs...)
		return [2]uint16{uint16(off), uint16(len(rs))}
	}
	for i := range presFB {
		presFB[i] = add(rune(0xFB50 + i))
	}
	for i := range presFE {
		r := rune(0xFE70 + i)
		if r > 0xFEFC {
			break
		}
		presFE[i] = add(r)
	}

	// Decimal digits: Unicode lays them out in runs of ten from zero.
	for _, t := range []*unicode.RangeTable{unicode.Nd} {
		for _, rr := range t.R16 {
			digitRanges = append(digitRanges, digitRange{rune(rr.Lo), rune(rr.Hi)})
		}
		for _, rr := range t.R32 {
			digitRanges = append(digitRanges, digitRange{rune(rr.Lo), rune(rr.Hi)})
		}
	}

	defer func() {
		for rs := range fastPairs {
			s := min(rs, 1)
			t := &fastPairs[rs]
			for a := range 256 {
				for b := range 256 {
					var f uint8
					cont := b&0xC0 == 0x80
					switch {
					case a < 0x80:
						f |= pSafe
						if a == ' ' && (b == 0xD8 || b == 0xD9) {
							f |= pSpaceLead
						}
					case a == 0xC2:
						if cont && b != 0xAD {
							f |= pSafe
						}
					case a >= 0xC3 && a <= 0xD7:
						if cont {
							f |= pSafe
						}
					case a >= 0xD8 && a <= 0xDB:
						if cont && !fastUnsafe[s][a-0xD8][b&0x3F] {
							f |= pSafe
						}
						if cont && arClass[(a&3)<<6|b&0x3F]&cLetter != 0 {
							f |= pLetter
						}
						if cont && a <= 0xD9 && fastPlainD8D9[s][a-0xD8][b&0x3F] && !(rs == 2 && a == 0xD8 && (b == 0xA4 || b == 0xA6)) {
							f |= pPlain
						}
						if cont && a <= 0xD9 && s == 1 && fastMapSearch[a-0xD8][b&0x3F].lead != 0 {
							f |= pMap
						}
						if cont && a == 0xD8 && s == 0 && (b == 0x8C || b == 0x9B || b == 0x9F) {
							f |= pPunct
						}
					}
					t[a<<8|b] = f
				}
			}
		}
	}()
	// Fast path tables.
	for lead := 0xD8; lead <= 0xDB; lead++ {
		for b := 0x80; b < 0xC0; b++ {
			r := rune(lead&0x1F)<<6 | rune(b&0x3F)
			i := r - 0x600
			fastUnsafe[0][lead-0xD8][b&0x3F] = arClass[i]&cMark != 0
			// Search drops tatweel and some signs before clustering, so a
			// mark after them joins the letter before.
			fastUnsafe[1][lead-0xD8][b&0x3F] = arClass[i]&(cMark|cSearchX) != 0 || r == tatweel
			if lead > 0xD9 {
				continue
			}
			// Plain letters: nothing in Display or Search changes them
			// whatever their neighbours (ا in Search is checked by the
			// fast path's look-ahead, which never lets ﷲ through).
			plain := (r >= 0x621 && r <= 0x63A) || (r >= 0x641 && r <= 0x64A)
			fastPlainD8D9[0][lead-0xD8][b&0x3F] = plain
			// Search: the hamza seats ؤ ئ are plain unless FoldHamza (the
			// fast path checks); the letters Search folds one for one
			// are mapped by fastMapSearch.
			switch r {
			case 0x622, 0x623, 0x625:
				plain = false
				fastMapSearch[lead-0xD8][b&0x3F] = fastMap{0xD8, 0xA7, ruleAlef}
			case 0x629:
				plain = false
				fastMapSearch[lead-0xD8][b&0x3F] = fastMap{0xD9, 0x87, ruleTehMarbuta}
			case alefMaksura:
				plain = false
				fastMapSearch[lead-0xD8][b&0x3F] = fastMap{0xD9, 0x8A, ruleAlefMaksura}
			}
			fastPlainD8D9[1][lead-0xD8][b&0x3F] = plain
		}
	}
}

// presentation returns the decomposition of a presentation form, or nil.
func presentation(r rune) []rune {
	var e [2]uint16
	switch {
	case r >= 0xFB50 && r < 0xFE00:
		e = presFB[r-0xFB50]
	case r >= 0xFE70 && r <= 0xFEFC:
		e = presFE[r-0xFE70]
	default:
		return nil
	}
	if e[1] == 0 {
		return nil
	}
	return presPool[e[0] : e[0]+e[1]]
}

// digitValue returns the value of a decimal digit (Unicode Nd).
func digitValue(r rune) (int, bool) {
	switch {
	case r < 0x80:
		if r >= '0' && r <= '9' {
			return int(r - '0'), true
		}
		return 0, false
	case r < 0x660:
		return 0, false
	case r < 0x700:
		if r <= 0x669 {
			return int(r - 0x660), true
		}
		if r >= 0x6F0 && r <= 0x6F9 {
			return int(r - 0x6F0), true
		}
		return 0, false
	}
	i := sort.Search(len(digitRanges), func(i int) bool { return digitRanges[i].hi >= r })
	if i < len(digitRanges) && digitRanges[i].lo <= r {
		return int(r-digitRanges[i].lo) % 10, true
	}
	return 0, false
}

// isInvisible reports whether r is an invisible control removed by Display.
func isInvisible(r rune) bool {
	switch {
	case r == 0x200B, r == 0x200E, r == 0x200F, r == 0x061C, r == 0xFEFF, r == 0x00AD:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// isSpaceLike reports whether r is white space that Display makes a space.
func isSpaceLike(r rune) bool {
	switch {
	case r == '\t', r == 0x00A0, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200A:
		return true
	}
	return false
}

// isArLetter reports whether r is an Arabic letter (tatweel excluded).
func isArLetter(r rune) bool {
	if r < 0x600 {
		return false
	}
	if r < 0x700 {
		return arClass[r-0x600]&cLetter != 0
	}
	if r == tatweel {
		return false
	}
	return unicode.IsLetter(r) && unicode.Is(unicode.Arabic, r)
}

// isArMark reports whether r is a mark that joins an Arabic cluster.
func isArMark(r rune) bool {
	return r >= 0x610 && r < 0x700 && arClass[r-0x600]&cMark != 0
}

// isArBase reports whether r starts an Arabic cluster: marks after it are
// put in canonical order and composed with it.
func isArBase(r rune) bool {
	switch {
	case r >= 0x600 && r < 0x700:
		return arCCC[r-0x600] == 0
	case r >= 0x750 && r <= 0x77F, r >= 0x8A0 && r <= 0x8C9:
		return true
	case r == ligAllah, r == ligSalla, r == ligJalla, r == ligBismillah:
		return true
	}
	return false
}

// ccc returns the canonical combining class of an Arabic cluster mark.
func ccc(r rune) uint8 {
	if r >= 0x600 && r < 0x700 {
		return arCCC[r-0x600]
	}
	return 0
}

// compose returns the canonical composition of base and mark, if any. These
// are all the canonical compositions of Arabic (a test checks them against
// x/text/unicode/norm).
func compose(base, mark rune) (rune, bool) {
	switch mark {
	case 0x653:
		if base == alef {
			return 0x622, true
		}
	case 0x654:
		switch base {
		case alef:
			return 0x623, true
		case 0x648:
			return 0x624, true
		case yeh:
			return 0x626, true
		case 0x6C1:
			return 0x6C2, true
		case 0x6D2:
			return 0x6D3, true
		case 0x6D5:
			return 0x6C0, true
		}
	case 0x655:
		if base == alef {
			return 0x625, true
		}
	}
	return 0, false
}

// decompose returns the canonical decomposition of a precomposed Arabic
// letter, if any.
func decompose(r rune) (base, mark rune, ok bool) {
	switch r {
	case 0x622:
		return alef, 0x653, true
	case 0x623:
		return alef, 0x654, true
	case 0x625:
		return alef, 0x655, true
	case 0x624:
		return 0x648, 0x654, true
	case 0x626:
		return yeh, 0x654, true
	case 0x6C2:
		return 0x6C1, 0x654, true
	case 0x6D3:
		return 0x6D2, 0x654, true
	case 0x6C0:
		return 0x6D5, 0x654, true
	}
	return 0, 0, false
}

// isPunctAfterSpace reports whether a space before r is removed in Arabic
// context. The colon is left out: "المصدر : الجزيرة" is how sources are
// written, and colon spacing varies between publishers.
func isPunctAfterSpace(r rune) bool {
	switch r {
	case '.', ',', ';', '?', '!', arabicComma, arabicSemi, arabicQuest:
		return true
	}
	return false
}
