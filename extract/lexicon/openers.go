package lexicon

// The words lines open with, or hold, that tell the segmenter what a line
// is. Unless a list says "folded", it is written as found and its users
// fold it when they start.

// NavPrefixes open the `Next Previous` debris of a slideshow, folded.
var NavPrefixes = []string{"next previous", "previous next"}

// NavWords are page chrome when they stand alone on a line: share
// buttons, menus (segment: nav-word).
var NavWords = []string{"شارك", "غرد", "طباعة", "حفظ", "مشاركة", "تابعنا", "تابعونا", "الرئيسية", "القائمة", "بحث",
	"share", "tweet", "print", "home", "menu", "search", "السابق", "التالي", "السابق التالي", "التالي السابق", "next", "previous",
	"أرسل", "ارسل", "شارك الخبر", "شارك المقال", "شاركها", "الوسوم", "الكلمات المفتاحية", "المزيد", "عرض المزيد", "إغلاق", "اغلاق", "close", "أوافق", "موافق", "قبول"}

// ReadAlso open a line that points to other articles (segment: read-also).
var ReadAlso = []string{"اقرا ايضا", "اقرا ايضاً", "اقرا المزيد", "شاهد ايضا", "طالع ايضا", "اقرا كذلك",
	"مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "روابط ذات صله", "مقالات اخري", "رابط الخبر", "رابط المقال", "رابط الموضوع", "...المزيد",
	"… المزيد", "…المزيد", ".. المزيد", "read more", "related:", "اقرا:", "اقرا :", "اقرا..", "اقرا ..", "شاهد:", "شاهد :"}

// Video opens the duration line of an embedded video (segment:
// video-duration).
var Video = []string{"مده الفيديو", "مدة الفيديو"}

// Contact open a line of the author's contacts (segment: contact-line).
var Contact = []string{"تويتر:", "تويتر :", "twitter:", "ايميل:", "ايميل :", "البريد الالكتروني", "للتواصل", "email:", "e-mail:", "فيسبوك:", "انستغرام:", "سناب شات:"}

// Tags open a line of tags or keywords (segment: nav-tags).
var Tags = []string{"سمات ", "الكلمات الدالة", "كلمات مفتاحيه", "الوسوم:", "وسوم:", "tags:"}

// Embed open the credit line of a social-media embed (segment:
// embed-post-shared).
var Embed = []string{"a post shared by", "a photo posted by", "a video posted by", "a photo shared by", "a video shared by"}

// Source open the closing source line (segment: source-line).
var Source = []string{"المصدر:", "المصدر :", "المصادر:", "المصادر :", "المصدر-", "المصدر -"}

// Reprint open a "reprinted from" line closing an opinion piece (segment:
// reprinted-from).
var Reprint = []string{"نقلا عن", "نقلاً عن", "* نقلا عن", "*نقلا عن", "* نقلاً عن", "*نقلاً عن"}

// WireService open the line naming the service an article came through,
// folded (segment: wire-service).
var WireService = []string{"* خدمه", "*خدمه", "خدمه «", "خدمه {", "* بالاتفاق مع", "*بالاتفاق مع", "خاص ب«", "خاص ب{", "* خاص ب«"}

// AttributionLabels open an attribution line; what follows them is the
// attribution's text (extract: attribution).
var AttributionLabels = []string{"المصدر", "المصادر", "نقلاً عن", "نقلا عن", "بالاتفاق مع", "خدمة", "خاص بـ", "خاص ب"}

// Byline open a byline: the author, the photographer, the translator
// (segment: byline-prefix).
var Byline = []string{"اعداد:", "اعداد :", "اعداد -", "بقلم", "تصوير:", "تصوير :", "تصوير-", "تصوير -", "تصوير –",
	"كتب:", "كتب :", "كتبت:", "كتبت :", "كتب -", "كتبت -", "رصد وتصوير", "تقرير:", "تقرير :", "ترجمه:", "ترجمه :",
	"حوار:", "حوار :", "متابعه:", "متابعه :", "تحرير:", "photo by", "by ", "بواسطه:", "اعداد وتصوير", "عدسه:", "عدسه :", "تصوير/",
	"كتب/", "كتبت/", "كتب –", "كتبت –", "متابعة/", "إعداد/", "استطلاع/", "استطلاع:", "استطلاع :", "تحقيق:", "تحقيق/",
	"حاورته:", "حاورته :", "حاورها:", "حاورها :", "حاوره:", "رصد:", "تأليف:", "ترجمة/", "تقرير/", "حوار/"}

// BylineWords name what a byline's person did, as written; one of them,
// then a mark (`:`, `/`, `-`, `ـ`), then a name, is a byline (segment:
// byline-prefix).
var BylineWords = []string{"كتب", "كتبت", "يكتب", "تكتب", "يكتبها", "تكتبها", "يكتبه", "بقلم", "إعداد", "اعداد", "تقرير", "تحقيق", "استطلاع", "حوار", "حاوره", "حاورته",
	"حاورها", "حاورهم", "متابعة", "متابعه", "رصد", "تحرير", "ترجمة", "ترجمه", "تصوير", "عدسة", "عدسه", "رسم",
	"رسوم", "تصميم", "تأليف", "تغطية", "مراسلة", "إشراف"}

// AuthorWords, in a byline, come just before the author's name, folded
// (fields.BylineAuthor).
var AuthorWords = []string{"اعداد", "بقلم", "كتبت", "كتب", "يكتبها", "تكتبها", "يكتبه", "يكتب", "تكتب", "حاورهم", "تغطيه", "تقرير", "حوار", "تحرير", "متابعه", "استطلاع", "حاورته", "حاورها", "حاوره", "رصد", "تحقيق"}

// Honorifics open an author's sign-off at the end of an article (segment:
// signoff-byline).
var Honorifics = []string{"دكتور", "الدكتور", "د.", "د ", "بروفيسور", "البروفيسور", "الكاتب", "بقلم", "الاستاذ", "استاذ", "المهندس", "م."}

// Disclaimers are held by an opinion page's disclaimer (segment:
// opinion-disclaimer).
var Disclaimers = []string{"رأي كتابها", "رأي كاتبها", "رأي كتّابها", "لا تعبر عن رأي", "لا تعكس بالضرورة", "تعبر عن رأي كاتبها", "راي كتابها", "راي كاتبها"}

// AttachmentExts end the name of an attached file (segment:
// attachment-name).
var AttachmentExts = []string{".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png", ".zip"}

// Cookie are held by a cookie notice, folded (segment: cookie-notice).
var Cookie = []string{"ملفات تعريف الارتباط", "cookies", "الكوكيز"}

// FunctionWords are the commonest Arabic function words, folded: body
// text is full of them, page chrome (menus, tags, link lists) nearly
// empty of them (segment: page-chrome).
var FunctionWords = []string{"في", "من", "علي", "الي", "عن", "ان", "او", "ثم", "حتي", "مع", "بين", "عند", "منذ",
	"التي", "الذي", "الذين", "اللذين", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "كان", "كانت", "يكون", "تكون",
	"قد", "لقد", "لا", "لم", "لن", "ما", "كما", "كل", "بعد", "قبل", "خلال", "حيث", "الا", "اذا", "اي", "وقد", "وفي",
	"ومن", "وهو", "وهي", "وان", "وكان", "فقد", "فان", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "اليه", "به", "بها",
	"له", "لها", "انه", "انها", "بان", "لان", "ايضا", "غير", "عبر", "نحو", "ضد", "دون", "لدي", "امام", "وقال", "قال",
	"يلي", "التالي", "الاتي", "كالتالي"}

// Kickers open the line set above a headline, which says where or when
// (`في البطولة العربية لكرة الطائرة`, `قبل 24 ساعة من المواجهة`), as
// written (segment: kicker).
var Kickers = []string{"في", "قبل", "بعد", "خلال", "وسط", "رغم", "بزيادة", "مع", "عقب", "على هامش", "حتى", "لدى", "إثر", "اثر", "أمام", "ضمن", "عشية", "بمناسبة", "تزامنا مع", "تزامناً مع"}

// SayingVerbs open the words of a speaker reported after a colon
// (`وقال: …`, `فقلت له: …`): not the key of a row (segment: key-value-row).
var SayingVerbs = []string{"قال", "وقال", "فقال", "قلت", "فقلت", "وقلت", "أضاف", "وأضاف", "يقول", "ويقول", "تقول", "وتقول",
	"أكد", "وأكد", "أوضح", "وأوضح", "أشار", "وأشار", "قالت", "وقالت", "أجاب", "فأجاب", "سألته", "سألناه", "ابتسم", "وقد قيل", "قيل"}

// SayingWords are verbs of saying that make a line's words before its
// colon speech wherever they stand among them (`فعادت تقول: …`, `وعدت
// أسأل: …`), with or without a leading و or ف (segment: key-value-row).
var SayingWords = []string{"قال", "قالت", "قلت", "يقول", "تقول", "أقول", "نقول", "سأل", "سألت", "سألته", "سألها", "يسأل", "تسأل", "أسأل",
	"أجاب", "أجابت", "أجبت", "يجيب", "تجيب", "رد", "ردت", "رددت", "يرد", "ترد", "همس", "همست", "أهمس", "يهمس", "تهمس",
	"صاح", "صاحت", "صرخ", "صرخت", "هتف", "هتفت", "تساءل", "تساءلت", "أضاف", "أضافت", "أضفت", "قائلا", "قائلة"}

// Ordinals open a section heading when a separator follows them: `أولا:
// أسس الأزمة`, `ثانياً - البواعث` (segment: ordinal-heading). Folded.
var Ordinals = []string{"اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا", "اخيرا"}
