package segment

import (
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
)

// RuleDatedDateline: a dateline line near the top that carries the date
// among its parts (`العواصم: الوكالات 2012-07-08 12:06 AM`, `رام الله
// 21-5-2012 وفا- محمد عواد`) is the dateline (fields.DatedDateline).
const RuleDatedDateline = "dated-dateline"

// maxDatedDatelineLine is the last non-blank line a dated dateline may
// stand on.
const maxDatedDatelineLine = 5

var ruleDatedDateline = &Rule{Name: RuleDatedDateline, Role: document.RoleDateline,
	Match: localMatch(func(f *Feature, nth int) bool {
		if nth > maxDatedDatelineLine || f.Words > 16 || f.SentenceEnd() {
			return false
		}
		_, _, ok := fields.DatedDateline(f.Clean)
		return ok
	})}
