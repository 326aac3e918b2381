package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// A kicker is the short line a paper sets above its headline, saying
// where, when or about whom (`في البطولة العربية لكرة الطائرة`, `بزيادة
// 25 % عن 2010`, `مستقبل واعد في انتظار الجيل الحالي:`). When a raw
// article's first line is one and a headline follows it, the first line
// is a heading and the title is the next.

// maxTitleWords bounds a title's words.
const maxTitleWords = 20

var ruleKicker = &Rule{Name: RuleKicker, Role: document.RoleHeading}

// kickerWords are lexicon.Kickers, folded, each with a space after it.
var kickerWords = func() []string {
	out := script.FoldAll(lexicon.Kickers)
	for i := range out {
		out[i] += " "
	}
	return out
}()

// headlineLike reports a line that can be a headline: short, not a
// sentence ended by a full stop, not a list item.
func headlineLike(f *Feature) bool {
	return f.Words >= 2 && f.Words <= maxTitleWords && f.List == 0 && f.Last != '.' && f.IsArabic()
}

// quoteHeadline reports a headline that quotes someone: `الجوهري: أفضل
// توقيت…`, a name of at most four words before a colon.
func quoteHeadline(c string) bool {
	i := strings.Index(c, ": ")
	return i > 0 && strings.Count(c[:i], " ") <= 3
}

// toPaper reports a line that ends naming the paper an interview was
// given to, `لـ` and its name in quotes (`سعد الدين إبراهيم لـ”الخبر”`,
// `وزير النقل لـ«الرياض»`): the kicker over the headline quoting it.
func toPaper(c string) bool {
	c = strings.TrimRight(c, " :")
	q := strings.TrimRight(c, "\"'»”’ ")
	if len(q) == len(c) {
		return false // no closing quote
	}
	i := strings.LastIndexAny(q, "\"'«“‘")
	if i < 0 {
		return false
	}
	head := strings.TrimRight(q[:i], "\"'«“‘ ")
	return strings.HasSuffix(head, "لـ") || strings.HasSuffix(head, " ل")
}

// kicker decides a raw article's kicker: its first content line, when a
// headline follows it and it ends with a colon, opens with a kicker word,
// or stands over a headline that quotes someone (and is not itself one of
// a series of such).
func kicker(s *state) {
	i := s.firstContent
	if i < 0 || !s.free(i) || !headlineLike(&s.feats[i]) {
		return
	}
	j := s.nextNonBlank(i)
	if j < 0 || !s.free(j) || !headlineLike(&s.feats[j]) || s.feats[j].Last == ':' {
		return
	}
	f, g := &s.feats[i], &s.feats[j]
	isKicker := f.Last == ':' || script.HasAnyPrefix(f.Key, kickerWords) || toPaper(f.Clean)
	if !isKicker && quoteHeadline(g.Clean) && !quoteHeadline(f.Clean) {
		k := s.nextNonBlank(j)
		isKicker = k < 0 || !quoteHeadline(s.feats[k].Clean)
	}
	if !isKicker && j == i+1 && f.Words < g.Words && !g.FinalPunct() && !isName(g) && !bareCredited(g) {
		// two lines set together over the body, the shorter above: a
		// kicker over its headline (not over a caption that ends with its
		// credit, `… للعاصمة. أ ف ب`)
		k := s.nextNonBlank(j)
		isKicker = k >= 0 && s.feats[k].Bodyish() && !headlineLike(&s.feats[k])
	}
	if isKicker {
		s.set(i, ruleKicker)
		s.titleAt = j
	}
}
