package extract

import (
	"testing"

	"github.com/sahifa/sahifa/normalize"
)

// TestBuildAuthorFallbacks: with no byline line, the author is the
// reporter a dateline line names, else the name a title ends with.
func TestBuildAuthorFallbacks(t *testing.T) {
	body := "احتل مشروع البنى التحتية جانباً كبيراً من اهتمام البرلمان والحكومة وخبراء الاقتصاد في الأسابيع الماضية.\n"
	for _, tc := range []struct{ name, text, author string }{
		{"dateline reporter", "اقتصادي: الدفع بالآجل خيار أمثل\n\nبغداد- حسين ثغب التميمي\n" + body, "حسين ثغب التميمي"},
		{"dateline agency", "اقتصادي: الدفع بالآجل خيار أمثل\n\nالرياض - واس\n" + body, "<nil>"},
		{"title slash name", "معاناة الكتب من خصومها / الحسن ولد الشيخ\n\n" + body, "الحسن ولد الشيخ"},
		{"title slash phrase", "الحرب والسلام / رؤية في المستقبل\n\n" + body, "<nil>"},
		{"prefix byline under decks", "الصالون الثقافي ..ما له وماعليه\n" +
			"سعاد الكواري: ندعو جميع المثقفين لتقديم اقتراحاتهم\nد حسن رشيد: المبدع المحلي أصابنا بالإحباط\n" +
			"د مريم النعيمي: أتمنى اختيار ضيوف متنوعين\nسعد بورشيد: على الصالون أن يناقش قضايا الشباب\n" +
			"كتب- مصطفى عبد المنعم: منذ عدة سنوات أعلنت وزارة الثقافة عن إطلاق صالونها الثقافي والأدبي ليكون رئة للمثقفين.\n" + body, "مصطفى عبد المنعم"},
		{"byline wins", "معاناة الكتب من خصومها / الحسن ولد الشيخ\n\nبقلم: محمد علي حسن\n" + body, "محمد علي حسن"},
	} {
		d := segBuild("x.txt", tc.text, normalize.None)
		if got := segDeref(d.Author); got != tc.author {
			t.Errorf("%s: author = %q, want %q", tc.name, got, tc.author)
		}
	}
}
