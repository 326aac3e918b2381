package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// bylineCases: the lines that name the author, and the lines that only
// look like it.
var bylineCases = []ruleCase{
	{"a quote under a title is no name", Context{}, []string{"الصالون الثقافي ..ما له وماعليه", "سعاد الكواري: ندعو جميع المثقفين لتقديم اقتراحاتهم",
		">>د حسن رشيد: المبدع المحلي أصابنا بالإحباط", "سعد بورشيد: على الصالون أن يناقش قضايا الشباب", para}, document.RoleHeading, RuleDeckUnderTitle},
}

func TestBylineRules(t *testing.T) { checkRuleCases(t, bylineCases) }
