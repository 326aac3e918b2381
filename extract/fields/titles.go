package fields

import (
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
)

// CutTitles returns s without the titles that open it (`د.`, `م.`,
// `الشيخ`, `أ.د.`), spaced or glued to the name (`م.عماد شحادة`), and
// whether an academic title was among them. A title's dot is the only
// dot a name's line may hold; what is left is the name to read.
func CutTitles(s string) (name string, academic bool) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, " .") {
		s = strings.ReplaceAll(s, " .", ".") // `أ .د . أحمد`: spaced dots
	}
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		if i := strings.LastIndexByte(w, '.'); i > 0 && i < len(w)-1 && nameTitles[script.Fold(w[:i+1], script.WordKey)] {
			w, rest = w[:i+1], w[i+1:]+" "+rest // `م.عماد`: the title glued to the name
		}
		k := script.Fold(w, script.WordKey)
		if !nameTitles[k] {
			break
		}
		academic = academic || academicTitles[k]
		s = strings.TrimSpace(rest)
	}
	return s, academic
}
