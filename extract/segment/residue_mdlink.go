package segment

import (
	"strings"
	"unicode"

	"github.com/sahifa/sahifa/extract/document"
)

// RuleMarkdownLink: a line that is nothing but links as a converter to
// Markdown writes them (html2text, pandoc: `* [الرئيسية](https://…)`,
// `![](https://…/photo.jpg)`, `[a](…) | [b](…)`), bullets, heading marks
// and emphasis aside, is page residue: a menu's entry, a teaser, a social
// button, an image. An article's sentence that holds a link says more
// than the link.
const RuleMarkdownLink = "markdown-link"

var ruleMarkdownLink = &Rule{Name: RuleMarkdownLink, Role: document.RoleResidue, Residue: document.ResidueNavigation,
	Match: localMatch(func(f *Feature, _ int) bool { return markdownLinkLine(f.Clean) })}

// markdownLinkLine reports a line made of Markdown links and images only;
// the last link's address may run on to the next line.
func markdownLinkLine(c string) bool {
	t := strings.TrimLeft(c, "*-+#> ")
	t = strings.TrimSpace(strings.Trim(t, "*_"))
	if !strings.HasPrefix(t, "[") && !strings.HasPrefix(t, "![") {
		return false
	}
	links := 0
	for t != "" {
		t = strings.TrimPrefix(t, "!")
		if !strings.HasPrefix(t, "[") {
			return false
		}
		end := closingBracket(t)
		if end < 0 || !strings.HasPrefix(t[end:], "](") {
			return false
		}
		links++
		rest := t[end+2:]
		k := strings.IndexByte(rest, ')')
		if k < 0 {
			return !strings.ContainsRune(rest, ' ') // the address runs on to the next line
		}
		t = strings.TrimLeftFunc(rest[k+1:], func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("|·•-–,*_", r)
		})
	}
	return links > 0
}

// closingBracket returns the index of the `]` closing the `[` t opens
// with (nested brackets counted: an image inside a link), -1 when none.
func closingBracket(t string) int {
	depth := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
