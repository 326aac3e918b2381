package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// fixtureLines cuts a raw text file into lines as the text container does
// (split on \n, \r trimmed), so that the segmenter is tested without the
// containers.
func fixtureLines(text string) []document.Line {
	text = strings.TrimPrefix(text, "\ufeff")
	parts := strings.Split(text, "\n")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	lines := make([]document.Line, len(parts))
	for i, p := range parts {
		lines[i] = document.Line{N: i + 1, Text: strings.TrimSuffix(p, "\r")}
	}
	return lines
}

// fixtureTREC cuts a one-<DOC> TREC file into lines as the TREC container
// does for the lines the segmenter sees: tags and container fields are
// markup, <TITLE> is the title, the lines of <TEXT> are free. It returns
// the context the container gives (a title, the <SRC>).
func fixtureTREC(text string) ([]document.Line, Context) {
	lines := fixtureLines(text)
	ctx := Context{HasTitle: true}
	inText := false
	for i := range lines {
		l := &lines[i]
		t := strings.TrimSpace(l.Text)
		switch {
		case t == "<TEXT>":
			inText = true
			l.Role, l.Rule = document.RoleMarkup, "container-tag"
		case t == "</TEXT>":
			inText = false
			l.Role, l.Rule = document.RoleMarkup, "container-tag"
		case inText:
		case strings.HasPrefix(t, "<TITLE>"):
			l.Role, l.Rule = document.RoleTitle, "container-title"
			l.Text = strings.TrimSuffix(strings.TrimPrefix(t, "<TITLE>"), "</TITLE>")
		default:
			if strings.HasPrefix(t, "<SRC>") {
				ctx.Source = strings.TrimSuffix(strings.TrimPrefix(t, "<SRC>"), "</SRC>")
			}
			l.Role, l.Rule = document.RoleMarkup, "container-field"
		}
	}
	return lines, ctx
}

// fixture segments a fixture read as raw text or, for .trec, as TREC.
func fixture(name, text string) []document.Line {
	if strings.HasSuffix(name, ".trec") {
		lines, ctx := fixtureTREC(text)
		Segment(lines, ctx)
		return lines
	}
	lines := fixtureLines(text)
	Segment(lines, Context{})
	return lines
}
