package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// RuleStarredSource: the article's last line, a starred outlet's name
// alone (`* الشرق القطرية`), is where the article was taken from: its
// attribution. A list's last item has items of its mark before it.
const RuleStarredSource = "starred-source"

var ruleStarredSource = &Rule{Name: RuleStarredSource, Role: document.RoleAttribution}

// starredSource decides the article's last line when it is a starred
// outlet's name alone.
func starredSource(s *state) {
	i := PrevWithText(s.lines, len(s.lines))
	if i < 0 || s.lines[i].Role != document.RoleListItem || s.feats[i].List != '*' || s.feats[i].Words > 5 {
		return
	}
	if p := s.prevNonBlank(i); p < 0 || s.lines[p].Role == document.RoleListItem && s.feats[p].List == '*' {
		return
	}
	name := strings.TrimSpace(strings.TrimLeft(s.feats[i].Clean, "* "))
	if fields.IsOutletName(name) {
		s.set(i, ruleStarredSource)
	}
}

// RuleSourceByline: a source line that names the outlet and the reporter
// (`المصدر: النهار - بسكال لوقا`) is the byline.
const RuleSourceByline = "source-byline"

var ruleSourceByline = &Rule{Name: RuleSourceByline, Role: document.RoleByline,
	Match: localMatch(func(f *Feature, _ int) bool {
		return f.Words <= 10 && script.HasAnyPrefix(f.Key, sourcePrefixes) && fields.SourceReporter(f.Clean) != ""
	})}
