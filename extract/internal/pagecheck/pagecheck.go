// Package pagecheck checks the HTML pages sahifa writes (an article's
// page, a folder's index, inspect's review page) as a validator would,
// with what is at hand: every element closed and properly nested, one
// <h1>, lang and dir together and on every text block, no resource
// fetched from the network. Its tests also open the pages in a headless
// browser, when one is installed.
package pagecheck

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that hold text and must say its language.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.Li: true, atom.Td: true, atom.Dd: true,
	atom.Blockquote: true, atom.Figcaption: false, atom.Summary: false,
}

// voids are the elements that have no end tag.
var voids = map[atom.Atom]bool{
	atom.Meta: true, atom.Br: true, atom.Input: true, atom.Img: true, atom.Link: true, atom.Hr: true,
}

// resourceAttrs are the attributes that make a browser fetch something.
var resourceAttrs = map[string]bool{"src": true, "srcset": true, "poster": true, "data": true}

// Check returns what is wrong with page; nil when nothing is.
func Check(page []byte) []error {
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("line %d: %s", line, fmt.Sprintf(format, args...)))
	}
	type open struct {
		a          atom.Atom
		name, lang string
		line       int
	}
	var stack []open
	h1 := 0
	line := 1
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		raw := z.Raw()
		tok := z.Token()
		here := line
		line += bytes.Count(raw, []byte("\n"))
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				fail(here, "%v", z.Err())
			}
			for _, o := range stack {
				fail(o.line, "<%s> is never closed", o.name)
			}
			if h1 != 1 {
				fail(here, "%d <h1> elements, want one", h1)
			}
			return errs
		case html.StartTagToken, html.SelfClosingTagToken:
			lang, dir := "", ""
			for _, a := range tok.Attr {
				switch {
				case a.Key == "lang":
					lang = a.Val
				case a.Key == "dir":
					dir = a.Val
				case resourceAttrs[a.Key] || a.Key == "href" && tok.DataAtom == atom.Link:
					fail(here, "<%s %s=%q> fetches a resource", tok.Data, a.Key, a.Val)
				case a.Key == "style" && strings.Contains(a.Val, "url("):
					fail(here, "<%s style> fetches a resource", tok.Data)
				}
			}
			if (lang == "") != (dir == "") && tok.DataAtom != atom.Html {
				fail(here, "<%s> has lang=%q dir=%q: give both or neither", tok.Data, lang, dir)
			}
			if tok.DataAtom == atom.H1 {
				h1++
			}
			if tok.DataAtom == atom.Script && hasAttr(tok, "src") {
				fail(here, "<script src> fetches a resource")
			}
			inherited := ""
			for i := len(stack) - 1; i >= 0 && inherited == ""; i-- {
				inherited = stack[i].lang
			}
			if lang == "" {
				lang = inherited
			}
			if blocks[tok.DataAtom] && lang == "" {
				fail(here, "<%s> has no language, not even inherited", tok.Data)
			}
			if tt == html.StartTagToken && !voids[tok.DataAtom] {
				stack = append(stack, open{tok.DataAtom, tok.Data, lang, here})
			}
		case html.EndTagToken:
			if len(stack) == 0 || stack[len(stack)-1].name != tok.Data {
				want := "nothing"
				if len(stack) > 0 {
					want = fmt.Sprintf("</%s> (opened on line %d)", stack[len(stack)-1].name, stack[len(stack)-1].line)
				}
				fail(here, "</%s> closes %s", tok.Data, want)
				continue
			}
			stack = stack[:len(stack)-1]
		case html.TextToken:
			if len(stack) > 0 && stack[len(stack)-1].a == atom.Style && bytes.Contains(raw, []byte("url(")) {
				fail(here, "the style sheet fetches a resource")
			}
		}
	}
}

func hasAttr(t html.Token, key string) bool {
	for _, a := range t.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
