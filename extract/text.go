package extract

import (
	"strings"
	"unicode"
)

// splitLines cuts decoded text (LF line ends) into lines numbered from
// first. A final line end ends the last line; it does not start a new one.
// There is no line-length limit.
func splitLines(text string, first int) []rawLine {
	if text == "" {
		return nil
	}
	text = strings.TrimSuffix(text, "\n")
	lines := make([]rawLine, 0, strings.Count(text, "\n")+1)
	n := first
	for {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			lines = append(lines, rawLine{N: n, Text: text})
			return lines
		}
		lines = append(lines, rawLine{N: n, Text: text[:i]})
		text = text[i+1:]
		n++
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
