package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// RuleAdMarker: a line that is only the word a page sets where an
// advertisement was (`إعلان`, `Advertisements`, `- Advertisement -`) is
// page residue, wherever it stands (between two paragraphs, it is no
// heading).
const RuleAdMarker = "ad-marker"

// adMarkers are lexicon.AdMarkers, folded whole.
var adMarkers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.AdMarkers {
		m[script.Fold(w, script.FullKey)] = true
		m[strings.ToLower(w)] = true
	}
	return m
}()

// maxAdMarkerWords is the most words an ad marker holds.
const maxAdMarkerWords = 5

var ruleAdMarker = &Rule{Name: RuleAdMarker, Role: document.RoleResidue, Residue: document.ResidueOther,
	Match: localMatch(func(f *Feature, _ int) bool {
		if f.Words == 0 || f.Words > maxAdMarkerWords || script.HasDigit(f.Clean) {
			return false
		}
		c := strings.Trim(f.Clean, " -–—*_[]()|:.")
		return adMarkers[strings.ToLower(c)] || adMarkers[script.Fold(c, script.FullKey)]
	})}
