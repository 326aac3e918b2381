package lexicon

// Agency is a wire agency or publisher whose credit a caption or dateline
// carries.
type Agency struct {
	// Name is the canonical name a document gives (captions[].agency).
	Name string
	// Credits are the spellings of its credit, folded; dots and spaces do
	// not count (`ا. ف. ب` is `اف ب`).
	Credits []string
}

// Agencies are the agencies a credit is mapped to (fields.Agency).
var Agencies = []Agency{
	{"EPA", []string{"الاوروبيه", "epa", "وكاله الانباء الاوروبيه"}},
	{"AFP", []string{"الفرنسيه", "ا ف ب", "اف ب", "afp", "ا.ف.ب", "الصحافه الفرنسيه", "وكاله الصحافه الفرنسيه"}},
	{"Reuters", []string{"رويترز", "reuters"}},
	{"AP", []string{"اسوشيتد برس", "اسوشيتدبرس", "ap photo", "ap", "ا ب"}},
	{"Anadolu", []string{"الاناضول", "anadolu", "وكاله الاناضول"}},
	{"Getty", []string{"غيتي", "getty", "getty images", "غيتي ايميجز", "جيتي"}},
	{"SPA", []string{"واس", "spa", "وكاله الانباء السعوديه"}},
	{"DPA", []string{"د ب ا", "د.ب.ا", "dpa", "الالمانيه", "وكاله الانباء الالمانيه"}},
	{"Al Jazeera", []string{"الجزيره", "الجزيره نت"}},
}

// CaptionCredit is a string that credits an agency in an English caption.
type CaptionCredit struct{ Cue, Agency string }

// CaptionCredits credit an agency in an English caption, as written; the
// first found wins (fields.CaptionAgency).
var CaptionCredits = []CaptionCredit{
	{"EPA", "EPA"}, {"REUTERS", "Reuters"}, {"Reuters/", "Reuters"}, {"AFP", "AFP"},
	{"AP Photo", "AP"}, {"Getty", "Getty"}, {"Anadolu", "Anadolu"}, {"ANADOLU", "Anadolu"},
}

// PhotoCues mark a line as an English wire caption, as written (the
// segmenter's english-wire-caption rule).
var PhotoCues = []string{"REUTERS/", "Reuters/", "EPA/", "/EPA", "AFP/", "/AFP", "AFP PHOTO", "AP Photo", "(AP Photo",
	"Getty Images", "(EPA)", "(AFP)", "(Reuters)", "(REUTERS)", "/ REUTERS", "EPA-EFE", "ANADOLU"}

// CreditOpeners open a credit that is not an agency's (`(مواقع التواصل)`,
// `(أرشيف)`) or name one with more words (`(غيتي إيميجز)`), folded
// (fields.IsKnownCredit).
var CreditOpeners = []string{"مواقع التواصل", "مواقع اجتماعيه", "ارشيف", "الصحافه", "شترستوك", "وكالات", "الجزيره",
	"رويترز", "الفرنسيه", "الاوروبيه", "اسوشيتد", "غيتي", "الاناضول", "واس", "مواقع"}

// OutletWords open the name of an agency, an office or a paper rather
// than a person's (`وكالة الصحافة العربية`, `مكتب …`, `صحيفة …`): after
// a dateline's place they name no reporter (fields: bylines, datelines).
var OutletWords = []string{"وكالة", "وكالات", "الوكالات", "مكتب", "مراسل", "مراسلو", "مراسلنا", "قسم", "فريق", "موقع", "صحيفة", "جريدة", "مجلة", "قناة", "إذاعة", "خاص"}

// PressNames are newspapers and agencies that stand beside the place in a
// dateline line (`عين اليوم – الرياض`, `الرياض - واس`), folded
// (fields.IsDatelineLine, fields.DatelineParts). A folded list needs no
// folding; its users fold it all the same.
var PressNames = []string{"واس", "عين اليوم", "سبق", "متابعات", "الوئام", "عكاظ", "عكاظ اليوم", "الرياضي",
	"د ب ا", "ا ف ب", "اف ب", "رويترز", "وكالات", "cnn", "العربيه.نت", "العربيه نت", "الجزيره نت", "الشرق الاوسط",
	"الاقتصاديه", "الجزيره", "اليوم", "الوطن", "المدينه", "سكاي نيوز عربيه", "بي بي سي", "الرياض",
	// the national agencies of the Arab countries, and wires in Arabic
	"سبا", "سبانت", "قنا", "وام", "كونا", "بنا", "العمانيه", "بترا", "سانا", "ا ش ا", "اش ا", "واج", "وات",
	"لاماب", "ومع", "سونا", "وفا", "واع", "يو بي اي", "يو بي آي", "د ب ا", "شينخوا", "ارنا", "الاناضول",
	"رويترز", "اسوشيتد برس", "ا ب", "وكالات"}

// SourceWords, after the conjunction و, are names of sources joined to
// the one before (`الجزيرة ووكالات`), folded (fields.AttributionNames).
var SourceWords = []string{"وكالات", "وكاله", "مواقع"}
