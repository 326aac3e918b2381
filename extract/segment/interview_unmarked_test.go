package segment

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// segmentMarked segments lines (one marked `>>`) and returns the marked one.

// longQuestion is a question of an interview longer than a core one.
var longQuestion = strings.Repeat("وفي ظل ما تشهده المنطقة من تطورات سياسية واقتصادية متسارعة ", 5) + "كيف ترون المستقبل؟"

func TestUnmarkedInterview(t *testing.T) {
	core := func(extra ...string) []string {
		return append([]string{para, "ما رأيك في الوضع؟", para, "وماذا عن المستقبل؟", para, "هل أنت متفائل؟", para}, extra...)
	}
	cases := []markedCase{
		{"a core question", core(">>هل من كلمة أخيرة؟", para), document.RoleHeading, RuleInterview},
		{"a long question of an interview", core(">>"+longQuestion, para), document.RoleHeading, RuleInterview},
		{"a question over an answer no longer than it, in an interview", core(">>هل في نيتكم إصدار مجلة خاصة بالشعر تصدر عن بيت الشعر كما هو الحال في أبو ظبي؟", para), document.RoleHeading, RuleInterview},
		{"an answer ending with a question of its own", core(">>هل من كلمة أخيرة؟", "نعم، أقولها بوضوح. ولماذا لا نعمل معا من أجل مستقبل أفضل لأبنائنا ولأجيالنا القادمة؟"), document.RoleHeading, RuleInterview},
		{"a long question makes no interview by itself", []string{para, ">>" + longQuestion, para, longQuestion, para, longQuestion, para}, document.RoleParagraph, RuleParagraph},
		{"a question after a question is running text", []string{para, "ألم يجعل نفسه روائياً؟", ">>وأين هو من الرواية والأدب؟", para, "وكم عدد الضحايا؟", "وكم منهم من الأطفال؟", para, "ومن ذا الذي يقوى على إحصائهم؟", para}, document.RoleParagraph, RuleParagraph},
		{"an exclaimed question is rhetorical", []string{para, ">>كيف ذلك؟!", para, "أين العدل؟!", para, "من يصدق هذا؟!", para}, document.RoleParagraph, RuleParagraph},
		{"more unanswered questions than answered ones", []string{para + " أليس كذلك؟", ">>ما رأيك في الوضع؟", para, "وماذا عن المستقبل؟", para, "هل أنت متفائل؟", para, "أليس هذا غريبا؟ " + para, "ألا ترى ذلك؟ " + para, para + " أليس كذلك؟"}, document.RoleHeading, RuleQuestionHeading},
	}
	checkMarked(t, Context{HasTitle: true}, cases)
}

func TestExclaimedQuestionIsNoHeading(t *testing.T) {
	for in, want := range map[string]string{
		"أي رمضان هذا الذي يحتفل به لبنان..؟!؟": RuleParagraph,
		"كيف نحافظ على الأمل؟":                  RuleQuestionHeading,
	} {
		got := segmentMarked(t, Context{HasTitle: true}, []string{para, "", ">>" + in, para})
		if got.Rule != want {
			t.Errorf("%q: got %s, want %s", in, got.Rule, want)
		}
	}
}

func TestExclaimedQuestion(t *testing.T) {
	for c, want := range map[string]bool{
		"كيف ذلك؟!":          true,
		"هل تشعرون بذلك!؟":   true,
		"ما رأيك؟":           false,
		"كيف ترى النقد ...؟": false,
	} {
		if got := exclaimedQuestion(c); got != want {
			t.Errorf("exclaimedQuestion(%q) = %v, want %v", c, got, want)
		}
	}
}

func TestMarkedAnswerEndingWithAQuestion(t *testing.T) {
	answer := "- أولا للفقراء حق في أموال الأغنياء، لكن المشاريع تذهب للأغنياء، أليس لتلك الفئة من يدافع عنها؟ هم ليسوا فقراء لدرجة الانعدام، فما الذي يمنع من تشغيل مدخراتهم؟"
	cases := []markedCase{
		{"a long answer ending with a question", []string{para, "- ما رأيك في الوضع؟", "- " + para, "- لماذا اخترت فكرة بنك للفقراء؟", ">>" + answer, "- وماذا عن المستقبل؟", "- " + para, "- هل أنت متفائل؟", "- " + para}, document.RoleParagraph, RuleMarkedAnswer},
		{"a short question under a question is a question", []string{para, "- ما رأيك في الوضع؟", "- " + para, "- لماذا اخترت فكرة بنك للفقراء؟", ">>- ولماذا الآن؟", "- " + para, "- وماذا عن المستقبل؟", "- " + para, "- هل أنت متفائل؟", "- " + para}, document.RoleHeading, RuleMarkedQuestion},
	}
	checkMarked(t, Context{HasTitle: true}, cases)
}

func TestQuestionMarkWithoutQuestion(t *testing.T) {
	cases := []markedCase{
		{"a mark only questions use", []string{para, "> ما رأيك في الوضع؟", "- " + para, "> وماذا عن المستقبل؟", "- " + para, "> هل أنت متفائل؟", "- " + para, ">>> أخبرني الوزير أنه أوقف المحادثات", "- " + para}, document.RoleHeading, RuleMarkedQuestion},
		{"a mark answers use too", []string{para, "- ما رأيك في الوضع؟", "- " + para, "- وماذا عن المستقبل؟", "- " + para, "- هل أنت متفائل؟", "- " + para, ">>- أخبرني الوزير أنه أوقف المحادثات", "- " + para}, document.RoleParagraph, RuleMarkedAnswer},
	}
	checkMarked(t, Context{HasTitle: true}, cases)
}
