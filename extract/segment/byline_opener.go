package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// A byline opens with the word of what its person did (wrote, reported,
// interviewed, photographed, drew), then a mark, then the name: `حاوره –
// أحمد العجلان`, `رسم: معتصم هارون`, `تصوير/ علي`, `كتب ـ فلان`. Papers
// set any of the marks after any of the words, so the words are a set
// and the mark one of bylineMarks, rather than a list of their pairs.

// bylineMarks are what may stand between a byline's word and its name.
const bylineMarks = ":/-–—ـ|"

// bylineWords are lexicon.BylineWords, folded.
var bylineWords = wordSet(lexicon.BylineWords)

// maxOpenedBylineWords is the most words a byline opened by a byline word
// may hold, the word included (`تقرير مصطفى حسن - كتابة دينا المهدي`).
const maxOpenedBylineWords = 9

// openedByline reports a short line opening with a byline word and a mark,
// a name after them, and no sentence's end.
func openedByline(f *Feature) bool {
	if f.Words < 2 || f.Words > maxOpenedBylineWords || f.SentenceEnd() || f.Latin > 0 {
		return false
	}
	c := f.Clean
	end := strings.IndexFunc(c, func(r rune) bool { return r == ' ' || strings.ContainsRune(bylineMarks, r) })
	if end <= 0 {
		return false
	}
	rest := strings.TrimLeft(c[end:], " ")
	r, size := utf8.DecodeRuneInString(rest)
	if size == 0 || !strings.ContainsRune(bylineMarks, r) || !bylineWords[script.Fold(c[:end], script.WordKey)] {
		return false // the mark first: it is cheaper to look for than the word
	}
	rest = strings.Trim(rest[size:], " "+bylineMarks)
	return rest != "" && !script.HasDigit(rest) && strings.ContainsFunc(rest, script.IsArabicLetter)
}
