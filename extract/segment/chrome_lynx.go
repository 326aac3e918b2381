package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// A text browser (lynx, w3m, links) draws a page's controls and its
// images as markers of its own: `(BUTTON)`, a text field as a run of
// underscores, check boxes `[ ]` `[X]` and radio buttons `( )` `(*)`,
// an image as `[IMG]`, `[INLINE]` or its file name in brackets
// (`[logo.png]`). An article's text holds none of them: a line with a
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
