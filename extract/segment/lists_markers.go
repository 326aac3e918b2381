package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
)

// Unusual list markers: some papers set their items with a bracket that
// never closes (`[ اعلنت الشرطة …`), the glyph a symbol font's bullet
// became once converted to text.

// isBracketBullet reports a line opening with `[` and a space, with no
// `]` anywhere in it: an opening bracket nothing closes is a bullet, not
// a bracketed note (`[1]`, `[صورة]`).
func isBracketBullet(c string) bool {
	return strings.HasPrefix(c, "[ ") && len(c) > 2 && !strings.Contains(c, "]")
}

// Glyph bullets: a bullet of a symbol font, once the text lost the font,
// is a plain letter (`a التهاب الكلى`, `aـ تصلب الشرايين`, `§ …`). Three
// or more adjacent Arabic lines opening with the same lone Latin letter
// or sign are a list; the short line over them is its heading.

var ruleGlyphBullet = &Rule{Name: RuleGlyphBullet, Role: document.RoleListItem}

// RuleGlyphBullet is the rule of the glyph bullets.
const RuleGlyphBullet = "glyph-bullet"

// glyphBullet returns the glyph line f opens with: a Latin letter or a
// sign (not a digit, a bracket or a quote) followed by a space or a dash,
// on an Arabic line; 0 when none.
func glyphBullet(f *Feature) rune {
	if f.List != 0 {
		return 0
	}
	r, size := utf8.DecodeRuneInString(f.Clean)
	switch {
	case r < 0x80 && unicode.IsLetter(r), r == '§', r == '¤', r == '~':
	default:
		return 0
	}
	next, n := utf8.DecodeRuneInString(f.Clean[size:])
	if next != ' ' && next != '–' && next != '-' && next != 'ـ' || len(f.Clean) == size+n || !f.IsArabic() {
		return 0
	}
	return r
}

// glyphBullets decides the runs of lines opening with one glyph.
func glyphBullets(s *state) {
	for i := s.firstBody; i < len(s.lines); i++ {
		g := glyphBullet(&s.feats[i])
		if g == 0 || !s.free(i) {
			continue
		}
		j := s.adjacentRun(i, func(f *Feature) bool { return glyphBullet(f) == g })
		if j-i >= minRun {
			s.listHeading(i)
			for k := i; k < j; k++ {
				s.set(k, ruleGlyphBullet)
			}
		}
		i = j - 1
	}
}
