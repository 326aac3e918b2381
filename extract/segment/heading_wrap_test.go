package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

func TestCutParagraphLine(t *testing.T) {
	const (
		cut  = "   يرتبط الأمل ارتباطاً وثيقاً بقدرة الفرد على تحقيق الأهداف"
		rest = "   المطلوبة والإنجازات، إذ يمتلك الأشخاص المفعمون بالأمل دافعية عالية."
	)
	cases := []markedCase{
		{"an indented paragraph's first line", []string{para, "", ">>" + cut, rest}, document.RoleParagraph, RuleParagraph},
		{"a short heading at the paragraphs' indentation", []string{para, "", ">>   صناعة الأمل", rest}, document.RoleHeading, RuleHeading},
		{"a flush line over an indented one", []string{para, "", ">>يرتبط الأمل ارتباطاً وثيقاً بقدرة الفرد على تحقيق الأهداف", rest}, document.RoleHeading, RuleHeading},
		{"a blank line between", []string{para, "", ">>" + cut, "", rest}, document.RoleHeading, RuleHeading},
		{"a heading over a cut paragraph line", []string{para, "", ">>تحقيق الإنجازات الشخصية", "", cut, rest}, document.RoleHeading, RuleHeading},
		{"a list item under it", []string{para, "", ">>" + cut, "   - المطلوبة والإنجازات، إذ يمتلك الأشخاص المفعمون بالأمل دافعية عالية لتجاوز العقبات."}, document.RoleHeading, RuleHeading},
	}
	checkMarked(t, Context{HasTitle: true}, cases)
}

func TestIndentation(t *testing.T) {
	for in, want := range map[string]int{"   نص": 3, "\tنص": 1, "نص": 0, "\u00a0نص": 2, "": 0} {
		if got := indentation(in); got != want {
			t.Errorf("indentation(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestAddressIsNoHeading(t *testing.T) {
	for in, want := range map[string]string{
		"بعد الدخول لحسابك كالمعتاد أدخل عنوان الصفحة التالي: http://fb.com/create": RuleParagraph,
		"الخطوة الثانية": RuleHeading,
	} {
		got := segmentMarked(t, Context{HasTitle: true}, []string{para, "", ">>" + in, "", para})
		if got.Rule != want {
			t.Errorf("%q: got %s, want %s", in, got.Rule, want)
		}
	}
}
