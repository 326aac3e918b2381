package lexicon

// The words of a web page's furniture that a scraper leaves among an
// article's lines: share buttons, counters, word-processor field codes.

// ShareWords are the words of a share bar run together on one line
// (`Share on twitterShare on whatsapp`, `شارك عبر فيسبوك تويتر`): the
// networks and the verbs and prepositions that name them (segment:
// share-bar). Lower case; Arabic as written, folded by its users.
var ShareWords = []string{
	"share", "shares", "shared", "on", "via", "to", "with", "by", "this", "article", "story", "page", "post", "link", "url",
	"copy", "copied", "email", "e-mail", "mail", "print", "save", "send", "tweet", "pin", "it", "like", "follow", "us",
	"twitter", "x", "facebook", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "tumblr", "messenger",
	"viber", "snapchat", "instagram", "youtube", "tiktok", "google", "gmail", "sms", "flipboard", "vk", "line",
	"شارك", "شاركها", "شارك الخبر", "مشاركة", "عبر", "على", "في", "تويتر", "فيسبوك", "فيس", "بوك", "واتساب", "واتس", "آب", "اب",
	"تلغرام", "تليجرام", "تيليغرام", "لينكدإن", "لينكد", "إن", "انستغرام", "إنستغرام", "يوتيوب", "سناب", "شات", "تيك", "توك",
	"البريد", "الإلكتروني", "الالكتروني", "طباعة", "نسخ", "الرابط", "رابط", "أرسل", "ارسل", "غرد", "تابعنا", "تابعونا",
}

// ShareNetworks are the share words that name a network; ShareVerbs
// those that ask to share. A share bar holds a verb, or two networks
// (segment: share-bar).
var (
	ShareNetworks = []string{
		"twitter", "facebook", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "messenger", "tumblr", "viber", "flipboard",
		"تويتر", "فيسبوك", "واتساب", "تلغرام", "تليجرام", "تيليغرام", "لينكدإن",
	}
	ShareVerbs = []string{"share", "tweet", "pin", "email", "print", "شارك", "شاركها", "مشاركة", "غرد", "طباعة", "أرسل", "ارسل"}
)

// CounterWords count a page's readers or comments beside a number
// (`1234 مشاهدة`, `عدد القراءات: 55`, `Views 1,234`) (segment:
// counter-line). Folded.
var CounterWords = []string{
	"مشاهده", "مشاهدات", "المشاهدات", "مشاهدة", "قراءه", "قراءة", "قراءات", "القراءات", "زياره", "زيارة", "زيارات", "الزيارات",
	"تعليق", "تعليقات", "التعليقات", "اعجاب", "إعجاب", "عدد", "مرات", "مره", "مرة", "القراء", "views", "view", "reads", "comments", "comment", "likes", "hits",
}

// FieldCodes are the codes of word-processor fields a copy from a
// document leaves as text (`INCLUDEPICTURE "…" \* MERGEFORMATINET`)
// (segment: field-code).
var FieldCodes = []string{"INCLUDEPICTURE", "MERGEFORMAT", "HYPERLINK \"", "PAGEREF ", "SHAPE  \\* MERGEFORMAT", "EMBED Word.", "EMBED PBrush", "EMBED Equation"}

// AdMarkers are what a page sets alone on a line where an advertisement
// was (`إعلان`, `Advertisement`, `- Advertisement -`) (segment:
// ad-marker). Folded by its users.
var AdMarkers = []string{
	"إعلان", "اعلان", "إعلانات", "اعلانات", "مساحة إعلانية", "مساحة اعلانية", "إعلان مدفوع", "محتوى مدفوع", "محتوى إعلاني",
	"advertisement", "advertisements", "advertising", "advert", "ads", "ad", "sponsored", "sponsored content", "scroll to continue",
	"continue reading below", "story continues below advertisement",
}
