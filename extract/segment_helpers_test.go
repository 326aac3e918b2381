package extract

import (
	"strings"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// segArticle turns a raw text file into an article the way the text reader
// does (split on \n, \r trimmed), so the segmenter and builder can be
// tested without the container readers.
func segArticle(name, text string) *container.Article {
	text = strings.TrimPrefix(text, "\ufeff")
	parts := strings.Split(text, "\n")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	a := &container.Article{Input: document.Input{Path: name, Format: "text", Bytes: int64(len(text))},
		Fields: container.Fields{ID: document.Source{Path: name}.DefaultID()}}
	for i, p := range parts {
		a.Lines = append(a.Lines, document.Line{N: i + 1, Text: strings.TrimSuffix(p, "\r")})
	}
	return a
}

// segBuild builds a raw text article with the given profile.
func segBuild(name, text string, p normalize.Profile) *document.Document {
	return build(segArticle(name, text), Options{Profile: p})
}

// segTRECArticle turns a one-<DOC> TREC file into an article the way the
// TREC reader does for the lines the segmenter sees: tags and container
// fields are markup, <TITLE> is the title, the lines of <TEXT> are free.
// It keeps the fixtures independent of the container reader.
func segTRECArticle(name, text string) *container.Article {
	a := segArticle(name, text)
	a.Input.Format = "trec"
	a.HasTitle = true
	a.Fields.Container = map[string]any{}
	inText := false
	for i := range a.Lines {
		l := &a.Lines[i]
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
			title := strings.TrimSuffix(strings.TrimPrefix(t, "<TITLE>"), "</TITLE>")
			a.Fields.Title = &title
			l.Text = title // as the TREC reader does: the line holds the title
		default:
			if strings.HasPrefix(t, "<SRC>") {
				a.Fields.Container["src"] = strings.TrimSuffix(strings.TrimPrefix(t, "<SRC>"), "</SRC>")
			}
			l.Role, l.Rule = document.RoleMarkup, "container-field"
		}
	}
	return a
}

// segFixtureArticle reads a fixture as raw text or, for .trec, as TREC.
func segFixtureArticle(name, text string) *container.Article {
	if strings.HasSuffix(name, ".trec") {
		return segTRECArticle(name, text)
	}
	return segArticle(name, text)
}
