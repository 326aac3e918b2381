package container

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// splitLines cuts the decoded text (LF line ends) of one article into lines
// numbered from first. A final line end ends the last line; it does not
// start a new one. There is no line-length limit.
//
// It cuts at most MaxLines+1 lines (the rest stays in the last), so
// that a file of nothing but line breaks costs no more memory than a long
// article; the builder refuses an article with more than MaxLines.
func splitLines(text string, first int) []document.Line {
	if text == "" {
		return nil
	}
	lines := make([]document.Line, 0, min(strings.Count(text, "\n"), MaxLines)+1)
	eachLine(text, first, func(l document.Line) bool {
		lines = append(lines, l)
		return len(lines) < MaxLines
	})
	return lines
}

// eachLine calls f with each line of text (LF line ends), numbered from
// first, until f returns false; then the rest of the text is its last line.
// A final line end ends the last line; it does not start a new one.
func eachLine(text string, first int, f func(document.Line) bool) {
	if text == "" {
		return
	}
	text = strings.TrimSuffix(text, "\n")
	for n := first; ; n++ {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			f(document.Line{N: n, Text: text})
			return
		}
		if !f(document.Line{N: n, Text: text[:i]}) {
			f(document.Line{N: n + 1, Text: text[i+1:]})
			return
		}
		text = text[i+1:]
	}
}

// textFormat reads raw text: one article, every line of the text numbered
// from 1, for the segmenter to give roles to.
type textFormat struct{}

func (textFormat) Name() string { return Text }

func (textFormat) Articles(in *Input, text string) []*Article {
	return []*Article{readText(in, text)}
}

// readText makes the one article of a raw text. An empty text gets its
// "empty" warning from the builder.
func readText(in *Input, text string) *Article {
	return &Article{Input: in.Doc, Lines: splitLines(text, 1), Warnings: in.Warnings, Fields: Fields{ID: in.Source.DefaultID()}}
}
