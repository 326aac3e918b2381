package segment

import (
	"slices"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// The context rules: what a line left free by the local rules and the
// passes is, given its neighbours. The first that matches decides; the
// last always matches. A rule reads s.cur's neighbours, set before the
// rules run: s.prev and s.next (the nearest lines holding text, -1 when
// none) and s.nextBody (the next line reads as body text).

// contextMatch adapts a context rule's test: the line's features, and the
// state for its neighbours.
func contextMatch(m func(s *state, f *Feature, i int) bool) func(*state, int) bool {
	return func(s *state, i int) bool { return m(s, &s.feats[i], i) }
}

// atTop reports whether line i is where a raw article's title stands (its
// first line, or the line after a kicker), or a name.
func (s *state) atTop(i int) bool { return !s.ctx.HasTitle && i == s.titleAt && s.next >= 0 }

var (
	ruleCaptionARAfter = &Rule{Name: RuleCaptionARAfter, Role: document.RoleCaptionAR,
		// the Arabic line right after an English caption
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return f.IsArabic() && s.prev >= 0 && s.lines[s.prev].Role == document.RoleCaptionEN && f.Words <= 80
		})}
	ruleCaptionENBefore = &Rule{Name: RuleCaptionENBefore, Role: document.RoleCaptionEN,
		// an English line before an Arabic caption with its credit
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			n := s.next
			if !f.IsLatin() || f.Words < 8 || n < 0 || !s.free(n) || !s.feats[n].IsArabic() {
				return false
			}
			t, cr, ok := fields.TrailingCredit(s.feats[n].Clean)
			return ok && fields.IsKnownCredit(cr) && !strings.HasSuffix(t, ".")
		})}
	ruleCaptionARBefore = &Rule{Name: RuleCaptionARBefore, Role: document.RoleCaptionAR,
		// a caption before a credit alone on its line
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return s.next >= 0 && s.lines[s.next].Role == document.RoleCredit && f.Words <= 60 && !f.IsLatin() && f.List == 0 &&
				(!s.endCredit(s.next) || s.beforeBody(i))
		})}
	rulePhotoCaption = &Rule{Name: RulePhotoCaption, Role: document.RoleCaptionAR,
		// a photo caption without a credit: `جانب من الحفل`
		Match: contextMatch(func(s *state, f *Feature, i int) bool { return isPhotoCaption(f) })}
	ruleNameLine = &Rule{Name: RuleNameLine, Role: document.RoleByline,
		// a name of two or three words atop a long first paragraph; a
		// short headline (`عودة الروح`) is not a name
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return s.atTop(i) && f.Words >= 2 && f.Words <= 3 && f.Arabic > 0 && f.Latin == 0 && !script.HasDigit(f.Clean) && isName(f) &&
				s.next == i+1 && s.feats[s.next].Words >= 15 && !f.FinalPunct()
		})}
	ruleTitle = &Rule{Name: RuleTitle, Role: document.RoleTitle,
		// the first line of a raw article, short, not a sentence
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return s.atTop(i) && f.Words <= maxTitleWords && !(f.FinalPunct() && f.Last != '!' && f.Last != '؟' && f.Last != '?') && f.List == 0
		})}
	ruleCaptionARCredit = &Rule{Name: RuleCaptionARCredit, Role: document.RoleCaptionAR,
		// an Arabic caption ending with its credit in parentheses; a
		// `key: value` row ending with a remark in them is no caption
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			if !f.IsArabic() || f.Words > 45 || f.Words < 3 {
				return false
			}
			t, cr, ok := fields.TrailingCredit(f.Clean)
			return ok && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "،") && t != "" &&
				(fields.IsKnownCredit(cr) || f.Words >= 8 && f.Words <= 30 && strings.Count(f.Clean, "(") == 1 && !script.HasDigit(cr) && strings.Count(cr, " ") <= 1 && !isKeyValue(f))
		})}
	ruleNameAtTop = &Rule{Name: RuleNameAtTop, Role: document.RoleByline,
		// the author's name under the title, before the body
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return i != s.titleAt && s.beforeBody(i) && s.prev >= 0 && isName(f)
		})}
	ruleHeading = &Rule{Name: RuleHeading, Role: document.RoleHeading,
		// a short line, not a sentence, before body text or an
		// interview's question
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return headingShape(f) && (s.nextBody || s.nextQuestion() || s.next >= 0 && s.free(s.next) && s.cutParagraphLine(s.next)) && (i != s.firstContent || s.ctx.HasTitle) && !s.inVerse(i) &&
				!s.cutParagraphLine(i) && !hasAddress(f)
		})}
	ruleLabelHeading = &Rule{Name: RuleLabelHeading, Role: document.RoleHeading,
		// a name for what follows, ending with a colon, alone on its
		// line: `حواجز الدعم:`, `اتحاد الشطرنج:`, `سعيد الحمداني:`
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return f.Last == ':' && f.List == 0 && f.IsArabic() && f.Words <= 6 && s.next >= 0 && s.feats[s.next].Words >= 2 &&
				(i != s.firstContent || s.ctx.HasTitle) && namesWhatFollows(f.Clean)
		})}
	ruleHeadingAbove = &Rule{Name: RuleHeadingAbove, Role: document.RoleHeading,
		// a short line opening a block, over a heading: the two lines of a
		// section's title, `وزير النقل الأسبق لـ"الخبر"` over a quote; a
		// section's name over its first subheading (`المجموعة الأولى` over
		// `النجمة × الكوكب`). It stands no farther from the heading than
		// from what precedes it, and the heading no farther from the body
		// text under it, however the page spaces its lines.
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			n := s.next
			if !headingShape(f) || i == s.firstContent || s.prev < 0 || n < 0 || n-i > i-s.prev || !s.blockEndsAbove(i) || !s.free(n) || !headingShape(&s.feats[n]) ||
				s.beforeBody(i) || s.inVerse(i) || isName(f) || script.FirstWord(f.Key) == script.FirstWord(s.feats[n].Key) ||
				s.lines[s.prev].Rule == RuleParagraph && s.feats[s.prev].Words <= runWords && !s.feats[s.prev].FinalPunct() || // a short line over it: verse, rows
				verseHalves(f, &s.feats[n]) { // a verse's second half: `ويسهر الخلق جراها`
				return false
			}
			nn := s.nextNonBlank(n)
			return nn >= 0 && nn-n <= n-i && (n-i == 1 || nn-n == n-i) && (s.free(nn) || s.lines[nn].Role == document.RoleParagraph) && s.feats[nn].Bodyish()
		})}
	ruleQuestionHeading = &Rule{Name: RuleQuestionHeading, Role: document.RoleHeading,
		// a short question before body text that answers it
		Match: contextMatch(func(s *state, f *Feature, i int) bool {
			return f.IsArabic() && (f.Last == '؟' || f.Last == '?') && f.Words <= 14 && s.nextBody && i != s.firstContent &&
				s.feats[s.next].Last != '؟' && s.feats[s.next].Last != '?' &&
				!strings.Contains(f.Clean, ": ") && !script.HasAnyPrefix(f.Key, conjunctions) && !exclaimedQuestion(f.Clean)
		})}
	ruleEnglish = &Rule{Name: RuleEnglish, Role: document.RoleParagraph,
		Match: contextMatch(func(s *state, f *Feature, i int) bool { return f.IsLatin() })}
	ruleParagraph = &Rule{Name: RuleParagraph, Role: document.RoleParagraph,
		Match: func(*state, int) bool { return true }}
)

// beforeBody reports whether line i stands before the body: no line
// before it but the title reads as body text (a title may end with ؟ and
// read as a sentence).
func (s *state) beforeBody(i int) bool {
	if i < s.firstBody {
		return true
	}
	for k := s.firstBody; k < i; k++ {
		if s.lines[k].Role != document.RoleTitle && s.lines[k].Role != document.RoleMarkup && s.feats[k].Bodyish() {
			return false
		}
	}
	return true
}

// nextQuestion reports whether the next line is an interview's question:
// a section heading stands over the first question of its section.
func (s *state) nextQuestion() bool {
	return s.next >= 0 && (s.lines[s.next].Rule == RuleInterview || s.lines[s.next].Rule == RuleMarkedQuestion)
}

// namesWhatFollows reports whether t, ending with a colon, names what follows
// rather than leading into it: no conjunction opens it (`وفيما يلي
// التعديلات:` goes on a sentence), no function word opens or ends it
// (`ثم نقرأ:`, `وهي:`), no one is said to speak in it (`فقال طاهر:`),
// and it is neither a dateline (`صوفيا - محمد خلف:`) nor a hashtag.
func namesWhatFollows(t string) bool {
	words := strings.Fields(strings.TrimRight(t, ": "))
	if len(words) == 0 || strings.Contains(t, " - ") || script.HasAnyPrefix(words[0], conjunctions) || strings.HasPrefix(t, "#") {
		return false
	}
	first, last := script.Fold(words[0], script.WordKey), script.Fold(words[len(words)-1], script.WordKey)
	if functionWords[first] || functionWords[last] {
		return false
	}
	inner := 0
	for _, w := range words {
		k := script.Fold(w, script.WordKey)
		if slices.Contains(sayingVerbs, k) {
			return false
		}
		if functionWords[k] {
			inner++
		}
	}
	// a long line with function words inside is a sentence: `يبحث عن
	// عنوانه في الذاكرة فأسعفه:`, not `التعلم من الفشل:`
	return inner == 0 || len(words) < 5
}

// headingShape reports whether f has a section heading's shape: a short
// Arabic line, not a list item, not a sentence, no sentence inside it.
func headingShape(f *Feature) bool {
	return f.List == 0 && f.IsArabic() && f.Words <= 12 && (!f.FinalPunct() || exclaimedHeading(f)) && !hasInnerSentence(f.Clean) &&
		!(f.Words >= 5 && strings.HasPrefix(f.Clean, "و")) // `وحذر روسيا من …` goes on a paragraph
}

// exclaimedWords is the longest a heading ending with `!` may be: `حيثيات
// ومآخذ!`, `مستعدون للقاء وهدفنا اللقب!`.
const exclaimedWords = 6

// exclaimedHeading reports a short line ending with `!` that is no
// exclaimed speech: no `؟!` (a question), no `..` (speech trailing off),
// no space before the mark.
func exclaimedHeading(f *Feature) bool {
	return f.Last == '!' && f.Words <= exclaimedWords && !strings.Contains(f.Clean, "؟!") && !strings.Contains(f.Clean, "?!") &&
		!strings.Contains(f.Clean, "..") && !strings.Contains(f.Clean, " !")
}

// conjunctions open a sentence that goes on from the one before.
var conjunctions = []string{"و", "ف"}

// contextRules are the context rules in the order they are tried.
var contextRules = []*Rule{
	ruleCaptionARAfter,
	ruleCaptionENBefore,
	ruleCaptionENBare,
	ruleCaptionARBare,
	ruleCaptionARBefore,
	rulePhotoCaption,
	ruleNameLine,
	ruleTitle,
	ruleCaptionARCredit,
	ruleNameAtTop,
	ruleBylineShape,
	ruleDatedByline,
	ruleVerseLine,
	ruleLabelHeading,
	ruleOrdinal,
	ruleUnderlined,
	ruleHeading,
	ruleHeadingAbove,
	ruleQuestionHeading,
	ruleLatinHeading,
	ruleEnglish,
	ruleParagraph,
}

// verseHalves reports two lines that read as a verse's two halves: of
// about the same width, four words or more each, the second opened by a
// conjunction (`أنام ملء
// جفوني عن شواردها` over `ويسهر الخلق جراها ويختصم`).
func verseHalves(a, b *Feature) bool {
	if !script.HasAnyPrefix(b.Key, conjunctions) || a.Words < 4 || b.Words < 4 {
		return false // a half-verse holds four words or more; a section's name fewer
	}
	wide, narrow := max(a.Width, b.Width), min(a.Width, b.Width)
	return 10*narrow >= 7*wide
}
