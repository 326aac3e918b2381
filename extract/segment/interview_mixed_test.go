package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

const (
	answer1 = "- كانت الدورة الماضية ناجحة بكل المقاييس، فقد زارها أكثر من مليون زائر وشاركت فيها دور نشر كثيرة."
	answer2 = "- الجديد هو البرنامج الموجه للأطفال والشباب، إضافة إلى ندوات فكرية يشارك فيها كتاب ومفكرون."
)

func TestMixedInterview(t *testing.T) {
	checkMarked(t, Context{HasTitle: true}, []markedCase{
		{"two dash answers and a starred pair make an interview", []string{para, "كيف تقيمون الدورة الماضية من المعرض؟", ">>" + answer1, "وما الجديد في هذه الدورة؟", answer2,
			"* هل هناك دعم للناشرين الصغار؟", "* نعم، خصصنا أجنحة بأسعار رمزية لدور النشر الناشئة حتى تتمكن من المشاركة."}, document.RoleParagraph, RuleMarkedAnswer},
		{"the starred question of a mixed interview", []string{para, "كيف تقيمون الدورة الماضية من المعرض؟", answer1, "وما الجديد في هذه الدورة؟", answer2,
			">>* هل هناك دعم للناشرين الصغار؟", "* نعم، خصصنا أجنحة بأسعار رمزية لدور النشر الناشئة حتى تتمكن من المشاركة."}, document.RoleHeading, RuleMarkedQuestion},
		{"two dash answers alone are too few", []string{para, "كيف تقيمون الدورة الماضية من المعرض؟", ">>" + answer1, "وما الجديد في هذه الدورة؟", answer2, para},
			document.RoleListItem, RuleListBullet},
		{"a question over a list is no interview's", []string{para, "ما الذي تتضمنه الخطة الحكومية الجديدة؟", ">>" + answer1, answer2, "وما الجديد في هذه الدورة؟", answer1, answer2,
			"* هل هناك دعم للناشرين الصغار؟", "* نعم، خصصنا أجنحة بأسعار رمزية لدور النشر الناشئة حتى تتمكن من المشاركة."}, document.RoleListItem, RuleListBullet},
	})
}
