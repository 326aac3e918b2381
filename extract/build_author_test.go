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
		{"prefix byline under a deck left a paragraph", "الصالون الثقافي ..ما له وماعليه\n" +
			"سعاد الكواري: ندعو جميع المثقفين لتقديم اقتراحاتهم لتطوير الصالون\nد حسن رشيد: المبدع المحلي أصابنا بالإحباط بسبب غيابه عن المشاركة\n" +
			"د مريم النعيمي: أتمنى اختيار ضيوف متنوعين عن طريق لجنة متخصصة\nالشيخ فهد آل ثاني: نأمل بأن نرى مجمعا لتنمية الثقافة العربية في قطر\n" +
			"سعد بورشيد: على الصالون أن يناقش قضايا الشباب وينتقل للجامعات\n" +
			"كتب- مصطفى عبد المنعم: منذ عدة سنوات أعلنت وزارة الثقافة عن إطلاق صالونها الثقافي والأدبي ليكون رئة للمثقفين.\n" + body, "مصطفى عبد المنعم"},
		{"place, name, dashes", "تعديلات جديدة على النظام والقوانين\n\nعمان - منير طلال - اختتم مدربو المنتخب الأولمبي للتايكواندو المعسكر الذي اقامه الاتحاد الدولي.\n", "منير طلال"},
		{"a name under the last paragraph", "الجميلات النائمات لياسوناري كاواباتا\n\n" + body + "\n" + body + "\nسمير الزبن\n", "سمير الزبن"},
		{"byline wins", "معاناة الكتب من خصومها / الحسن ولد الشيخ\n\nبقلم: محمد علي حسن\n" + body, "محمد علي حسن"},
	} {
		d := segBuild("x.txt", tc.text, normalize.None)
		if got := segDeref(d.Author); got != tc.author {
			t.Errorf("%s: author = %q, want %q", tc.name, got, tc.author)
		}
	}
}

// TestBuildBylineShape: the fields of a byline in an unfamiliar form.
func TestBuildBylineShape(t *testing.T) {
	body := "تمر، اليوم، الذكرى الثلاثون لرحيل وزير الخارجية الأسبق محمد الصديق بن يحيى، بعد تحطم طائرة في رحلة رسمية.\n"
	for _, tc := range []struct{ name, text, author, place, date string }{
		{"place and name", "أورهان باموك لـ الوطن: التأريخ ليس رصد ما يفعله الملوك\n\nكنت من الطبقة المتوسطة في اسطنبول وكان عدد سكانها قليلا\n\n" +
			"فكرة ان المسلمين ميالون الى الخنوع والاذعان هي نزعة غربية\n\nان الاستياء والسخط والتمرد حالات إنسانية يجب أن تحترم\n\n" +
			"كم ذرفت دموع الفرح لثورات الربيع العربي\n\nصوفيا - محمد خلف:\n\n" + body, "محمد خلف", "صوفيا", "<nil>"},
		{"date, place and name", "ثلاثون سنة مرت على رحيل محمد الصديق بن يحيى\nالدبلوماسي المحنك الذي وصفه الفرنسيون بـ''الثعلب''\n" +
			"الخميس 03 ماي 2012الجزائر: حميد عبد القادر\n" + body, "حميد عبد القادر", "الجزائر", "2012-05-03"},
	} {
		d := segBuild("x.txt", tc.text, normalize.None)
		var place *string
		if d.Dateline != nil {
			place = d.Dateline.Place
		}
		if segDeref(d.Author) != tc.author || segDeref(place) != tc.place || segDeref(d.Date) != tc.date {
			t.Errorf("%s: author %q place %q date %q, want %q %q %q", tc.name, segDeref(d.Author), segDeref(place), segDeref(d.Date), tc.author, tc.place, tc.date)
		}
	}
}
