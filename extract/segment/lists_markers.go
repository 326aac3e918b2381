package segment

import "strings"

// Unusual list markers: some papers set their items with a bracket that
// never closes (`[ اعلنت الشرطة …`), the glyph a symbol font's bullet
// became once converted to text.

// isBracketBullet reports a line opening with `[` and a space, with no
// `]` anywhere in it: an opening bracket nothing closes is a bullet, not
// a bracketed note (`[1]`, `[صورة]`).
func isBracketBullet(c string) bool {
	return strings.HasPrefix(c, "[ ") && len(c) > 2 && !strings.Contains(c, "]")
}
