package segment

import (
	"slices"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// A text browser (lynx, w3m, links) draws a page's controls and its
// images as markers of its own: `(BUTTON)`, a text field as a run of
// underscores, check boxes `[ ]` `[X]` and radio buttons `( )` `(*)`,
// an image as `[IMG]`, `[INLINE]` or its file name in brackets
// (`[logo.png]`); a page copied into a word processor marks a form's place
// with `Top of Form` and `Bottom of Form`. An article's text holds none of them: a line with a
// control, or a line that is only an image marker and a few words, is the
// page's.

// RuleFormControl is the name of the rule for a browser's control and
// image markers.
const RuleFormControl = "browser-control"

// imageMarkerWords is how many words may follow an image marker on a line
// that is the page's (`[logo.png] الرئيسية`); with more the line may be a
// caption.
const imageMarkerWords = 3

var ruleFormControl = &Rule{Name: RuleFormControl, Role: document.RoleResidue, Residue: document.ResidueNavigation,
	Match: localMatch(func(f *Feature, _ int) bool { return isBrowserControl(f) })}

// isBrowserControl reports a line with a browser's form control, or one
// that opens with an image marker followed by at most imageMarkerWords
// words.
func isBrowserControl(f *Feature) bool {
	c := f.Clean
	if c == "Top of Form" || c == "Bottom of Form" {
		return true // where a form stood, in a page copied into a word processor
	}
	if strings.Contains(c, "(BUTTON)") || strings.Contains(c, "[BUTTON") || strings.Contains(c, "________") {
		return true
	}
	c = strings.TrimLeft(c, "*+#o-• ")
	for _, box := range []string{"[ ] ", "[X] ", "[x] ", "( ) ", "(*) "} {
		if strings.HasPrefix(c, box) {
			return true
		}
	}
	if n, ok := imageMarker(c); ok {
		return f.Words-n <= imageMarkerWords
	}
	return false
}

// imageMarker reports whether c opens with a browser's image markers
// (`[IMG]`, `[INLINE]`, `[name.png]`, one or more) and how many words
// they take.
func imageMarker(c string) (words int, ok bool) {
	for strings.HasPrefix(c, "[") {
		end := strings.IndexByte(c, ']')
		if end < 0 {
			break
		}
		in := c[1:end]
		if !isImageName(in) {
			break
		}
		words += strings.Count(in, " ") + 1
		ok = true
		c = strings.TrimLeft(c[end+1:], " ")
	}
	return words, ok
}

// isImageName reports what a browser writes for an image in brackets: a
// marker (IMG, INLINE, LINK, USEMAP) or a file name with an image's
// extension.
func isImageName(in string) bool {
	switch in {
	case "IMG", "INLINE", "LINK", "USEMAP", "image", "photo":
		return true
	}
	if strings.ContainsAny(in, " ") {
		return false
	}
	dot := strings.LastIndexByte(in, '.')
	if dot <= 0 {
		return false
	}
	switch strings.ToLower(in[dot+1:]) {
	case "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico":
		return true
	}
	return false
}

// A text browser's dump ends with the page's links, numbered as the text
// marked them: lynx writes `References` (or `Visible links`, `Hidden
// links:`) and then `   1. https://…`, one a line. The list and its
// header are the browser's, not the article's.

// RuleLinkReference is the name of the rule for a dump's list of links.
const RuleLinkReference = "browser-link-list"

// linkListHeaders are the headers a text browser writes over the links.
var linkListHeaders = []string{"References", "Visible links", "Visible links:", "Hidden links:", "Hidden links"}

var ruleLinkReference = &Rule{Name: RuleLinkReference, Role: document.RoleResidue, Residue: document.ResidueNavigation,
	Match: func(s *state, i int) bool {
		f := &s.feats[i]
		if isLinkReference(f.Clean) {
			return true
		}
		if !slices.Contains(linkListHeaders, f.Clean) {
			return false
		}
		j := s.nextNonBlank(i)
		return j >= 0 && isLinkReference(s.feats[j].Clean)
	}}

// isLinkReference reports a line that is a number, a dot and one address
// with a scheme (`12. https://example.com/a`, `3. file:///tmp/x`).
func isLinkReference(c string) bool {
	num, rest, ok := strings.Cut(c, ". ")
	if !ok || num == "" || len(num) > 5 || strings.ContainsRune(rest, ' ') {
		return false
	}
	for _, r := range num {
		if r < '0' || r > '9' {
			return false
		}
	}
	scheme, _, ok := strings.Cut(rest, "://")
	if !ok || scheme == "" {
		return false
	}
	for _, r := range scheme {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}
