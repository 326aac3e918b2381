package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
	"github.com/sahifa/sahifa/normalize"
)

// Feature is what the rules read of one line. It is computed once per line
// from a display-normalized copy, so that debris (kashida, RLM,
// presentation forms) never changes a role.
type Feature struct {
	// Norm is the line trimmed and display-normalized: what the display
	// profile outputs for it.
	Norm string
	// Clean is Norm cleaned (script.Clean: no invisible character, one
	// space between words, trimmed), without `Next Previous` debris; a
	// tatweel standing alone as a dash is kept as `–`.
	Clean string
	// Key is the start of Clean folded (script.Fold), for the opener lists.
	Key string
	// Words counts the space-separated words of Clean.
	Words int
	// LetterWords counts its words made of letters (runs of Arabic or
	// Latin letters).
	LetterWords int
	// Arabic and Latin count its letters of each script; ArabicWords and
	// LatinWords its runs of them.
	Arabic, Latin           int
	ArabicWords, LatinWords int
	// NextPrevious is set when the line opened with `Next Previous`.
	NextPrevious bool
	// List is the list marker the line opens with: '*', '-', '•' (any
	// bullet) or '1' (a number), 0 when none.
	List rune
	// Last is the last rune of Clean, closing quotes skipped.
	Last rune
	// Width is the line's length in runes as written, indentation
	// included and trailing spaces not: what a hard wrap filled.
	Width int

	// memo holds the answers of the costlier predicates, asked of one
	// line by several rules and passes, once computed.
	memo struct{ keyValue, dateOnly tristate }
}

// tristate is a remembered yes or no, or not yet known.
type tristate uint8

const (
	unknown tristate = iota
	no
	yes
)

// remember returns the answer *t holds, computing and keeping it first
// when it is not yet known.
func remember(t *tristate, compute func() bool) bool {
	if *t == unknown {
		*t = no
		if compute() {
			*t = yes
		}
	}
	return *t == yes
}

// Blank reports a line with no visible character.
func (f *Feature) Blank() bool { return f.Clean == "" }

// IsLatin reports a line with more Latin letters than Arabic ones.
func (f *Feature) IsLatin() bool { return f.Latin > f.Arabic }

// IsArabic reports a line with Arabic letters, at least as many as Latin.
func (f *Feature) IsArabic() bool { return f.Arabic > 0 && f.Arabic >= f.Latin }

// SentenceEnd reports a final . ! ? ؟ … (a complete sentence).
func (f *Feature) SentenceEnd() bool {
	switch f.Last {
	case '.', '!', '?', '؟', '…':
		return true
	}
	return false
}

// FinalPunct reports any final punctuation a heading cannot end with.
func (f *Feature) FinalPunct() bool {
	switch f.Last {
	case '.', '!', '?', '؟', '…', ':', '؛', ';', '،', ',':
		return true
	}
	return false
}

// Bodyish reports a line long enough, or complete enough, to be a
// paragraph.
func (f *Feature) Bodyish() bool {
	return f.Words >= 10 || f.SentenceEnd() && f.Words >= 4
}

var navPrefixes = lexicon.NavPrefixes

// NewFeature computes the features of one raw line (decoded, without its
// line end); n is a display normalizer, whose change counts it adds to.
func NewFeature(n *normalize.Normalizer, raw string) Feature {
	var f Feature
	if script.IsBlank(raw) {
		return f // blank: nothing to normalize
	}
	f.Width = utf8.RuneCountInString(strings.TrimRightFunc(raw, unicode.IsSpace))
	f.Norm = strings.TrimSpace(n.String(strings.TrimSpace(raw)))
	src := f.Norm
	if d := script.DashTatweel(raw); d != raw {
		src = n.String(d)
	}
	// f.Clean is script.Clean(src); most lines are clean already, and
	// then the script counts come in the same pass
	clean, ar, lat, wa, we := script.CleanCount(src)
	if clean {
		f.Clean = src
	} else {
		f.Clean = script.Cleaned(src)
	}
	if f.Clean == "" {
		return f
	}
	f.Key = script.Fold(f.Clean, script.LineKey)
	if script.HasAnyPrefix(f.Key, navPrefixes) {
		f.NextPrevious = true
		rest := strings.TrimSpace(f.Clean[len("Next Previous"):])
		f.Clean = rest
		f.Key = script.Fold(rest, script.LineKey)
		clean = false // the counts are of the rest
	}
	f.Words = strings.Count(f.Clean, " ") + 1
	if f.Clean == "" {
		f.Words = 0
	}
	if clean {
		f.Arabic, f.Latin, f.ArabicWords, f.LatinWords = ar, lat, wa, we
	} else {
		f.Arabic, f.Latin, f.ArabicWords, f.LatinWords = script.Count(f.Clean)
	}
	f.LetterWords = f.ArabicWords + f.LatinWords
	f.Last = lastMeaningfulRune(f.Clean)
	f.List = listMarker(f.Clean)
	if f.List == '1' && startsWithDate(f.Clean) {
		f.List = 0 // `08/ديسمبر/2009] واشنطن …` is a date, not item 8
	}
	return f
}

// lastMeaningfulRune returns the last rune of s, closing quotes and
// brackets of quotation skipped.
func lastMeaningfulRune(s string) rune {
	for len(s) > 0 {
		r, w := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '”', '»', '’', '\'', '“', '«', ' ', '}':
			s = s[:len(s)-w]
			continue
		}
		return r
	}
	return 0
}

// abjad are the letters that number items in their old order: أ ب ج د ه و ز ح ط ي.
const abjad = "أبجدهوزحطي"

// bracketedOrLettered returns '1' for a line opening with a number in
// brackets and then text (`(1) اليوم`), or with one of the abjad letters
// and a dash or a bracket (`أ ــ عدم قدرة`, `ب) المرونة`).
func bracketedOrLettered(rs []rune) rune {
	if rs[0] == '(' {
		i := 1
		for i < len(rs) && i < 4 && unicode.IsDigit(rs[i]) {
			i++
		}
		if i > 1 && i+1 < len(rs) && rs[i] == ')' && unicode.IsSpace(rs[i+1]) {
			return '1'
		}
		return 0
	}
	if len(rs) < 4 || !strings.ContainsRune(abjad, rs[0]) {
		return 0
	}
	j := 1
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	if j < len(rs)-1 && (rs[j] == ')' || (j > 1 && (rs[j] == '-' || rs[j] == '–' || rs[j] == '—'))) && !unicode.IsDigit(rs[j+1]) {
		return '1'
	}
	return 0
}

// listMarkerSpan is how much of a line listMarker reads: a marker and
// the start of the item's text.
const listMarkerSpan = 32

// listMarker returns the list marker a line starts with: a bullet or dash
// or star followed by a space or text, or a number followed by `.`, `)`,
// `-` or `–`.
func listMarker(c string) rune {
	head := c
	if len(head) > listMarkerSpan {
		head = head[:listMarkerSpan]
	}
	var buf [listMarkerSpan]rune // a rune takes a byte at least: head fits
	rs := buf[:0]
	for _, r := range head {
		rs = append(rs, r)
	}
	if len(rs) < 2 {
		return 0
	}
	switch rs[0] {
	case '•', '●', '▪', '■', '◾', '◼', '·', '○', '◦', '►', '▶', '✓', '✔':
		return '•'
	case '*':
		if rs[1] == '*' {
			return 0 // `**` is not a bullet (`** جميع المقالات…`)
		}
		return '*'
	case '[':
		if isBracketBullet(c) {
			return '•'
		}
		return 0
	case '-', '–', '—':
		if rs[1] == '-' || rs[1] == '–' || unicode.IsDigit(rs[1]) {
			return 0
		}
		return '-'
	}
	// numbered: 1. 1) 1 - 1– ١. (1) and lettered: أ - ب) ج ــ
	if m := bracketedOrLettered(rs); m != 0 {
		return m
	}
	i := 0
	for i < len(rs) && i < 3 && unicode.IsDigit(rs[i]) {
		i++
	}
	if i == 0 || i >= len(rs) {
		return 0
	}
	j := i
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	if j < len(rs) {
		switch rs[j] {
		case '.', ')', '-', '–', '—', '/', 'ـ': // `1ـ`: a tatweel for the dash
			if j+1 < len(rs) && !unicode.IsDigit(rs[j+1]) {
				return '1'
			}
		}
	}
	return 0
}
