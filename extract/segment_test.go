package extract

import (
	"strings"
	"testing"
)

// Each rule on real-looking lines. A case is a small article (lines joined
// by \n); the line marked `>>` is the one checked. Invisible characters are
// written as escapes.
func TestSegmentRules(t *testing.T) {
	const para = "وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة وسبل دعم الاستقرار فيها."
	cases := []struct {
		name     string
		hasTitle bool
		lines    []string
		role     Role
		rule     string
	}{
		{"blank", false, []string{para, ">>", para}, RoleBlank, ruleBlank},
		{"blank with NBSP and RLM", false, []string{para, ">>\u00a0\u200f ", para}, RoleBlank, ruleBlank},
		{"title", false, []string{">>التحالف يستبعد تدخلا عسكريا وشيكا بليبيا", "", para}, RoleTitle, ruleTitle},
		{"title with kashida and RLM", false, []string{">>\u200fالتح\u0640\u0640الف يستبعد تدخلا عسكريا", "", para}, RoleTitle, ruleTitle},
		{"no title when the container gave it", true, []string{">>تكثيف الغارات", para}, RoleHeading, ruleHeading},
		{"first sentence is no title", false, []string{">>" + para, para}, RoleParagraph, ruleParagraph},
		{"name line", false, []string{">> أحمد العرفج", para + " " + para}, RoleByline, ruleNameLine},
		{"english caption", false, []string{"عنوان", ">>Italian Foreign Minister Paolo Gentiloni (R) and US Secretary of State John Kerry talk in Rome, Italy, 02 February 2016.", "كيري قال إن تشكيل حكومة وفاق بليبيا سيحول دون تمدد التنظيم فيها (الأوروبية)", para}, RoleCaptionEN, ruleCaptionENWire},
		{"english caption before arabic", false, []string{"عنوان", ">>Protesters gather in the main square of the capital after the Friday prayers", "محتجون يتجمعون في الساحة الرئيسية بعد صلاة الجمعة (رويترز)", para}, RoleCaptionEN, ruleCaptionENBefore},
		{"arabic after english caption", false, []string{"عنوان", "A woman buys vegetables from a vendor in Tunis, Tunisia June 18, 2015. REUTERS/Zoubeir Souissi", ">>امرأة تشتري الخضار من بائع في تونس", para}, RoleCaptionAR, ruleCaptionARAfter},
		{"arabic caption in the body", false, []string{para, ">>باهنر أقرّ بوجود أخطاء وتقصير في عمل المؤسسات الإيرانية (الجزيرة)", para}, RoleCaptionAR, ruleCaptionARCredit},
		{"paragraph ending with a parenthesis after a period", false, []string{para, ">>وقال إن الحلف سيواصل دعمه. (الناتو)", para}, RoleParagraph, ruleParagraph},
		{"caption before a credit", false, []string{">>سعودية ترسم رسومات على وجه طفل، في فعاليات صيف المنطقة الشرقية", "(واس)"}, RoleCaptionAR, ruleCaptionARBefore},
		{"credit alone", false, []string{"سعودية ترسم رسومات على وجه طفل", ">>(واس)"}, RoleCredit, ruleCreditAlone},
		{"spa dateline", false, []string{">> نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", para}, RoleDateline, ruleSPADateline},
		{"place dash agency", false, []string{">>\u00a0\u00a0الرياض - واس ", para}, RoleDateline, rulePlaceDash},
		{"paper dash place after Next Previous", false, []string{">> Next Previous عين اليوم – ميونيخ", para}, RoleDateline, rulePlaceDash},
		{"tatweel as a dash", false, []string{">>عكاظ اليوم \u0640\u0640 جدة", para}, RoleDateline, rulePlaceDash},
		{"date alone", false, []string{">>28/2/2023", para}, RoleDateline, ruleDateLine},
		{"byline prepared by", false, []string{"عنوان", ">>إعداد: صالح آل زمانان, تصوير : صالح الدغاري", para}, RoleByline, ruleBylinePrefix},
		{"byline pen", false, []string{"عنوان", ">>بقلم عبد الرحمن الراشد", para}, RoleByline, ruleBylinePrefix},
		{"byline photo", false, []string{"عنوان", ">>تصوير : مشعل الزهراني", para}, RoleByline, ruleBylinePrefix},
		{"wrote without colon is a paragraph", false, []string{"عنوان", ">>كتبت قبل يومين ناصية معتادة طرحت من خلالها حال تطور الواسطة داخل مجتمعنا.", para}, RoleParagraph, ruleParagraph},
		{"heading", false, []string{para, "", ">>تكثيف الغارات", para}, RoleHeading, ruleHeading},
		{"heading with quotes", false, []string{para, ">>دبابات \"تشالنجر2\"", "", para}, RoleHeading, ruleHeading},
		{"short line before a short line is no heading", false, []string{para, ">>عبد ربه منصور هادي", "رئيس الجمهورية"}, RoleParagraph, ruleParagraph},
		{"question heading", false, []string{para, ">>لماذا نجح الفيديو؟", para}, RoleHeading, ruleQuestionHeading},
		{"starred heading", false, []string{para, ">>* حضور مشرف للفن التشكيلي ", para}, RoleHeading, ruleStarredHeading},
		{"star bullets", false, []string{para, ">> * عضو مجلس الشورى منذ 3 /3 /1426هـ.", " * مستشار إعلامي، ديوان سمو ولي العهد، 1420 وحتى تاريخه."}, RoleListItem, ruleListBullet},
		{"bullet", false, []string{para, ">>• قم بفتح المتصفح المفضل إليك أولاً.", para}, RoleListItem, ruleListBullet},
		{"dash item", false, []string{para, ">>– الهوية الوطنية .", "– شهادة الامتياز والتصنيف المهني للوظائف الصحية."}, RoleListItem, ruleListBullet},
		{"numbered with bidi marks", false, []string{para, ">>1\u202a.\u202c The Panic in Needle Park | Jerry Schatzberg", "2\u202a.\u202c The Godfather | Francis Ford Coppola"}, RoleListItem, ruleListNumbered},
		{"number is not a list", false, []string{para, ">>10 أشخاص يعيّنهم المرشد.", para}, RoleParagraph, ruleParagraph},
		{"embed", false, []string{para, "Thanks Israel👍🏼 🛫", ">>A post shared by James Rodríguez (@jamesrodriguez10) on Sep 10, 2018 at 11:59am PDT", para}, RoleEmbed, ruleEmbedPost},
		{"embed text", false, []string{para, ">>🌊🌊", "A post shared by Mohamed Salah (@mosalah) on Jul 18, 2018 at 10:28am PDT", para}, RoleEmbed, ruleEmbedText},
		{"attribution", false, []string{para, ">>المصدر : الجزيرة + وكالات"}, RoleAttribution, ruleSource},
		{"reprinted from", true, []string{para, ">>* نقلا عن \"الشرق الأوسط\" السعودية"}, RoleAttribution, ruleReprinted},
		{"next previous", false, []string{">> \u00a0 Next Previous \u00a0", para}, RoleResidue, ruleNextPrevious},
		{"video duration", false, []string{para, ">>مدة الفيديو 02 minutes 47 seconds", para}, RoleResidue, ruleVideo},
		{"video time", false, []string{para, "مدة الفيديو 02 minutes 47 seconds", ">>02:47", para}, RoleResidue, ruleVideo},
		{"share button", false, []string{para, ">>شارك", para}, RoleResidue, ruleNavWord},
		{"read also", true, []string{para, ">>اقرأ أيضاً:", "أزمة كوريا الشمالية في سطور", para}, RoleResidue, ruleReadAlso},
		{"read also item", true, []string{para, "اقرأ أيضاً:", ">>أزمة كوريا الشمالية في سطور", para}, RoleResidue, ruleReadAlsoItem},
		{"link list", true, []string{para, "قاتل المصلين في مسجد كيبيك يعترف بجريمته", ">>توجيه تهم بالإرهاب لمنفذ هجوم مسجد فينسبري في لندن", "هجوم \"إرهابي\" على مسجد في كيبيك بكندا", para}, RoleResidue, ruleLinkList},
		{"cookie notice", false, []string{para, ">>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا", para}, RoleResidue, ruleCookie},
		{"comment policy", false, []string{para, ">>ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة التعليقات قبل نشرها."}, RoleResidue, ruleCommentPolicy},
		{"wire follows", false, []string{para, ">> // يتبع //", " 15:37 ت م "}, RoleResidue, ruleWireMarker},
		{"wire time", false, []string{para, " // يتبع //", ">> 15:37 ت م "}, RoleResidue, ruleWireMarker},
		{"contact", false, []string{para, ">>تويتر: @Arfaj1"}, RoleResidue, ruleContact},
		{"separator", false, []string{para, ">> ***", para}, RoleResidue, ruleSeparator},
		{"bare url", false, []string{para, ">> http://sabq.org/sabq/user/articles.do?id=897 "}, RoleResidue, ruleBareURL},
		{"disclaimer", true, []string{para, ">>** جميع المقالات المنشورة تمثل رأي كتابها فقط."}, RoleResidue, ruleDisclaimer},
		{"english sentence alone", false, []string{para, ">>The car escorting the bride arrived with security down the long walk in Windsor.", para}, RoleParagraph, ruleEnglish},
		{"apple starts an arabic paragraph", false, []string{para, ">>Apple أعلنت الشركة اليوم عن هاتفها الجديد الذي يأتي بشاشة أكبر وبطارية أطول عمرا.", para}, RoleParagraph, ruleParagraph},
		{"signoff", true, []string{para, ">>دكتور :::: جون نيلسون رايت", "كبير الباحثين في المعهد الملكي للشؤون الدولية"}, RoleByline, ruleSignoff},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lines := make([]rawLine, len(tc.lines))
			at := -1
			for i, s := range tc.lines {
				if rest, ok := strings.CutPrefix(s, ">>"); ok {
					s, at = rest, i
				}
				lines[i] = rawLine{N: i + 1, Text: s}
			}
			segment(lines, tc.hasTitle)
			for i, l := range lines {
				if l.Role == "" || l.Rule == "" {
					t.Errorf("line %d has no role or rule", i+1)
				}
			}
			if got := lines[at]; got.Role != tc.role || got.Rule != tc.rule {
				t.Errorf("line %d %q: got %s (%s), want %s (%s)", at+1, got.Text, got.Role, got.Rule, tc.role, tc.rule)
			}
		})
	}
}

// Pre-assigned roles (markup, title, dateline from containers) stay.
func TestSegmentKeepsPreassigned(t *testing.T) {
	lines := []rawLine{
		{N: 1, Text: "<DOC>", Role: RoleMarkup, Rule: "container-tag"},
		{N: 2, Text: "<TITLE>عنوان</TITLE>", Role: RoleTitle, Rule: "container-title"},
		{N: 3, Text: "الرياض", Role: RoleDateline, Rule: "container-dateline"},
		{N: 4, Text: "فقرة أولى من نص المقال تكفي لتكون فقرة كاملة في هذا الاختبار."},
	}
	segment(lines, true)
	for i, want := range []Role{RoleMarkup, RoleTitle, RoleDateline, RoleParagraph} {
		if lines[i].Role != want {
			t.Errorf("line %d: %s, want %s", i+1, lines[i].Role, want)
		}
	}
	if lines[2].Rule != "container-dateline" {
		t.Errorf("rule changed: %s", lines[2].Rule)
	}
}

func TestScriptCounts(t *testing.T) {
	for _, tc := range []struct {
		s               string
		ar, lat, wa, we int
	}{
		{"Apple تطلق", 4, 5, 1, 1},
		{"عُرِضَ", 3, 0, 1, 0},        // harakat do not split a word
		{"التح\u0640الف", 7, 0, 1, 0}, // nor does tatweel
		{"،؛؟ 2016", 0, 0, 0, 0},      // Arabic punctuation and digits are no letters
		{"\ufefbلا", 3, 0, 1, 0},      // presentation forms are letters
	} {
		ar, lat, wa, we := scriptCounts(tc.s)
		if ar != tc.ar || lat != tc.lat || wa != tc.wa || we != tc.we {
			t.Errorf("scriptCounts(%q) = %d %d %d %d, want %d %d %d %d", tc.s, ar, lat, wa, we, tc.ar, tc.lat, tc.wa, tc.we)
		}
	}
}

// TestPhotoCaptionOpener: a short line opening as photo captions do is an
// Arabic caption without a credit; a sentence that merely contains the
// words, or a bare `من …` fragment, is not.
func TestPhotoCaptionOpener(t *testing.T) {
	body := "وقال المتحدث باسم الوزارة إن الاجتماع ناقش عددا من الملفات المهمة المتعلقة بالتعاون بين البلدين في المجالات الاقتصادية والثقافية."
	tests := []struct {
		line string
		want Role
	}{
		{"جانب من الحفل", RoleCaptionAR},
		{"جانب من اجتماع المدرب الاتحادي باللاعب", RoleCaptionAR},
		{"صورة من الغبار الذي شهدته جازان وقت وقوع الحادثة", RoleCaptionAR},
		{"جانب من الحفل الذي أقيم أمس في الرياض بحضور عدد كبير من المسؤولين والمهتمين بالشأن الثقافي والفني في المملكة.", RoleParagraph},
		{"من الأحزان أشتات", ""}, // poetry: anything but a caption
	}
	for _, tt := range tests {
		lines := []rawLine{{N: 1, Text: "عنوان المقال هنا"}, {N: 2, Text: body}, {N: 3, Text: tt.line}, {N: 4, Text: body}}
		segment(lines, false)
		got := lines[2].Role
		if tt.want == "" {
			if got == RoleCaptionAR {
				t.Errorf("%q: got caption_ar", tt.line)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("%q: role %s (%s), want %s", tt.line, got, lines[2].Rule, tt.want)
		}
	}
}
