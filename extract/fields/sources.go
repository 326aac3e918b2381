package fields

import (
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// givenNames are lexicon.GivenNames, folded (isSourceName).
var givenNames = foldedSet(lexicon.GivenNames)

// isSourceName reports a dateline part that names a newspaper, an agency
// or its bureau rather than a reporter: a known press name, or one to
// three words opening with the article (`الراية`, `الرؤية`, `الخليج
// الإماراتية`) that is not a given name (`الحسن`), or a bureau (`مكتب
// عمان`). Arabic personal names do not open with the article.
func isSourceName(s string) bool {
	k := script.Fold(strings.TrimSpace(s), script.NameKey)
	ws := strings.Fields(k)
	if len(ws) == 0 || len(ws) > 3 || script.HasDigit(k) {
		return false
	}
	if isPress(k) {
		return true
	}
	first := ws[0]
	switch {
	case first == "مكتب" && len(ws) >= 2:
		return true
	case strings.HasPrefix(first, "ال") && len([]rune(first)) > 3 && !givenNames[first] && !functionWords[first]: // not `التي …`
		return true
	}
	return false
}
