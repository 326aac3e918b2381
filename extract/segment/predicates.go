package segment

// The tests the local and context rules make of one line.

import (
	"strings"

	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// The word lists the rules compare folded keys with, folded once.
var (
	navWords            = script.FoldAll(lexicon.NavWords)
	readAlsoPrefixes    = script.FoldAll(lexicon.ReadAlso)
	videoPrefixes       = script.FoldAll(lexicon.Video)
	contactPrefixes     = script.FoldAll(lexicon.Contact)
	tagPrefixes         = script.FoldAll(lexicon.Tags)
	embedPrefixes       = script.FoldAll(lexicon.Embed)
	sourcePrefixes      = script.FoldAll(lexicon.Source)
	reprintPrefixes     = script.FoldAll(lexicon.Reprint)
	wireServicePrefixes = script.FoldAll(lexicon.WireService)
	bylinePrefixes      = script.FoldAll(lexicon.Byline)
	honorifics          = script.FoldAll(lexicon.Honorifics)
	wroteBy             = []string{"كتب ", "كتبت "}
	givenNames          = wordSet(lexicon.GivenNames)
	nameParticles       = wordSet(lexicon.NameParticles)
)

// wordSet is a set of folded words.
func wordSet(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range script.FoldAll(ws) {
		m[w] = true
	}
	return m
}

// isName reports a line that is a person's name, or names joined by و:
// two to six words, Arabic, no digit and no function word, the first
// (after a title such as د.) a common given name, or a name particle
// (بن, ولد, أبو) among them.
func isName(f *Feature) bool {
	c := fields.Name(f.Clean)
	if rest := f.Clean[strings.Index(f.Clean, c)+len(c):]; script.HasDigit(rest) && !strings.Contains(rest, "/") {
		if _, date := fields.IsDateLine(rest); !date {
			return false // `محمد صلاح 2 هدف`: a date may follow a name, no other figure
		}
	}
	c, academic := fields.CutTitles(c)
	if f.Latin > 0 || f.Arabic == 0 || script.HasDigit(c) || strings.ContainsAny(c, ":.،,!؟()«»\"") {
		return false
	}
	words := strings.Fields(script.Fold(c, script.FullKey))
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	particle := false
	for _, w := range words {
		if functionWords[w] {
			return false
		}
		if nameParticles[w] {
			particle = true
		}
	}
	return particle || givenNames[words[0]] || academic && len(words) <= 4
}

// isDuration reports a line that is only a video duration (`02:47`,
// `1:02:47`).
func isDuration(c string) bool {
	if len(c) < 4 || len(c) > 8 || !strings.Contains(c, ":") {
		return false
	}
	for _, r := range c {
		if r != ':' && (r < '0' || r > '9') {
			return false
		}
	}
	return c[0] != ':' && c[len(c)-1] != ':'
}

func hasAnySuffix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// creditedNumber reports a numbered list item with a photo credit glued in
// front of it: `RIA NOVOSTI – 2 – منصة …`, `www.exponent.com – 4 – …`.
func creditedNumber(c string) bool {
	head := c
	if len(head) > 60 {
		head = head[:60]
	}
	i, sep := -1, ""
	for _, sp := range []string{" – ", " - "} {
		if j := strings.Index(head, sp); j > 0 && (i < 0 || j < i) {
			i, sep = j, sp
		}
	}
	if i <= 0 || strings.ContainsFunc(head[:i], script.IsArabicLetter) {
		return false
	}
	return listMarker(strings.TrimSpace(c[i+len(sep):])) == '1'
}

// isCommentPolicy reports a comment policy notice: `التعليقات … ترحب`,
// `إرشادات الاستخدام`, `سياسة التعليقات`. The last contains the first word
// of the first, so that a line without it takes two scans, not three.
func isCommentPolicy(c string) bool {
	if script.ContainsAt(c, "التعليقات", 7) {
		return strings.Contains(c, "ترحب") || strings.Contains(c, "إرشادات الاستخدام") || strings.Contains(c, "سياسة التعليقات")
	}
	return script.ContainsAt(c, "إرشادات الاستخدام", 1)
}

// isDisclaimer reports script.ContainsAny(c, lexicon.Disclaimers). Each of those
// contains `رأي`, `راي ك` or `لا تعكس`, so that a line with none of them
// takes three scans, not eight.
func isDisclaimer(c string) bool {
	if !script.ContainsAt(c, "رأي", 3) && !script.ContainsAt(c, "راي ك", 8) && !script.ContainsAt(c, "لا تعكس", 8) {
		return false
	}
	return script.ContainsAny(c, lexicon.Disclaimers)
}

func isBylineLine(f *Feature) bool {
	if openedByline(f) {
		return true
	}
	// the key of the first words is a prefix of f.Key (the key of the line): a
	// key without `بقلم` needs no second script.Fold
	if !strings.Contains(f.Key, "بقلم") {
		if f.Words <= 5 && f.Words >= 3 && script.HasAnyPrefix(f.Key, wroteBy) && !f.SentenceEnd() {
			return true // `كتب حسين الجازع`: the verb and a name, no colon
		}
		return f.Words <= 14 && script.HasAnyPrefix(f.Key, bylinePrefixes)
	}
	if f.Words > 14 {
		// `هذا المقال بقلم …` opens a CNN opinion piece
		if f.Words <= 45 && strings.Contains(script.Fold(script.FirstWords(f.Clean, 4), script.NameKey), "بقلم") {
			return true
		}
		return false
	}
	if strings.HasPrefix(f.Key, "بقلم") || strings.Contains(script.Fold(script.FirstWords(f.Clean, 3), script.NameKey), "بقلم ") {
		return true
	}
	return script.HasAnyPrefix(f.Key, bylinePrefixes)
}

func isContactLine(f *Feature) bool {
	if script.HasAnyPrefix(f.Key, contactPrefixes) && f.Words <= 20 {
		return true
	}
	if script.ContainsAt(f.Clean, "للتواصل مع الكاتب", 11) || strings.Contains(f.Clean, "Mobily") && (strings.Contains(f.Clean, "Zain") || strings.Contains(f.Clean, "Stc")) {
		return true
	}
	if f.Words <= 2 && (strings.HasPrefix(f.Clean, "@") || strings.Contains(f.Clean, "@") && strings.Contains(f.Clean, ".")) {
		return true
	}
	c := f.Clean
	return f.Words <= 3 && (strings.HasPrefix(c, "88591") || strings.HasSuffix(c, "- Stc") || strings.HasSuffix(c, "- Zain") || strings.HasSuffix(c, "- Mobily"))
}

func isWireMarker(f *Feature) bool {
	c := f.Clean
	if strings.HasPrefix(c, "//") && f.Words <= 4 {
		return true
	}
	if f.Words <= 4 && (strings.HasSuffix(c, "ت م") || strings.HasSuffix(c, "ت غ") || strings.HasSuffix(c, "تغ")) && len(c) > 0 && c[0] >= '0' && c[0] <= '9' {
		return true
	}
	return c == "انتهى" || c == "//انتهى//" || c == "(انتهى)"
}

func isBareURL(c string) bool {
	if strings.ContainsRune(c, ' ') {
		return (strings.HasPrefix(c, "http") || strings.HasPrefix(c, "www.")) && strings.Count(c, " ") <= 1 && !strings.ContainsFunc(c, script.IsArabicLetter)
	}
	return strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://") || strings.HasPrefix(c, "www.") || strings.HasSuffix(c, ".pdf") || strings.HasSuffix(c, ".jpg")
}

// isCreditAlone reports a line that is only a credit in parentheses:
// `(واس)`, `( رويترز )`.
func isCreditAlone(c string) bool {
	if len(c) < 3 || c[0] != '(' || c[len(c)-1] != ')' {
		return false
	}
	in := strings.TrimSpace(c[1 : len(c)-1])
	if in == "" || strings.ContainsAny(in, "()") {
		return false
	}
	return strings.Count(in, " ") <= 3
}

// isDateOnly reports a line that is only a date (and a time, a weekday),
// of at most 12 words.
func isDateOnly(f *Feature) bool {
	return remember(&f.memo.dateOnly, func() bool { return dateOnly(f.Clean, f.Words) })
}

// dateOnly is isDateOnly, computed.
func dateOnly(c string, words int) bool {
	if words > 12 {
		return false
	}
	iso, ok := fields.IsDateLine(c)
	if ok || iso == "" {
		return ok
	}
	// a date and the section it was filed in: `2012-06-19 (رياضة)`
	if i := strings.LastIndexByte(c, '('); i > 0 && strings.HasSuffix(c, ")") && !strings.ContainsFunc(c[i:], isDigit) && strings.Count(c[i:], " ") <= 1 {
		if _, ok := fields.IsDateLine(strings.TrimSpace(c[:i])); ok {
			return true
		}
	}
	// a Gregorian date and more: both calendars, `الأحد 5 كانون الثاني
	// 2014 - 4 ربيع الأول 1435 هـ`
	if _, start, end, ok := fields.FindHijri(c); ok {
		_, ok := fields.IsDateLine(strings.TrimSpace(c[:start] + " " + c[end:]))
		return ok
	}
	return false
}

// hasPhotoCue reports an English wire caption: a photo credit, or a place
// and a date (`in Rome, Italy, 02 February 2016`).
func hasPhotoCue(c string) bool {
	if script.ContainsAny(c, lexicon.PhotoCues) {
		return true
	}
	if !strings.Contains(c, " in ") {
		return false
	}
	p, d := fields.CaptionDatePlace(c)
	return p != nil && d != nil
}

// hasInnerSentence reports a full stop inside a line (`دعمه. (الناتو)`);
// an ellipsis of two or more dots (`دبابات.. وعيد`) is not one.
func hasInnerSentence(c string) bool {
	for i := strings.Index(c, ". "); i >= 0; {
		if i == 0 || c[i-1] != '.' {
			return true
		}
		j := strings.Index(c[i+2:], ". ")
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

// isPhotoCaption reports a short Arabic line that opens as photo captions
// do: `جانب من …` (a view of …), `لقطة من …`, `صورة من …`. (A bare `من …`
// fragment is not enough: poetry and lead-ins start so too.)
func isPhotoCaption(f *Feature) bool {
	if !f.IsArabic() || f.Latin > 0 || f.List != 0 || f.FinalPunct() || f.Words > 15 {
		return false
	}
	return strings.HasPrefix(f.Key, "جانب من ") || strings.HasPrefix(f.Key, "لقطه من ") || strings.HasPrefix(f.Key, "صوره من ")
}
