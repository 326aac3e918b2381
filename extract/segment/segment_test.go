package segment

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// para is a line of body text.
const para = "وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة وسبل دعم الاستقرار فيها."

// ruleCases are each rule on real-looking lines. A case is a small article
// (lines joined by \n); the line marked `>>` is the one checked. Invisible
// characters are written as escapes. Every rule has a case of its own
// (TestEveryRuleHasACase).
var ruleCases = []ruleCase{
	{"blank", Context{}, []string{para, ">>", para}, document.RoleBlank, RuleBlank},
	{"blank with NBSP and RLM", Context{}, []string{para, ">>\u00a0\u200f ", para}, document.RoleBlank, RuleBlank},
	{"title", Context{}, []string{">>التحالف يستبعد تدخلا عسكريا وشيكا بليبيا", "", para}, document.RoleTitle, RuleTitle},
	{"title with kashida and RLM", Context{}, []string{">>\u200fالتح\u0640\u0640الف يستبعد تدخلا عسكريا", "", para}, document.RoleTitle, RuleTitle},
	{"no title when the container gave it", Context{HasTitle: true}, []string{">>تكثيف الغارات", para}, document.RoleHeading, RuleHeading},
	{"first sentence is no title", Context{}, []string{">>" + para, para}, document.RoleParagraph, RuleParagraph},
	{"name line", Context{}, []string{">> أحمد العرفج", para + " " + para}, document.RoleByline, RuleNameLine},
	{"english caption", Context{}, []string{"عنوان", ">>Italian Foreign Minister Paolo Gentiloni (R) and US Secretary of State John Kerry talk in Rome, Italy, 02 February 2016.", "كيري قال إن تشكيل حكومة وفاق بليبيا سيحول دون تمدد التنظيم فيها (الأوروبية)", para}, document.RoleCaptionEN, RuleCaptionENWire},
	{"english caption before arabic", Context{}, []string{"عنوان", ">>Protesters gather in the main square of the capital after the Friday prayers", "محتجون يتجمعون في الساحة الرئيسية بعد صلاة الجمعة (رويترز)", para}, document.RoleCaptionEN, RuleCaptionENBefore},
	{"arabic after english caption", Context{}, []string{"عنوان", "A woman buys vegetables from a vendor in Tunis, Tunisia June 18, 2015. REUTERS/Zoubeir Souissi", ">>امرأة تشتري الخضار من بائع في تونس", para}, document.RoleCaptionAR, RuleCaptionARAfter},
	{"arabic caption in the body", Context{}, []string{para, ">>باهنر أقرّ بوجود أخطاء وتقصير في عمل المؤسسات الإيرانية (الجزيرة)", para}, document.RoleCaptionAR, RuleCaptionARCredit},
	{"paragraph ending with a parenthesis after a period", Context{}, []string{para, ">>وقال إن الحلف سيواصل دعمه. (الناتو)", para}, document.RoleParagraph, RuleParagraph},
	{"caption before a credit", Context{}, []string{">>سعودية ترسم رسومات على وجه طفل، في فعاليات صيف المنطقة الشرقية", "(واس)"}, document.RoleCaptionAR, RuleCaptionARBefore},
	{"credit alone", Context{}, []string{"سعودية ترسم رسومات على وجه طفل", ">>(واس)"}, document.RoleCredit, RuleCreditAlone},
	{"spa dateline", Context{}, []string{">> نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", para}, document.RoleDateline, RuleSPADateline},
	{"place dash agency", Context{}, []string{">>\u00a0\u00a0الرياض - واس ", para}, document.RoleDateline, RulePlaceDash},
	{"paper dash place after Next Previous", Context{}, []string{">> Next Previous عين اليوم – ميونيخ", para}, document.RoleDateline, RulePlaceDash},
	{"tatweel as a dash", Context{}, []string{">>عكاظ اليوم \u0640\u0640 جدة", para}, document.RoleDateline, RulePlaceDash},
	{"date alone", Context{}, []string{">>28/2/2023", para}, document.RoleDateline, RuleDateLine},
	{"byline prepared by", Context{}, []string{"عنوان", ">>إعداد: صالح آل زمانان, تصوير : صالح الدغاري", para}, document.RoleByline, RuleBylinePrefix},
	{"byline pen", Context{}, []string{"عنوان", ">>بقلم عبد الرحمن الراشد", para}, document.RoleByline, RuleBylinePrefix},
	{"byline photo", Context{}, []string{"عنوان", ">>تصوير : مشعل الزهراني", para}, document.RoleByline, RuleBylinePrefix},
	{"wrote without colon is a paragraph", Context{}, []string{"عنوان", ">>كتبت قبل يومين ناصية معتادة طرحت من خلالها حال تطور الواسطة داخل مجتمعنا.", para}, document.RoleParagraph, RuleParagraph},
	{"heading", Context{}, []string{para, "", ">>تكثيف الغارات", para}, document.RoleHeading, RuleHeading},
	{"heading ending with an exclamation", Context{}, []string{para, "", ">>مستعدون للقاء وهدفنا اللقب!", para}, document.RoleHeading, RuleHeading},
	{"an exclaimed sentence is no heading", Context{}, []string{para, "", ">>لم يكن أحد يتوقع أن يحدث هذا في المدينة!", para}, document.RoleParagraph, RuleParagraph},
	{"heading with quotes", Context{}, []string{para, ">>دبابات \"تشالنجر2\"", "", para}, document.RoleHeading, RuleHeading},
	{"two-line heading", Context{}, []string{para, "", ">>الوزير الأسبق صالح فوجيل للخبر", "قلت لصدام حسين أنتم من استهدف الطائرة", para}, document.RoleHeading, RuleHeadingAbove},
	{"the heading under it", Context{}, []string{para, "", "الوزير الأسبق صالح فوجيل للخبر", ">>قلت لصدام حسين أنتم من استهدف الطائرة", para}, document.RoleHeading, RuleHeading},
	{"a section's name over its first subheading, blank-spaced", Context{}, []string{para, "", ">>المجموعة الأولى", "", "النجمة × الكوكب", "", para}, document.RoleHeading, RuleHeadingAbove},
	{"a packed page's section name over a subheading", Context{}, []string{"الأسواق اليوم", para, ">>تحليل زوج اليورو مقابل الدولار", "اليورو يجد مقاومة قوية", para, para}, document.RoleHeading, RuleHeadingAbove},
	{"a verse's first half over its second is no two-line heading", Context{}, []string{para, "", ">>أنام ملء جفوني عن شواردها", "", "ويسهر الخلق جراها ويختصم", "", para}, document.RoleParagraph, RuleParagraph},
	{"a section's name over a subheading opened by a conjunction", Context{}, []string{para, "", ">>المجموعة الأولى", "", "وادي الدواسر × الرائد", "", para}, document.RoleHeading, RuleHeadingAbove},
	{"a short line under verse is no two-line heading", Context{}, []string{para, "", "فإذا أصبحت أصداء خيال", "", ">>وإذا غادرت دائرة الزحام", "", "كنت أشلاء أديب", "", para}, document.RoleParagraph, RuleParagraph},
	{"no two-line heading right under a paragraph", Context{}, []string{para, "", para, ">>الوزير الأسبق صالح فوجيل للخبر", "قلت لصدام حسين أنتم من استهدف الطائرة", para}, document.RoleParagraph, RuleParagraph},
	{"heading over an interview's question", Context{HasTitle: true}, []string{para, ">>محفظة استثمارية", "ما رأيك في الوضع؟", para, "وماذا عن المستقبل؟", para, "هل أنت متفائل؟", para}, document.RoleHeading, RuleHeading},
	{"definition list", Context{}, []string{para, "", "الزيزفون: شجرة غنية عن التعريف تستعمل أوراقها وأزهارها منقوعة في الماء الساخن لتهدئة الأعصاب وتخفيف الصداع", ">>الزعرور: تعمل أزهار وثمار الزعرور على تنظيم ضغط الدم وتقوية عضلة القلب إذا أخذت بانتظام مرتين في اليوم", "العرقسوس: نبات ينمو في المناطق الحارة ويستعمل شرابا في شهر رمضان لأنه يروي العطش ويقوي المعدة عند الصائمين"}, document.RoleListItem, RuleDefinition},
	{"a transcript's speakers are no definitions", Context{}, []string{para, "", "السيد الرئيس: هذه المرحلة مليئة بالأحداث الكبيرة والمهمة", ">>الصحفي: هل تتوقعون تصعيدا في الأيام المقبلة على الحدود؟", "السيد الرئيس: لا نتوقع ذلك في الوقت الحاضر على الأقل"}, document.RoleParagraph, RuleParagraph},
	{"label heading", Context{}, []string{para, ">>حواجز الدعم:", "أقرب حاجز دعم رئيسي للمدى القصير عند 8123.", para}, document.RoleHeading, RuleLabelHeading},
	{"a lead-in is no label", Context{}, []string{para, ">>وفيما يلي التعديلات:", "أقرب حاجز دعم رئيسي للمدى القصير عند 8123.", para}, document.RoleParagraph, RuleParagraph},
	{"speech is no label", Context{}, []string{para, ">>هناك قول مأثور يقول:", "الحكمة ضالة المؤمن أنى وجدها أخذ بها.", para}, document.RoleParagraph, RuleParagraph},
	{"a name under a title asking a question", Context{}, []string{"من يعوض العريس ومن ينصف والده ؟", ">>عدنان السوداني", para}, document.RoleByline, RuleNameAtTop},
	{"short line before a short line is no heading", Context{}, []string{para, ">>عبد ربه منصور هادي", "رئيس الجمهورية"}, document.RoleParagraph, RuleParagraph},
	{"question heading", Context{}, []string{para, ">>لماذا نجح الفيديو؟", para}, document.RoleHeading, RuleQuestionHeading},
	{"section number", Context{}, []string{"عنوان", "(1)", para, "", ">>(2)", para}, document.RoleHeading, RuleSectionNumber},
	{"section numbers in Arabic-Indic digits", Context{}, []string{"عنوان", ">>١", para, "٢", para}, document.RoleHeading, RuleSectionNumber},
	{"one number alone is no section", Context{}, []string{"عنوان", para, ">>77", para}, document.RoleParagraph, RuleParagraph},
	{"numbers going down are no sections", Context{}, []string{"عنوان", ">>(3)", para, "(1)", para}, document.RoleParagraph, RuleParagraph},
	{"ordinal heading", Context{}, []string{para, "", ">>أولاً: أسس الأزمة المالية", para}, document.RoleHeading, RuleOrdinalHeading},
	{"ordinal heading with a dash", Context{}, []string{para, "", ">>ثالثا - البواعث السياسية", para}, document.RoleHeading, RuleOrdinalHeading},
	{"an ordinal opening a sentence", Context{}, []string{para, "", ">>أولا: يجب على الحكومة أن تراجع سياستها المالية قبل نهاية العام.", para}, document.RoleParagraph, RuleParagraph},
	{"a numbered section heading", Context{}, []string{para, "", ">>1. الأمل كقوة نفسية:", para, para, "", "2. تأثير الأمل على الصحة النفسية:", para}, document.RoleHeading, RuleStarredHeading},
	{"numbered items one after another stay a list", Context{}, []string{para, "", ">>1. الأمل كقوة نفسية", "2. تأثير الأمل على الصحة النفسية", para}, document.RoleListItem, RuleListNumbered},
	{"an item going on with a comma stays an item", Context{}, []string{para, "", ">>- وثلاث نساء من قرية نواي،", para}, document.RoleListItem, RuleListBullet},
	{"starred heading", Context{}, []string{para, ">>* حضور مشرف للفن التشكيلي ", para}, document.RoleHeading, RuleStarredHeading},
	{"star bullets", Context{}, []string{para, ">> * عضو مجلس الشورى منذ 3 /3 /1426هـ.", " * مستشار إعلامي، ديوان سمو ولي العهد، 1420 وحتى تاريخه."}, document.RoleListItem, RuleListBullet},
	{"bullet", Context{}, []string{para, ">>• قم بفتح المتصفح المفضل إليك أولاً.", para}, document.RoleListItem, RuleListBullet},
	{"dash item", Context{}, []string{para, ">>– الهوية الوطنية .", "– شهادة الامتياز والتصنيف المهني للوظائف الصحية."}, document.RoleListItem, RuleListBullet},
	{"numbered with bidi marks", Context{}, []string{para, ">>1\u202a.\u202c The Panic in Needle Park | Jerry Schatzberg", "2\u202a.\u202c The Godfather | Francis Ford Coppola"}, document.RoleListItem, RuleListNumbered},
	{"number is not a list", Context{}, []string{para, ">>10 أشخاص يعيّنهم المرشد.", para}, document.RoleParagraph, RuleParagraph},
	{"embed", Context{}, []string{para, "Thanks Israel👍🏼 🛫", ">>A post shared by James Rodríguez (@jamesrodriguez10) on Sep 10, 2018 at 11:59am PDT", para}, document.RoleEmbed, RuleEmbedPost},
	{"embed text", Context{}, []string{para, ">>🌊🌊", "A post shared by Mohamed Salah (@mosalah) on Jul 18, 2018 at 10:28am PDT", para}, document.RoleEmbed, RuleEmbedText},
	{"attribution", Context{}, []string{para, ">>المصدر : الجزيرة + وكالات"}, document.RoleAttribution, RuleSource},
	{"reprinted from", Context{HasTitle: true}, []string{para, ">>* نقلا عن \"الشرق الأوسط\" السعودية"}, document.RoleAttribution, RuleReprinted},
	{"next previous", Context{}, []string{">> \u00a0 Next Previous \u00a0", para}, document.RoleResidue, RuleNextPrevious},
	{"video duration", Context{}, []string{para, ">>مدة الفيديو 02 minutes 47 seconds", para}, document.RoleResidue, RuleVideo},
	{"video time", Context{}, []string{para, "مدة الفيديو 02 minutes 47 seconds", ">>02:47", para}, document.RoleResidue, RuleVideo},
	{"share button", Context{}, []string{para, ">>شارك", para}, document.RoleResidue, RuleNavWord},
	{"read also", Context{HasTitle: true}, []string{para, ">>اقرأ أيضاً:", "أزمة كوريا الشمالية في سطور", para}, document.RoleResidue, RuleReadAlso},
	{"read also item", Context{HasTitle: true}, []string{para, "اقرأ أيضاً:", ">>أزمة كوريا الشمالية في سطور", para}, document.RoleResidue, RuleReadAlsoItem},
	{"link list", Context{HasTitle: true}, []string{para, "قاتل المصلين في مسجد كيبيك يعترف بجريمته", ">>توجيه تهم بالإرهاب لمنفذ هجوم مسجد فينسبري في لندن", "هجوم \"إرهابي\" على مسجد في كيبيك بكندا", para}, document.RoleResidue, RuleLinkList},
	{"cookie notice", Context{}, []string{para, ">>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا", para}, document.RoleResidue, RuleCookie},
	{"comment policy", Context{}, []string{para, ">>ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة التعليقات قبل نشرها."}, document.RoleResidue, RuleCommentPolicy},
	{"wire follows", Context{}, []string{para, ">> // يتبع //", " 15:37 ت م "}, document.RoleResidue, RuleWireMarker},
	{"wire time", Context{}, []string{para, " // يتبع //", ">> 15:37 ت م "}, document.RoleResidue, RuleWireMarker},
	{"contact", Context{}, []string{para, ">>تويتر: @Arfaj1"}, document.RoleResidue, RuleContact},
	{"separator", Context{}, []string{para, ">> ***", para}, document.RoleResidue, RuleSeparator},
	{"bare url", Context{}, []string{para, ">> http://sabq.org/sabq/user/articles.do?id=897 "}, document.RoleResidue, RuleBareURL},
	{"disclaimer", Context{HasTitle: true}, []string{para, ">>** جميع المقالات المنشورة تمثل رأي كتابها فقط."}, document.RoleResidue, RuleDisclaimer},
	{"english sentence alone", Context{}, []string{para, ">>The car escorting the bride arrived with security down the long walk in Windsor.", para}, document.RoleParagraph, RuleEnglish},
	{"apple starts an arabic paragraph", Context{}, []string{para, ">>Apple أعلنت الشركة اليوم عن هاتفها الجديد الذي يأتي بشاشة أكبر وبطارية أطول عمرا.", para}, document.RoleParagraph, RuleParagraph},
	{"signoff", Context{HasTitle: true}, []string{para, ">>دكتور :::: جون نيلسون رايت", "كبير الباحثين في المعهد الملكي للشؤون الدولية"}, document.RoleByline, RuleSignoff},
	{"wire service", Context{HasTitle: true}, []string{para, ">>* خدمة «نيويورك تايمز»"}, document.RoleAttribution, RuleWireService},
	{"second attribution", Context{}, []string{para, ">>المصدر : وكالات", para, "المصدر : الجزيرة + وكالات"}, document.RoleParagraph, RuleExtraAttribution},
	{"rights", Context{}, []string{para, ">>جميع الحقوق محفوظة لصحيفة الرياض"}, document.RoleResidue, RuleRights},
	{"tags", Context{}, []string{para, ">>الوسوم: السعودية، الاقتصاد"}, document.RoleResidue, RuleTags},
	{"attachment", Context{}, []string{para, ">>نموذج الطلب.pdf", para}, document.RoleResidue, RuleAttachment},
	{"agency dateline", Context{}, []string{">>دبي، الإمارات العربية المتحدة (CNN)", para}, document.RoleDateline, RuleAgencyDateline},
	{"numbered after a credit", Context{}, []string{para, para, para, para, ">>RIA NOVOSTI – 2 – منصة إطلاق الصواريخ في قاعدة بايكونور", "RIA NOVOSTI – 3 – مركز التحكم في الرحلات الفضائية قرب موسكو", para}, document.RoleListItem, RuleListCredited},
	{"interview", Context{HasTitle: true}, []string{para, ">>ما رأيك في الوضع؟", para, "وماذا عن المستقبل؟", para, "هل أنت متفائل؟", para}, document.RoleHeading, RuleInterview},
	{"interview with speaker labels", Context{HasTitle: true}, []string{para, "* سؤال:", ">>هل كنتم تتمنون ألا يحصل هذا الشيء؟.", "** السيد الرئيس:", para, "* سؤال:", "وماذا عن المستقبل؟", "** السيد الرئيس:", para, "* سؤال:", "هل أنت متفائل؟", "** السيد الرئيس:", para}, document.RoleHeading, RuleInterview},
	{"photo caption", Context{}, []string{para, ">>جانب من الحفل", para}, document.RoleCaptionAR, RulePhotoCaption},
	{"hard-wrapped paragraph", Context{}, wrapped(">>", 1, 38, para+" "+para+" "+para+" "+para), document.RoleParagraph, RuleWrapped},
	{"a date over an image's long address is no wrapped line", Context{}, append(append(wrapped("", 0, 38, para+" "+para+" "+para+" "+para), ">>14 مارس 2024", "%D9%84%D8%BA%D8%A9%20%D8%A7%D9%84 العيون"), wrapped("", 0, 38, para+" "+para+" "+para+" "+para)...), document.RoleDateline, RuleDateLine},
	{"hard-wrapped text amid a page's links", Context{}, amidLinks(wrapped(">>", 1, 60, para+" "+para+" "+para)), document.RoleParagraph, RuleWrapped},
	{"page chrome", Context{}, page(1, 10), document.RoleResidue, RulePageChrome},
	{"the title of an indented page is its longest flush-left line", Context{}, indentedPage(">>الحكومة تقر الموازنة الجديدة للعام المقبل"), document.RoleTitle, RulePageTitle},
	{"a name under an indented page's title stays the article's", Context{}, indentedPage("الحكومة تقر الموازنة الجديدة للعام المقبل", ">>أحمد محمد الشحي"), document.RoleByline, RuleNameAtTop},
	{"a page's teasers after its tags", Context{}, append(page(0, 6)[:16], "الوسوم", ">>"+para, "2025-12-31", para), document.RoleResidue, RulePageTail},
	{"a tags line amid the body does not end it", Context{}, append(append(page(0, 2)[:12], "الوسوم"), ">>"+para, para, para, para), document.RoleParagraph, RuleParagraph},
	{"page title", Context{}, page(9, 10), document.RoleTitle, RulePageTitle},
	{"marked interview question", Context{}, []string{para, ">>> ما رأيك في الوضع؟", "- " + para, "> وماذا عن المستقبل؟", "- " + para, "> هل أنت متفائل؟", "- نعم."}, document.RoleHeading, RuleMarkedQuestion},
	{"marked interview answer", Context{}, []string{para, "× ما رأيك في الوضع؟", ">>- " + para, "× وماذا عن المستقبل؟", "- " + para, "× هل أنت متفائل؟", "- نعم."}, document.RoleParagraph, RuleMarkedAnswer},
	{"unmarked question before a dash answer", Context{}, []string{para, ">>أصدرت العدد الثاني من مجلتك. ما الذي تريد أن تقدمه؟", "- " + para, para, "وماذا عن المستقبل؟", "- " + para, "هل أنت متفائل؟", "- " + para}, document.RoleHeading, RuleAnsweredQuestion},
	{"dash answer to an unmarked question", Context{}, []string{para, "ما رأيك في الوضع؟", ">>- " + para, "وماذا عن المستقبل؟", "- " + para, "هل أنت متفائل؟", "- " + para}, document.RoleParagraph, RuleMarkedAnswer},
	{"two questions over dash lines make no interview", Context{}, []string{para, "ما رأيك في الوضع؟", ">>- " + para, "وماذا عن المستقبل؟", "- " + para}, document.RoleListItem, RuleListBullet},
	{"a question over a dash list heads it only once", Context{}, []string{para, "ما الذي تغير؟", "- " + para, ">>- " + para, "- " + para, para}, document.RoleListItem, RuleListBullet},
	{"the line under a question label is a question", Context{HasTitle: true}, []string{para, "* سؤال:", ">>الجيش قال إنه يملك اتصالات على الرادار تثبت ما حصل، وإنه سيعرضها.", "** السيد الرئيس:", para, "* سؤال:", "وماذا عن المستقبل؟", "** السيد الرئيس:", para, "* سؤال:", "هل أنت متفائل؟", "** السيد الرئيس:", para}, document.RoleHeading, RuleInterview},
	{"tatweel as a list dash", Context{}, []string{para, ">>ــ فقه الأعيان", "ــ الرشاد على الفقه", "ــ تفسير البسملة", para}, document.RoleListItem, RuleListBullet},
	{"kicker", Context{}, []string{">>في البطولة العربية لكرة الطائرة", "منتخبنا يفوز على الإمارات بثلاثية نظيفة", para}, document.RoleHeading, RuleKicker},
	{"a kicker naming the paper an interview was given to", Context{}, []string{">>مدير مركز ابن خلدون للدراسات الإنمائية سعد الدين إبراهيم لـ''الخبر''", "''2011 شهدت أهم حدث في العالم العربي''", "", para}, document.RoleHeading, RuleKicker},
	{"a first line ending with a quoted name it gives no interview to is the title", Context{}, []string{">>الرئيس يفتتح معرض الكتاب الدولي في دورته «الخامسة»", "الزوار يتوافدون على الأجنحة", para}, document.RoleTitle, RuleTitle},
	{"title after a kicker", Context{}, []string{"مستقبل واعد في انتظار الجيل الحالي:", ">>منتخبنا يكتفي بالوصافة بعد خسارته من السعودية", para}, document.RoleTitle, RuleTitle},
	{"deck over a byline", Context{}, []string{"السماح بـ12 لاعباً احتياطياً ومنع الاتصال بين اللاعب والمدرب", ">>«الكرة» عمم التعديلات الجديدة على الأندية", "كتب صادق الشايع:", para}, document.RoleHeading, RuleDeck},
	{"heading stack", Context{}, []string{para, ">>أرق نفسك بنفسك وتداوى بالطب البديل", "دواؤك في غذائك", "فوائد الخضار", "الزيزفون: شجرة غنية عن التعريف تستعمل أوراقها وأزهارها منقوعة في الماء الساخن لتهدئة الأعصاب وتخفيف الصداع", "الزعرور: تعمل أزهار وثمار الزعرور على تنظيم ضغط الدم وتقوية عضلة القلب إذا أخذت بانتظام مرتين في اليوم", "العرقسوس: نبات ينمو في المناطق الحارة ويستعمل شرابا في شهر رمضان لأنه يروي العطش ويقوي المعدة عند الصائمين"}, document.RoleHeading, RuleHeadingStack},
	{"deck under a title", Context{}, []string{"انتخابات الاتحادات الرياضية تتخلى عن الهدوء", "", ">>حيثيات الطعن في انتخابات الشطرنج تصل إلى البرلمان وتوزيع المناصب يثير الجدل !", para}, document.RoleHeading, RuleDeckUnderTitle},
	{"section name over the title", Context{}, []string{">>شرفة الرأي", "", "منتخب كرة السلة فقد فرصة التأهل لليابان ولم يتلق النقد", para}, document.RoleResidue, RuleSectionName},
	{"latin heading", Context{}, []string{para, "", ">>\"Facebook Page\"", "", para}, document.RoleHeading, RuleLatinHeading},
	{"name at top", Context{}, []string{"تعطيل القوانين", "", ">>ياسر المتولي", para}, document.RoleByline, RuleNameAtTop},
	{"a shorter line set over the headline is its kicker", Context{}, []string{">>أثار جدلا قانونيا واسعا", "مرسي يلغي حل البرلمان المصري والعسكري يبحث التداعيات", "", para}, document.RoleHeading, RuleKicker},
	{"the headline under a kicker is the title", Context{}, []string{"أثار جدلا قانونيا واسعا", ">>مرسي يلغي حل البرلمان المصري والعسكري يبحث التداعيات", "", para}, document.RoleTitle, RuleTitle},
	{"name at top with a dash", Context{}, []string{"تعطيل القوانين", ">>يحيى الحلالي -", para}, document.RoleByline, RuleNameAtTop},
	{"name at top after a glued title", Context{}, []string{"تملك بيوتا في الجنة", "", "الثلاثاء, 17 إبريل, 2012, 11:33 بتوقيت القدس", ">>م.عماد شحادة صيام", para}, document.RoleByline, RuleNameAtTop},
	{"name at top after a doctor's title, given name unknown", Context{}, []string{"تعطيل القوانين", ">>د. نعيم أسعد الصفدي", para}, document.RoleByline, RuleNameAtTop},
	{"a dotted phrase at top is no name", Context{}, []string{"تعطيل القوانين", ">>مخاوف م.مشروعة", para}, document.RoleHeading, RuleHeading},
	{"heading at top is no name", Context{}, []string{"تعطيل القوانين", ">>مخاوف مشروعة", para}, document.RoleHeading, RuleHeading},
	{"a teaser: an image's alt, then the link saying it again", Context{}, []string{para, ">>[إربد : وفاة فتاة إثر سقوطها من سطح منزلها] إربد : وفاة فتاة إثر سقوطها من سطح منزلها", "[الزراعة : ارتفاع اسعار البندورة غير مبرر] الزراعة : ارتفاع اسعار البندورة غير مبرر"}, document.RoleResidue, RuleAltTeaser},
	{"a bracketed remark opening a paragraph is no teaser", Context{}, []string{para, ">>[صورة أرشيفية للاجتماع] وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة.", para}, document.RoleParagraph, RuleParagraph},
	{"a heading underlined with a rule", Context{HasTitle: true}, []string{para, para, ">>دور طرابلس", "————-", para}, document.RoleHeading, RuleUnderlined},
	{"a short line over a lone dot is no underlined heading", Context{HasTitle: true}, []string{para, para, ">>دور طرابلس", ".", para}, document.RoleParagraph, RuleParagraph},
	{"a paragraph's last line over a closing rule is no heading", Context{HasTitle: true}, []string{para, ">>والمطلوب من طرابلس أكثر من غيرها.", "————-", "", "المصدر: وكالات"}, document.RoleParagraph, RuleParagraph},
	{"a list's share buttons", Context{}, []string{para, para, "مشاركة", ">>-   [Share on facebook]", "-   [Share on twitter]", "-   [Share on whatsapp]", para}, document.RoleResidue, RuleShareBar},
	{"a place and its reporter at the top", Context{}, []string{">>الجزائر: سمية يوسفي", "حمياني يكشف عن تهريب حبوب الجزائر للدول المجاورة", para}, document.RoleDateline, RulePlaceReporter},
	{"a place and a headline at the top is the title", Context{}, []string{">>اليابان: ارتفاع عدد ضحايا الزلزال", para, para}, document.RoleTitle, RuleTitle},
	{"a verse's two halves on one line", Context{HasTitle: true}, []string{para, ">>أزمة الأمور طرا بيده --- والكل مستمدة من مدده", para}, document.RoleParagraph, RuleVerseLine},
	{"a headline pausing with dots is no verse", Context{HasTitle: true}, []string{para, "", ">>سبع سنوات من الصراع والانقسامات... والمحاولات الفاشلة", "", para}, document.RoleHeading, RuleHeading},
	{"a line ending with an ellipsis is no verse", Context{HasTitle: true}, []string{para, "", ">>قصة لم تكتمل...", "", para}, document.RoleParagraph, RuleParagraph},
	{"a sentence running on after an ellipsis is no verse", Context{HasTitle: true}, []string{para, "", ">>قال... ثم صمت طويلا قبل أن يعود إلى الحديث عن الأزمة الاقتصادية الخانقة التي تمر بها البلاد منذ سنوات", "", para}, document.RoleParagraph, RuleParagraph},
	{"key-value row", Context{}, []string{para, "المباراة في سطور", ">>الملعب: الاولمبي في كييف", "الجمهور: 64 الف متفرج", "الحكم: البرتغالي بدرو بروينسا", para}, document.RoleListItem, RuleKeyValue},
	{"unmarked list", Context{}, []string{para, "أحداث 2012", ">>برمجيات دقيقة تستهدف الأجهزة", "نمو غير مسبوق لتهديدات الهواتف", "سرقة شهادات المواقع", para}, document.RoleListItem, RuleUnmarkedList},
	{"a line of verse is no heading", Context{}, []string{para, "", "لا ملـكُ جبارٍ ولا سفـّاحِ", "والكونُ في أسرارِهِ مفتاحِ", ">>للفكرِ لا لوغى ولا لسلاحِ", para}, document.RoleParagraph, RuleParagraph},
	{"rhymed verse is no list", Context{}, []string{para, "قصيدة", "لا ملك جبار ولا سفاح", ">>والكون في أسراره مفتاح", "للفكر لا لوغى ولا لسلاح", "رمل تناوله مهب رياح", para}, document.RoleParagraph, RuleParagraph},
	{"verse running on is no list", Context{}, []string{para, "قصيدة", "أم تبقى كما هي في الخريف وفي", ">>الشتاء وهل كتاب واحد يكفي", "لتسليتي مع الوقت أم أحتاج إلى", "مكتبة وما لغة الحديث هناك", para}, document.RoleParagraph, RuleParagraph},
	{"list heading", Context{}, []string{para, ">>أحداث 2012", "برمجيات دقيقة تستهدف الأجهزة", "نمو غير مسبوق لتهديدات الهواتف", "سرقة شهادات المواقع", para}, document.RoleHeading, RuleListHeading},
	{"container teasers", Context{HasTitle: true, Source: "CNN"}, []string{para, para, para, para, para, para, ">>" + para, para, para}, document.RoleResidue, RuleTeasers},
}

func TestSegmentRules(t *testing.T) { checkRuleCases(t, ruleCases) }

// Pre-assigned roles (markup, title, dateline from containers) stay.
func TestSegmentKeepsPreassigned(t *testing.T) {
	lines := []document.Line{
		{N: 1, Text: "<DOC>", Role: document.RoleMarkup, Rule: "container-tag"},
		{N: 2, Text: "<TITLE>عنوان</TITLE>", Role: document.RoleTitle, Rule: "container-title"},
		{N: 3, Text: "الرياض", Role: document.RoleDateline, Rule: "container-dateline"},
		{N: 4, Text: "فقرة أولى من نص المقال تكفي لتكون فقرة كاملة في هذا الاختبار."},
	}
	Segment(lines, Context{HasTitle: true})
	for i, want := range []document.Role{document.RoleMarkup, document.RoleTitle, document.RoleDateline, document.RoleParagraph} {
		if lines[i].Role != want {
			t.Errorf("line %d: %s, want %s", i+1, lines[i].Role, want)
		}
	}
	if lines[2].Rule != "container-dateline" {
		t.Errorf("rule changed: %s", lines[2].Rule)
	}
}

// TestPhotoCaptionOpener: a short line opening as photo captions do is an
// Arabic caption without a credit; a sentence that merely contains the
// words, or a bare `من …` fragment, is not.
func TestPhotoCaptionOpener(t *testing.T) {
	body := "وقال المتحدث باسم الوزارة إن الاجتماع ناقش عددا من الملفات المهمة المتعلقة بالتعاون بين البلدين في المجالات الاقتصادية والثقافية."
	tests := []struct {
		line string
		want document.Role
	}{
		{"جانب من الحفل", document.RoleCaptionAR},
		{"جانب من اجتماع المدرب الاتحادي باللاعب", document.RoleCaptionAR},
		{"صورة من الغبار الذي شهدته جازان وقت وقوع الحادثة", document.RoleCaptionAR},
		{"جانب من الحفل الذي أقيم أمس في الرياض بحضور عدد كبير من المسؤولين والمهتمين بالشأن الثقافي والفني في المملكة.", document.RoleParagraph},
		{"من الأحزان أشتات", ""}, // poetry: anything but a caption
	}
	for _, tt := range tests {
		lines := []document.Line{{N: 1, Text: "عنوان المقال هنا"}, {N: 2, Text: body}, {N: 3, Text: tt.line}, {N: 4, Text: body}}
		Segment(lines, Context{HasTitle: false})
		got := lines[2].Role
		if tt.want == "" {
			if got == document.RoleCaptionAR {
				t.Errorf("%q: got caption_ar", tt.line)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("%q: role %s (%s), want %s", tt.line, got, lines[2].Rule, tt.want)
		}
	}
}

// page is a full-page dump: a menu, a breadcrumb ending with the title,
// the title, the body; line n (0-based) is marked. body is the number of
// paragraphs.
func page(n, body int) []string {
	lines := []string{"محليات", "عربي ودولي", "اقتصاد", "رياضة", "فنون", "مجتمع", "كتاب", "منوعات",
		"محليات/سياسة/الحكومة تقر الموازنة الجديدة", "الحكومة تقر الموازنة الجديدة"}
	for range body {
		lines = append(lines, para)
	}
	lines = append(lines, "شارك", "تويتر", "فيسبوك")
	lines[n] = ">>" + lines[n]
	return lines
}

// indentedPage lays out a page as a text browser does: menus and body
// indented, the article's headings (the lines given) flush left.
func indentedPage(heads ...string) []string {
	var lines []string
	for _, l := range page(0, 0)[:8] {
		lines = append(lines, "   "+strings.TrimPrefix(l, ">>"))
	}
	lines = append(lines, "البحث في الموقع")
	lines = append(lines, heads...)
	for range 6 {
		lines = append(lines, "   "+para)
	}
	return lines
}

// amidLinks puts lines between two dozen links of a page, short lines
// of text (16 to 28 runes) such as menus and related stories are.
func amidLinks(lines []string) []string {
	link := []string{"أخبار محلية من المملكة اليوم", "الرياضة العربية والعالمية", "آخر الأخبار الاقتصادية"}
	var out []string
	for i := range 12 {
		out = append(out, link[i%3])
	}
	out = append(out, lines...)
	for i := range 12 {
		out = append(out, link[i%3])
	}
	return out
}

// wrapped cuts text into lines of at most width runes, as a hard wrap
// does, and marks line n (0-based) with mark.
func wrapped(mark string, n, width int, text string) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	out = append(out, line)
	out[n] = mark + out[n]
	return out
}

// TestEveryRuleHasACase fails when a rule of the segmenter has no case of
// its own in ruleCases: a new rule comes with the line it is for.
func TestEveryRuleHasACase(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range ruleCases {
		covered[tc.rule] = true
	}
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.Name] {
			t.Errorf("rule %s is listed twice", r.Name)
		}
		seen[r.Name] = true
		if !covered[r.Name] {
			t.Errorf("rule %s (%s) has no case in ruleCases", r.Name, r.Role)
		}
		if r.Role == "" {
			t.Errorf("rule %s gives no role", r.Name)
		}
		if r.Residue != "" && r.Role != document.RoleResidue {
			t.Errorf("rule %s: residue kind %q for role %s", r.Name, r.Residue, r.Role)
		}
	}
	for name := range covered {
		if !seen[name] {
			t.Errorf("ruleCases names rule %s, which Rules does not list", name)
		}
	}
}
