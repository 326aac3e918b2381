package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

var datedDatelineCases = []ruleCase{
	{"places and agencies with the date and time", Context{}, []string{"عنان يعترف بفشل خطته في سورية", "", ">>العواصم: الوكالات 2012-07-08 12:06 AM", para}, document.RoleDateline, RuleDatedDateline},
	{"a place, the date, the agency and the reporter", Context{}, []string{"الخماش يعيد رام الله إلى زمن الموسيقى", ">>رام الله 21-5-2012 وفا- محمد عواد", para}, document.RoleDateline, RuleDatedDateline},
	{"a dated heading is no dateline", Context{}, []string{"الأسواق اليوم", para, ">>الذهب يستقر بشكل إيجابي 03/07/2012", para}, document.RoleHeading, RuleHeading},
	{"a dated line deep in the body is no dateline", Context{}, []string{"عنان يعترف بفشل خطته", para, para, para, para, para, ">>العواصم: الوكالات 2012-07-08", para}, document.RoleHeading, RuleHeading},
}

func init() { ruleCases = append(ruleCases, datedDatelineCases...) }

func TestDatedDateline(t *testing.T) { checkRuleCases(t, datedDatelineCases) }
