package extract

import (
	"strings"
	"unicode"
)

// splitLines cuts the decoded text (LF line ends) of one article into lines
// numbered from first. A final line end ends the last line; it does not
// start a new one. There is no line-length limit.
//
// It cuts at most maxArticleLines+1 lines (the rest stays in the last), so
// that a file of nothing but line breaks costs no more memory than a long
// article; the builder refuses an article with more than maxArticleLines.
func splitLines(text string, first int) []rawLine {
	if text == "" {
		return nil
	}
	lines := make([]rawLine, 0, min(strings.Count(text, "\n"), maxArticleLines)+1)
	eachLine(text, first, func(l rawLine) bool {
		lines = append(lines, l)
		return len(lines) < maxArticleLines
	})
	return lines
}

// eachLine calls f with each line of text (LF line ends), numbered from
// first, until f returns false; then the rest of the text is its last line.
// A final line end ends the last line; it does not start a new one.
func eachLine(text string, first int, f func(rawLine) bool) {
	if text == "" {
		return
	}
	text = strings.TrimSuffix(text, "\n")
	for n := first; ; n++ {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			f(rawLine{N: n, Text: text})
			return
		}
		if !f(rawLine{N: n, Text: text[:i]}) {
			f(rawLine{N: n + 1, Text: text[i+1:]})
			return
		}
		text = text[i+1:]
	}
}

// trimSpace trims white space and the invisible marks scrapers leave at
// the ends of a line (BOM, zero-width space, bidi marks and controls).
func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		switch {
		case unicode.IsSpace(r), r == '\uFEFF', r == '\u200B', r == '\u200E', r == '\u200F',
			r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
			return true
		}
		return false
	})
}

// isBlank reports whether s holds no visible character.
func isBlank(s string) bool { return trimSpace(s) == "" }

// readText makes the one article of a raw text file: every line of the
// text, numbered from 1, for the segmenter to give roles to.
func readText(inp Input, text string, warns []Warning, id *string) *article {
	// An empty text gets its "empty" warning from the builder.
	return &article{Input: inp, Lines: splitLines(text, 1), Warnings: warns, Fields: fields{ID: id}}
}
