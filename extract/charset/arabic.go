package charset

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/sahifa/sahifa/extract/internal/utf8run"
)

// arabicScore rates how much s looks like Arabic text: one point per letter
// of the basic Arabic alphabet in a run of two or more (a stray byte makes a
// lone letter, not a word), two more per definite article "ال", and a
// penalty for what a wrong code page produces instead (U+FFFD, Latin-1
// letters and symbols, Persian and Urdu letters, typographic punctuation).
// Only its comparison between two decodings of the same bytes matters.
func arabicScore(s string) int {
	score, run := 0, 0
	var prev rune
	for _, r := range s {
		if r >= 0x0621 && r <= 0x063A || r >= 0x0641 && r <= 0x064A {
			run++
			switch {
			case run == 2:
				score += 2
			case run > 2:
				score++
			}
			if prev == 0x0627 && r == 0x0644 {
				score += 2
			}
			prev = r
			continue
		}
		run = 0
		switch {
		case r == utf8.RuneError:
			score -= 3
		case r >= 0x0080 && r <= 0x024F, r >= 0x0671 && r <= 0x06FF, r >= 0x2000 && r <= 0x206F:
			score -= 2
		}
		prev = r
	}
	return score
}

// maxRepairs bounds how many wrong decodings repairMojibake undoes.
const maxRepairs = 3

// repairMojibake undoes wrong decodings, one after the other, at most
// maxRepairs: UTF-8 Arabic once (or twice) read as Windows-1256
// (`ط§ظ„ط¹ط±ط¨ظٹط©` for `العربية`). It returns the text and how many
// times it was repaired, 0 (and s) when it was not mojibake.
func repairMojibake(s string) (string, int) {
	n := 0
	for n < maxRepairs {
		fixed, ok := repairOnce(s)
		if !ok {
			break
		}
		s, n = fixed, n+1
	}
	return s, n
}

// repairOnce undoes one wrong decoding: it re-encodes s as Windows-1256
// and keeps the result when those bytes are valid UTF-8 and read as
// better Arabic. Texts without the telltale wealth of ط and ظ (the
// Windows-1256 readings of the UTF-8 lead bytes D8 and D9) are left alone
// at once.
func repairOnce(s string) (string, bool) {
	// A sample decides: mojibake spoils a whole text, not its end alone.
	if !mayBeMojibake(s[:min(len(s), 16<<10)]) {
		return "", false
	}
	out, err := charmap.Windows1256.NewEncoder().String(s)
	if err != nil || out == s || !utf8.ValidString(out) {
		return "", false
	}
	if arabicScore(out) <= arabicScore(s) {
		return "", false
	}
	return out, true
}

// looksMojibake reports whether s still looks like mojibake after what
// could be repaired was: mayBeMojibake on its first 16 KiB, with at least
// 8 of the telltale ط and ظ (a short line of real words can have two).
func looksMojibake(s string) bool {
	sample := s[:min(len(s), 16<<10)]
	return mayBeMojibake(sample) && strings.Count(sample, "\xd8\xb7")+strings.Count(sample, "\xd8\xb8") >= 8
}

// mayBeMojibake reports whether sample has the wealth of ط (D8 B7) and ظ
// (D8 B8) of mojibake: ط and ظ are the Windows-1256 readings of the UTF-8
// lead bytes D8 and D9 of Arabic. It counts the bytes D8..DB (the UTF-8
// lead bytes of U+0600..U+06FF) and stops as soon as, 256 of them seen, ط
// and ظ make less than a quarter of them: plain Arabic, read no further.
func mayBeMojibake(sample string) bool {
	// The common case first, without a branch per byte: find the 256th
	// lead byte, and count ط and ظ before it.
	if p := utf8run.NthArabicLead(sample, 256); p >= 0 {
		head := sample[:p]
		if (strings.Count(head, "\xd8\xb7")+strings.Count(head, "\xd8\xb8"))*4 < 256 {
			return false
		}
	}
	tell, arabic := 0, 0
	for i := 0; i < len(sample); i++ {
		if c := sample[i]; c >= 0xD8 && c <= 0xDB {
			arabic++
			if arabic >= 256 && tell*4 < arabic {
				return false // plain Arabic: no need to read further
			}
			if c == 0xD8 && i+1 < len(sample) && (sample[i+1] == 0xB7 || sample[i+1] == 0xB8) {
				tell++
			}
		}
	}
	return tell >= 2 && tell*4 >= arabic
}
