package segment

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

func TestLinkCuts(t *testing.T) {
	const (
		half1 = "حقق فريق الأهلي فوزا مستحقا على غريمه التقليدي الزمالك بهدفين نظيفين، وأكد المدير الفني لفريق"
		half2 = "أن اللاعبين قدموا مباراة كبيرة والتزموا بالتعليمات الفنية طوال شوطي اللقاء."
	)
	checkMarked(t, Context{HasTitle: true}, []markedCase{
		{"a link's text between the halves of a sentence", []string{para, half1, ">>الأهلي", half2, para}, document.RoleParagraph, RuleLinkCut},
		{"the sentence's second half continues it", []string{para, half1, "الأهلي", ">>" + half2, para}, document.RoleParagraph, RuleLinkCut},
		{"a heading under a finished paragraph", []string{para, para, ">>نتائج المباراة", half2, para}, document.RoleHeading, RuleHeading},
		{"a short line under an unfinished line over an unfinished one", []string{para, half1, ">>سرقة شهادات", "ثغرات يوم الصفر جديدة في تطبيق جافا وغيره من التطبيقات", para}, document.RoleHeading, RuleHeading},
	})
	t.Run("one block of three lines", func(t *testing.T) {
		lines, _ := markedLines(t, []string{para, half1, ">>الأهلي", half2, para})
		Segment(lines, Context{HasTitle: true})
		for _, i := range []int{2, 3} {
			if !lines[i].Continues {
				t.Errorf("line %d does not continue the line above", i+1)
			}
		}
		if lines[1].Continues || lines[4].Continues {
			t.Error("a line outside the cut sentence continues another")
		}
	})
	t.Run("a document whose paragraphs end no sentence", func(t *testing.T) {
		bare := "وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة وسبل دعم الاستقرار فيها"
		lines, at := markedLines(t, []string{bare, bare, bare, ">>الأهلي", bare, bare})
		Segment(lines, Context{HasTitle: true})
		if lines[at].Rule == RuleLinkCut {
			t.Errorf("line %d: a cut found where no paragraph ends a sentence", at+1)
		}
	})
}

func init() {
	ruleCases = append(ruleCases, ruleCase{"link-cut fragment", Context{HasTitle: true}, []string{para,
		"حقق فريق الأهلي فوزا مستحقا على غريمه التقليدي الزمالك بهدفين نظيفين، وأكد المدير الفني لفريق", ">>الأهلي",
		"أن اللاعبين قدموا مباراة كبيرة والتزموا بالتعليمات الفنية طوال شوطي اللقاء.", para}, document.RoleParagraph, RuleLinkCut})
}

func TestOpensSentence(t *testing.T) {
	n := normalize.New(normalize.Display)
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"ويستعد رئيس البرلمان لزيارة لندن", true},
		{"لم تكن زيارتي للمستشفيات بالسهولة", true},
		{"وقال الوزير إن الخطة جاهزة", true},
		{"أن اللاعبين قدموا مباراة كبيرة", false},
		{"في المباراة التي جرت مساء أمس", false},
		{"وفق ما أعلنت الوزارة", false},
	} {
		f := NewFeature(n, tc.line)
		if got := opensSentence(&f); got != tc.want {
			t.Errorf("opensSentence(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestOpensSentenceShortWords(t *testing.T) {
	n := normalize.New(normalize.Display)
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"ومن جانبها قالت وزارة الداخلية إن هناك شركة", true},
		{"وفي المقابل لم تكن الصورة مختلفة", true},
		{"فوق المنصة وقف الوزير", false},
	} {
		f := NewFeature(n, tc.line)
		if got := opensSentence(&f); got != tc.want {
			t.Errorf("opensSentence(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestLinkCutsHeadings(t *testing.T) {
	const unended = "وارتدت الممثلة عند تسلمها الجائزة فستانا أسود من تصميم بيت أزياء عالمي معروف في باريس"
	checkMarked(t, Context{HasTitle: true}, []markedCase{
		{"a heading its paragraph names", []string{para, unended, ">>جنيفر هدسون", "في عام 2008، سارت الممثلة جنيفر هدسون على السجادة الحمراء مرتدية فستانا.", para}, document.RoleHeading, RuleHeading},
		{"a question is no fragment", []string{para, unended, ">>ما صعوبة عمليات الإنقاذ؟", "أفادت تقارير إعلامية محلية عن الكشف عن إشارات للهواتف المحمولة تحت الأنقاض.", para}, document.RoleHeading, RuleQuestionHeading},
	})
}
