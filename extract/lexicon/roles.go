package lexicon

// RoleWords name what a person did for an article or what they are, not
// who they are: after a reporter's name (`تود هالفورسون/ ترجمة`) they are
// cut off; a line holding one is no bare name (fields.IsPersonName).
var RoleWords = []string{"ترجمة", "ترجمه", "تصوير", "تحرير", "إعداد", "اعداد", "متابعة", "تقرير", "عضو", "عضوا",
	"مراسل", "مراسلة", "المراسل", "مندوب", "محرر", "المحرر", "مدير", "رئيس", "خاص", "كاتب", "صحفي", "صحافي"}

// PublishedIn say where and when a piece was published, after its
// author's name on an aggregator's byline line (`محمد السرار نشر في ميثاق
// الرابطة يوم 20 - 09 - 2012`), as written (fields.PublishedByline).
var PublishedIn = []string{"نشر في", "نشرت في"}
