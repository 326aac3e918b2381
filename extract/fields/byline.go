package fields

import (
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// BylineAuthor takes the author's name out of a byline
// (`إعداد: صالح آل زمانان, تصوير : صالح الدغاري` → `صالح آل زمانان`),
// "" when it names none. Photo credits alone give no author.
func BylineAuthor(c string) string {
	k := script.Fold(c, script.FullKey)
	for _, p := range lexicon.AuthorWords {
		i := strings.Index(k, p)
		if i < 0 {
			continue
		}
		// a folded key keeps byte offsets only for unchanged runes; work on words instead
		words := strings.Fields(c)
		for wi, w := range words {
			if strings.HasPrefix(script.Fold(w, script.WordKey), p) {
				rest := strings.Join(words[wi+1:], " ")
				rest = strings.TrimLeft(rest, " :-–")
				if j := strings.IndexAny(rest, ",،"); j >= 0 {
					rest = rest[:j]
				}
				if j := strings.Index(rest, " تصوير"); j >= 0 {
					rest = rest[:j]
				}
				if j := strings.Index(rest, " - "); j >= 0 {
					rest = rest[:j]
				}
				rest = strings.TrimSpace(strings.TrimRight(rest, " :-–"))
				if rest != "" && strings.Count(rest, " ") <= 5 {
					return rest
				}
				return ""
			}
		}
	}
	return ""
}

// Name is a line that is a person's name, without the marks it opens or
// ends with: `يحيى الحلالي -`, `راشد السليطي:`, a lost glyph `?`.
func Name(c string) string { return strings.Trim(c, " -–—:؛?*/") }
