// Package normalize cleans Arabic script text as a streaming
// transform.Transformer (golang.org/x/text/transform). It knows nothing of
// articles: it sees runes and lines.
//
// A Normalizer applies one of three profiles, each a superset of the one
// before:
//
//   - None: decoding only. Leading byte order marks are dropped, CRLF and CR
//     become LF, and every invalid byte becomes U+FFFD.
//
//   - Display (the default): what a careful Arabic copy editor fixes without
//     changing a word. NFC for Arabic (alef, waw, yeh, heh goal, yeh barree
//     and ae with U+0653/U+0654/U+0655 compose; Arabic marks are put in
//     canonical order); presentation forms U+FB50–U+FDFF and U+FE70–U+FEFC
//     replaced by their compatibility decomposition (ﻷ → لأ), the harakat
//     forms U+FE70–U+FE7F (and U+FC5E–U+FC63) by the bare mark without the
//     space NFKC inserts, the word ligatures ﷲ ﷺ ﷻ ﷽ kept; tatweel U+0640
//     removed between two letters (kashida), kept elsewhere; invisible
//     controls removed (U+200B, U+200E, U+200F, U+061C, U+202A–U+202E,
//     U+2066–U+2069, U+FEFF, U+00AD; ZWNJ and ZWJ are kept); NBSP,
//     U+2000–U+200A, U+202F, U+205F, U+3000 and tab become a space, runs of
//     spaces collapse and every line is trimmed; Persian and Urdu look-alikes
//     folded (ک → ك, ی → ي inside a word and ى at its end, ہ and ھ → ه;
//     ۀ and ە kept; see KeepPersian); "," ";" "?" right after an Arabic
//     letter become "،" "؛" "؟"; a space between an Arabic letter and one of
//     . , ; ? ! ، ؛ ؟ is removed; digits as the Digits option says (kept by
//     default). Harakat, U+0670, Quranic marks, every hamza form, ى, ة and
//     Arabic punctuation are kept.
//
//   - Search: Display, plus what Lucene's ArabicNormalizer,
//     PersianNormalizer and DecimalDigitFilter do, plus what they miss, for
//     indexing: harakat and marks removed (U+064B–U+065F, U+0670,
//     U+0610–U+061A, U+06D6–U+06ED; see DaggerAlef); every tatweel removed;
//     أ إ آ ٱ → ا; ى → ي; ة → ه; ے → ي and ۀ ۂ → ه (Lucene's Persian
//     rules); hamza seats ؤ ئ kept (see FoldHamza); word ligatures expanded
//     (ﷲ → الله, with an ا right before it not doubled; ﷻ → جل جلاله;
//     ﷽ → بسم الله الرحمن الرحيم by an explicit rule, as it has no
//     decomposition; ﷺ → صلي الله عليه وسلم, its ى folded to ي like every
//     other, or Search would not be idempotent); every decimal digit →
//     ASCII, whatever the Digits option says;
//     ، ؛ ؟ → , ; ?; ٫ between digits → "."; ٬ between digits removed;
//     ٪ → %; ZWNJ removed (see ZWNJAsSpace).
//
// Lines are normalized independently: no rule looks across a line break,
// and line breaks are kept. Text with no Arabic script and no invisible
// control passes through unchanged, apart from the white-space rules (and,
// in Search, non-ASCII decimal digits): Latin text, URLs and numbers such
// as 1,000 are never rewritten. NFKC is never applied to the whole text.
//
// Every profile is idempotent, gives the same output whatever the chunking
// of its input, writes valid UTF-8 for any input, and keeps constant memory
// whatever the input size. Display removes no letter and no mark.
//
// A Normalizer carries the state of the stream it transforms and its counts
// of changes: it is not safe for concurrent use. Make one per goroutine
// (New is cheap and allocates once).
package normalize

import (
	"fmt"
	"io"
	"unsafe"

	"golang.org/x/text/transform"
)

// Profile names a set of rules: None, Display (the default) or Search. The
// package documentation says what each one does.
type Profile int

// The profiles of the spec, each a superset of the one before.
const (
	None Profile = iota
	Display
	Search
)

// String returns the profile's name as used on the command line.
func (p Profile) String() string {
	switch p {
	case None:
		return "none"
	case Display:
		return "display"
	case Search:
		return "search"
	}
	return fmt.Sprintf("Profile(%d)", int(p))
}

// ParseProfile returns the profile named s: none, display or search.
func ParseProfile(s string) (Profile, error) {
	switch s {
	case "none":
		return None, nil
	case "display":
		return Display, nil
	case "search":
		return Search, nil
	}
	return Display, fmt.Errorf("unknown profile %q: valid profiles are none, display, search", s)
}

// DigitStyle says what Display does with Arabic-Indic digits.
type DigitStyle int

// The digit styles of the --digits flag.
const (
	// DigitsKeep keeps every digit as written (the default).
	DigitsKeep DigitStyle = iota
	// DigitsLatin turns Arabic-Indic U+0660–U+0669 and Extended
	// Arabic-Indic U+06F0–U+06F9 digits into ASCII 0–9.
	DigitsLatin
	// DigitsArabic turns Extended Arabic-Indic (Persian) digits
	// U+06F0–U+06F9 into Arabic-Indic U+0660–U+0669. ASCII digits are not
	// touched: they belong to Latin text, URLs and numbers.
	DigitsArabic
)

// String returns the style's name as used on the command line.
func (d DigitStyle) String() string {
	switch d {
	case DigitsKeep:
		return "keep"
	case DigitsLatin:
		return "latin"
	case DigitsArabic:
		return "arabic"
	}
	return fmt.Sprintf("DigitStyle(%d)", int(d))
}

// ParseDigits returns the digit style named s: keep, latin or arabic.
func ParseDigits(s string) (DigitStyle, error) {
	switch s {
	case "keep":
		return DigitsKeep, nil
	case "latin":
		return DigitsLatin, nil
	case "arabic":
		return DigitsArabic, nil
	}
	return DigitsKeep, fmt.Errorf("unknown digit style %q: valid styles are keep, latin, arabic", s)
}

// Option changes a profile's rules. Options that do not apply to a profile
// are ignored by it.
type Option func(*options)

type options struct {
	digits      DigitStyle
	keepPersian bool
	foldHamza   bool
	daggerAlef  bool
	zwnjSpace   bool
}

// Digits sets what Display does with digits (DigitsKeep by default). Search
// always turns every decimal digit into ASCII.
func Digits(d DigitStyle) Option { return func(o *options) { o.digits = d } }

// KeepPersian turns off the folding of Persian and Urdu look-alike letters
// (ک ی ہ ھ, and in Search also ے ۀ ۂ), for Persian or Urdu text.
func KeepPersian() Option { return func(o *options) { o.keepPersian = true } }

// FoldHamza makes Search fold the hamza seats: ؤ → و, ئ → ي (and ۓ → ے).
// Display keeps every hamza form.
func FoldHamza() Option { return func(o *options) { o.foldHamza = true } }

// DaggerAlef makes Search turn the superscript (dagger) alef U+0670 into ا
// instead of removing it, for Quranic text (خَٰلِدُونَ → خالدون).
func DaggerAlef() Option { return func(o *options) { o.daggerAlef = true } }

// ZWNJAsSpace makes Search turn ZWNJ U+200C into a space, as Lucene's
// Persian filter does, instead of removing it. Display keeps ZWNJ.
func ZWNJAsSpace() Option { return func(o *options) { o.zwnjSpace = true } }

// New returns a Normalizer for profile p with the given options.
func New(p Profile, opts ...Option) *Normalizer {
	n := &Normalizer{profile: p}
	for _, o := range opts {
		if o != nil {
			o(&n.opt)
		}
	}
	n.display = p >= Display
	n.search = p >= Search
	n.Reset()
	return n
}

// Profile returns the profile the Normalizer applies.
func (n *Normalizer) Profile() Profile { return n.profile }

// Reset implements transform.Transformer: it gets the Normalizer ready for
// a new stream. It does not clear the counts of Changes.
func (n *Normalizer) Reset() {
	n.state = state{lineStart: true}
}

// String returns s normalized. It resets the Normalizer first, and adds to
// its counts.
//
// It reuses buffers held by the Normalizer, so the only allocation is the
// result, and none when s comes out unchanged.
func (n *Normalizer) String(s string) string {
	// Transform only reads src, so the string's bytes are used in place.
	out := n.run(unsafe.Slice(unsafe.StringData(s), len(s)))
	if string(out) == s {
		return s
	}
	return string(out)
}

// WriteString writes s normalized to w, through the Normalizer's own
// buffer: nothing is allocated in the steady state. It resets the
// Normalizer first, and adds to its counts.
func (n *Normalizer) WriteString(w io.Writer, s string) (int, error) {
	return w.Write(n.run(unsafe.Slice(unsafe.StringData(s), len(s))))
}

// run transforms all of src into the Normalizer's own output buffer and
// returns it; the result is valid until the next call.
func (n *Normalizer) run(src []byte) []byte {
	n.Reset()
	if cap(n.dst) < len(src)+len(src)/4+16 {
		n.dst = make([]byte, len(src)+len(src)/4+16)
	}
	dst := n.dst[:cap(n.dst)]
	nd := 0
	for {
		d, s, err := n.Transform(dst[nd:], src, true)
		nd += d
		src = src[s:]
		if err != transform.ErrShortDst {
			// Transform with atEOF consumes everything or fails short of room;
			// it returns no other error.
			break
		}
		bigger := make([]byte, 2*len(dst)+16)
		copy(bigger, dst[:nd])
		dst = bigger
	}
	n.dst = dst
	return dst[:nd]
}

// Bytes returns b normalized, in a new slice. It resets the Normalizer
// first, and adds to its counts.
func (n *Normalizer) Bytes(b []byte) []byte {
	return append([]byte(nil), n.run(b)...)
}

// Changes returns the counts of what was changed, by rule, since the
// Normalizer was made or ResetChanges was called. Only rules that changed
// something are present. The rules are:
//
//	invalid_utf8        invalid bytes replaced by U+FFFD
//	bom                 leading byte order marks dropped
//	line_endings        CRLF or CR turned into LF
//	nfc                 Arabic letters composed or marks reordered (NFC)
//	presentation_forms  presentation forms decomposed
//	kashida             tatweel removed
//	invisible_controls  invisible controls removed
//	spaces              white space mapped, collapsed or trimmed
//	look_alikes         Persian and Urdu look-alike letters folded
//	latin_punctuation   , ; ? after an Arabic letter made Arabic
//	punctuation_spacing a space before punctuation removed
//	digits              digits converted
//	marks               harakat and Quranic marks removed (Search)
//	alef                alef forms folded to ا (Search)
//	alef_maksura        ى folded to ي (Search)
//	teh_marbuta         ة folded to ه (Search)
//	hamza               hamza seats folded (Search, FoldHamza)
//	ligatures           word ligatures expanded (Search)
//	arabic_punctuation  Arabic punctuation made Latin (Search)
//	zwnj                ZWNJ removed or made a space (Search)
//
// The map is a copy: the caller may keep and change it.
func (n *Normalizer) Changes() map[string]int {
	m := make(map[string]int)
	for r, c := range n.counts {
		if c != 0 {
			m[ruleNames[r]] = c
		}
	}
	return m
}

// ResetChanges clears the counts.
func (n *Normalizer) ResetChanges() { n.counts = [numRules]int{} }

// AddChanges adds the counts of m (as returned by Changes) to dst, making
// dst when it is nil, and returns it.
func AddChanges(dst, m map[string]int) map[string]int {
	if dst == nil {
		dst = make(map[string]int, len(m))
	}
	for k, v := range m {
		dst[k] += v
	}
	return dst
}

// Rules returns the names of the rules Changes may report, in a fixed
// order (the order of Changes' documentation).
func Rules() []string {
	return append([]string(nil), ruleNames[:]...)
}

var _ transform.Transformer = (*Normalizer)(nil)
