package lexicon

// RoleWords name what a person did for an article or what they are, not
// who they are: after a reporter's name (`تود هالفورسون/ ترجمة`) they are
// cut off; a line holding one is no bare name (fields.IsPersonName).
var RoleWords = []string{"ترجمة", "ترجمه", "تصوير", "تحرير", "إعداد", "اعداد", "متابعة", "تقرير", "عضو", "عضوا",
	"مراسل", "مراسلة", "المراسل", "مندوب", "محرر", "المحرر", "مدير", "رئيس", "خاص", "كاتب", "صحفي", "صحافي"}
