package extract

// The segmenter gives every line of an article its role (see the spec's
// document.md, "Line roles") and names the rule that decided. It works in
// two passes over features computed once per line from a display-normalized
// copy, so that debris (kashida, RLM, presentation forms) never changes a
// role:
//
//  1. local rules: what a line is by itself (blank, residue, embed,
//     attribution, byline, credit, dateline, list item, English caption);
//  2. context rules: what the remaining lines are given their neighbours
//     (Arabic caption, title, heading, paragraph).
//
// Rules are prefix and rune checks; no regexp runs on every line.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahifa/sahifa/normalize"
)

// Rule names, as shown by `sahifa inspect`.
const (
	ruleBlank            = "blank-line"
	ruleNextPrevious     = "nav-next-previous"
	ruleBreadcrumb       = "nav-tags"
	ruleNavWord          = "nav-word"
	ruleVideo            = "video-duration"
	ruleReadAlso         = "read-also"
	ruleReadAlsoItem     = "read-also-item"
	ruleLinkList         = "link-list"
	ruleTeasers          = "container-related-teasers"
	ruleCommentPolicy    = "comment-policy"
	ruleDisclaimer       = "opinion-disclaimer"
	ruleRights           = "rights-notice"
	ruleCookie           = "cookie-notice"
	ruleContact          = "contact-line"
	ruleWireMarker       = "wire-marker"
	ruleBareURL          = "bare-url"
	ruleSeparator        = "separator-line"
	ruleEmbedPost        = "embed-post-shared"
	ruleEmbedText        = "embed-text-before-post"
	ruleSource           = "source-line"
	ruleReprinted        = "reprinted-from"
	ruleWireService      = "wire-service"
	ruleExtraAttribution = "extra-attribution"
	ruleBylinePrefix     = "byline-prefix"
	ruleNameLine         = "name-line"
	ruleCreditAlone      = "credit-alone"
	ruleSPADateline      = "spa-dateline"
	rulePlaceDash        = "place-dash-agency"
	ruleCNNDateline      = "agency-dateline-alone"
	ruleDateLine         = "date-line"
	ruleCaptionENWire    = "english-wire-caption"
	ruleCaptionENBefore  = "english-caption-before-arabic"
	ruleCaptionARAfter   = "arabic-after-english-caption"
	ruleCaptionARCredit  = "arabic-caption-credit"
	ruleCaptionARBefore  = "caption-before-credit"
	rulePhotoCaption     = "photo-caption-opener"
	ruleListBullet       = "list-bullet"
	ruleListNumbered     = "list-numbered"
	ruleListCredited     = "list-numbered-after-credit"
	ruleAttachment       = "attachment-name"
	ruleSignoff          = "signoff-byline"
	ruleStarredHeading   = "starred-heading"
	ruleTitle            = "first-line-title"
	ruleHeading          = "short-line-before-paragraph"
	ruleQuestionHeading  = "question-before-paragraph"
	ruleInterview        = "interview-question"
	ruleEnglish          = "english-paragraph"
	ruleParagraph        = "default-paragraph"
)

// residueKind gives the kind of a residue line from the rule that decided.
func residueKind(rule string) string {
	switch rule {
	case ruleNextPrevious, ruleBreadcrumb, ruleNavWord:
		return ResidueNavigation
	case ruleVideo:
		return ResidueVideo
	case ruleReadAlso, ruleReadAlsoItem, ruleLinkList, ruleTeasers:
		return ResidueRelated
	case ruleContact:
		return ResidueSocial
	case ruleAttachment:
		return ResidueRelated
	case ruleCookie:
		return ResidueCookie
	}
	return ResidueOther
}

// lineFeat is what the rules look at in one line.
type lineFeat struct {
	norm    string // the line trimmed and display-normalized (what display outputs)
	c       string // display-normalized, invisible characters dropped, spaces collapsed, trimmed
	k       string // folded prefix of c for matching
	words   int    // space-separated words of c
	lwords  int    // words made of letters (Arabic or Latin runs)
	ar, lat int    // Arabic and Latin letters
	wa, we  int    // Arabic and Latin words (runs of letters)
	nav     bool   // starts with `Next Previous`
	list    rune   // list marker ('*', '-', '•', '1'), 0 if none
	endP    rune   // last rune of c, closing quotes skipped
}

func (f *lineFeat) blank() bool  { return f.c == "" }
func (f *lineFeat) latin() bool  { return f.lat > f.ar }
func (f *lineFeat) arabic() bool { return f.ar > 0 && f.ar >= f.lat }

// sentenceEnd reports a final . ! ? ؟ … (a complete sentence).
func (f *lineFeat) sentenceEnd() bool {
	switch f.endP {
	case '.', '!', '?', '؟', '…':
		return true
	}
	return false
}

// finalPunct reports any final punctuation a heading cannot end with.
func (f *lineFeat) finalPunct() bool {
	switch f.endP {
	case '.', '!', '?', '؟', '…', ':', '؛', ';', '،', ',':
		return true
	}
	return false
}

// bodyish reports a line long enough, or complete enough, to be a paragraph.
func (f *lineFeat) bodyish() bool {
	return f.words >= 10 || f.sentenceEnd() && f.words >= 4
}

var navPrefixes = []string{"next previous", "previous next"}

// navWords are page-chrome lines when they stand alone (share buttons,
// menus), folded.
var navWords = foldAll([]string{"شارك", "غرد", "طباعة", "حفظ", "مشاركة", "تابعنا", "تابعونا", "الرئيسية", "القائمة", "بحث",
	"share", "tweet", "print", "home", "menu", "search", "السابق", "التالي", "السابق التالي", "التالي السابق", "next", "previous",
	"أرسل", "ارسل", "شارك الخبر", "شارك المقال", "المزيد", "عرض المزيد", "إغلاق", "اغلاق", "close", "أوافق", "موافق", "قبول"})

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

// foldAll folds a list of prefixes once, at package initialization, so
// that they compare with a line's folded key.
func foldAll(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fold(p, 1<<10)
	}
	return out
}

func newLineFeat(n *normalize.Normalizer, raw string) lineFeat {
	var f lineFeat
	if isBlankLine(raw) {
		return f // blank: nothing to normalize
	}
	f.norm = strings.TrimSpace(n.String(strings.TrimSpace(raw)))
	src := f.norm
	if d := dashTatweel(raw); d != raw {
		src = n.String(d)
	}
	// f.c is cleanForClass(src); most lines are clean already, and then
	// the script counts come in the same pass
	clean, ar, lat, wa, we := cleanScriptCounts(src)
	if clean {
		f.c = src
	} else {
		f.c = cleaned(src)
	}
	if f.c == "" {
		return f
	}
	f.k = fold(f.c, 96)
	if hasAnyPrefix(f.k, navPrefixes) {
		f.nav = true
		rest := strings.TrimSpace(f.c[len("Next Previous"):])
		f.c = rest
		f.k = fold(rest, 96)
		clean = false // the counts are of the rest
	}
	f.words = strings.Count(f.c, " ") + 1
	if f.c == "" {
		f.words = 0
	}
	if clean {
		f.ar, f.lat, f.wa, f.we = ar, lat, wa, we
	} else {
		f.ar, f.lat, f.wa, f.we = scriptCounts(f.c)
	}
	f.lwords = f.wa + f.we
	f.endP = lastMeaningfulRune(f.c)
	f.list = listMarker(f.c)
	return f
}

// lastMeaningfulRune returns the last rune of s, closing quotes and
// brackets of quotation skipped.
func lastMeaningfulRune(s string) rune {
	for len(s) > 0 {
		r, w := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '”', '»', '’', '\'', '“', '«', ' ', '}':
			s = s[:len(s)-w]
			continue
		}
		return r
	}
	return 0
}

// listMarker returns the list marker a line starts with: a bullet or dash
// or star followed by a space or text, or a number followed by `.`, `)`,
// `-` or `–`.
func listMarker(c string) rune {
	head := c
	if len(head) > 32 {
		head = head[:32]
	}
	var buf [32]rune // a rune takes a byte at least: head fits
	rs := buf[:0]
	for _, r := range head {
		rs = append(rs, r)
	}
	if len(rs) < 2 {
		return 0
	}
	switch rs[0] {
	case '•', '●', '▪', '■', '◾', '◼', '·', '○', '◦', '►', '▶', '✓', '✔':
		return '•'
	case '*':
		if rs[1] == '*' {
			return 0 // `**` is not a bullet (`** جميع المقالات…`)
		}
		return '*'
	case '-', '–', '—':
		if rs[1] == '-' || rs[1] == '–' || unicode.IsDigit(rs[1]) {
			return 0
		}
		return '-'
	}
	// numbered: 1. 1) 1 - 1– ١.
	i := 0
	for i < len(rs) && i < 3 && unicode.IsDigit(rs[i]) {
		i++
	}
	if i == 0 || i >= len(rs) {
		return 0
	}
	j := i
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	if j < len(rs) {
		switch rs[j] {
		case '.', ')', '-', '–', '—', '/':
			if j+1 < len(rs) && !unicode.IsDigit(rs[j+1]) {
				return '1'
			}
		}
	}
	return 0
}

var (
	readAlsoPrefixes = foldAll([]string{"اقرا ايضا", "اقرا ايضاً", "اقرا المزيد", "شاهد ايضا", "طالع ايضا", "اقرا كذلك",
		"مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "روابط ذات صله", "مقالات اخري", "رابط الخبر", "رابط المقال", "رابط الموضوع", "...المزيد",
		"… المزيد", "…المزيد", ".. المزيد", "read more", "related:", "اقرا:", "اقرا :", "اقرا..", "اقرا ..", "شاهد:", "شاهد :"})
	videoPrefixes     = foldAll([]string{"مده الفيديو", "مدة الفيديو"})
	contactPrefixes   = foldAll([]string{"تويتر:", "تويتر :", "twitter:", "ايميل:", "ايميل :", "البريد الالكتروني", "للتواصل", "email:", "e-mail:", "فيسبوك:", "انستغرام:", "سناب شات:"})
	tagPrefixes       = foldAll([]string{"سمات ", "الكلمات الدالة", "كلمات مفتاحيه", "الوسوم:", "وسوم:", "tags:"})
	embedPrefixes     = foldAll([]string{"a post shared by", "a photo posted by", "a video posted by", "a photo shared by", "a video shared by"})
	sourcePrefixes    = foldAll([]string{"المصدر:", "المصدر :", "المصادر:", "المصادر :", "المصدر-", "المصدر -"})
	reprintPrefixes   = foldAll([]string{"نقلا عن", "نقلاً عن", "* نقلا عن", "*نقلا عن", "* نقلاً عن", "*نقلاً عن"})
	wireServicePrefix = foldAll([]string{"* خدمه", "*خدمه", "خدمه «", "خدمه {", "* بالاتفاق مع", "*بالاتفاق مع", "خاص ب«", "خاص ب{", "* خاص ب«"})
	bylinePrefixes    = foldAll([]string{"اعداد:", "اعداد :", "اعداد -", "بقلم", "تصوير:", "تصوير :", "تصوير-", "تصوير -", "تصوير –", "كتب:", "كتب :", "كتبت:", "كتبت :", "كتب -", "كتبت -", "رصد وتصوير", "تقرير:", "تقرير :", "ترجمه:", "ترجمه :", "حوار:", "حوار :", "متابعه:", "متابعه :", "تحرير:", "photo by", "by ", "بواسطه:", "اعداد وتصوير", "عدسه:", "عدسه :", "تصوير/"})
	disclaimerWords   = []string{"رأي كتابها", "رأي كاتبها", "رأي كتّابها", "لا تعبر عن رأي", "لا تعكس بالضرورة", "تعبر عن رأي كاتبها", "راي كتابها", "راي كاتبها"}
)

// segment gives a role and a rule to every line whose Role is empty;
// pre-assigned roles (markup, title, dateline from containers) stay.
// hasTitle says the container gave the title, so the body has none.
func segment(lines []rawLine, hasTitle bool) {
	n := pooled(&displayPool)
	defer displayPool.Put(n)
	feats := make([]lineFeat, len(lines))
	for i := range lines {
		if lines[i].Role != RoleMarkup {
			feats[i] = newLineFeat(n, lines[i].Text)
		}
	}
	segmentFeats(lines, feats, hasTitle)
}

func setRole(l *rawLine, role Role, rule string) {
	l.Role, l.Rule = role, rule
}

// segmentFeats runs the rules over lines with their features.
func segmentFeats(lines []rawLine, feats []lineFeat, hasTitle bool) {
	free := func(i int) bool { return lines[i].Role == "" }
	// first pass: what a line is by itself
	firstContent := -1 // index of the first non-blank body line
	contentSeen := 0
	for i := range lines {
		if !free(i) {
			if lines[i].Role != RoleMarkup && lines[i].Role != RoleBlank {
				contentSeen++
			}
			continue
		}
		f := &feats[i]
		if f.blank() {
			if f.nav {
				setRole(&lines[i], RoleResidue, ruleNextPrevious)
				continue
			}
			setRole(&lines[i], RoleBlank, ruleBlank)
			continue
		}
		if firstContent < 0 {
			firstContent = i
		}
		contentSeen++
		localRule(lines, feats, i, contentSeen)
	}
	// read-also blocks: the short lines after a bare `اقرأ أيضا:` header
	for i := range lines {
		if lines[i].Rule != ruleReadAlso || feats[i].words > 4 {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			if lines[j].Role == RoleBlank {
				continue
			}
			f := &feats[j]
			if !free(j) || f.words > 16 || f.sentenceEnd() || f.endP == ':' {
				break
			}
			setRole(&lines[j], RoleResidue, ruleReadAlsoItem)
		}
	}
	// embed text: the line just before `A post shared by`
	for i := range lines {
		if lines[i].Rule != ruleEmbedPost {
			continue
		}
		if j := prevNonBlank(lines, i); j >= 0 && (free(j) || lines[j].Rule == ruleSeparator) && feats[j].words <= 60 && j != firstContent {
			setRole(&lines[j], RoleEmbed, ruleEmbedText)
		}
	}
	if hasTitle {
		// unheaded lists of other stories come with container pages (BBC);
		// in raw bodies short unpunctuated runs are mostly verse
		linkLists(lines, feats)
	}
	starredHeadings(lines, feats)
	signoff(lines, feats)

	// second pass: context
	// interview questions: three or more question lines each followed by a
	// longer answer
	var qs []int
	for i := range lines {
		if !free(i) || i == firstContent {
			continue
		}
		f := &feats[i]
		if (f.endP == '؟' || f.endP == '?') && f.words <= 45 && f.arabic() {
			if j := nextNonBlank(lines, i); j >= 0 && free(j) && feats[j].words > f.words && feats[j].endP != '؟' && feats[j].endP != '?' {
				qs = append(qs, i)
			}
		}
	}
	if len(qs) >= 3 {
		for _, i := range qs {
			setRole(&lines[i], RoleHeading, ruleInterview)
		}
	}
	for i := range lines {
		if !free(i) {
			continue
		}
		contextRule(lines, feats, i, firstContent, hasTitle)
	}
	// one attribution: the last; earlier ones stay paragraphs
	last := -1
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].Role == RoleAttribution {
			if last >= 0 {
				setRole(&lines[i], RoleParagraph, ruleExtraAttribution)
			} else {
				last = i
			}
		}
	}
}

// localRule decides line i by itself, or leaves it free for the context
// pass. nth is its 1-based position among the article's non-blank lines.
func localRule(lines []rawLine, feats []lineFeat, i, nth int) {
	f := &feats[i]
	l := &lines[i]
	c, k := f.c, f.k
	switch {
	case f.nav && f.words <= 1 && f.lwords == 0:
		setRole(l, RoleResidue, ruleNextPrevious)
	case hasAnyPrefix(k, videoPrefixes) || f.words <= 8 && strings.Contains(k, "minutes") && strings.Contains(k, "seconds") || isDuration(c):
		setRole(l, RoleResidue, ruleVideo)
	case f.words <= 3 && inFolded(k, navWords):
		setRole(l, RoleResidue, ruleNavWord)
	case hasAnyPrefix(strings.TrimLeft(k, "*-•» "), readAlsoPrefixes) && f.words <= 30:
		setRole(l, RoleResidue, ruleReadAlso)
	case hasAnyPrefix(k, embedPrefixes):
		setRole(l, RoleEmbed, ruleEmbedPost)
	case f.words <= 80 && (strings.Contains(k, "ملفات تعريف الارتباط") || strings.Contains(k, "cookies") || strings.Contains(k, "الكوكيز")):
		setRole(l, RoleResidue, ruleCookie)
	case f.words <= 80 && isCommentPolicy(c):
		setRole(l, RoleResidue, ruleCommentPolicy)
	case hasAnyPrefix(k, sourcePrefixes):
		setRole(l, RoleAttribution, ruleSource)
	case hasAnyPrefix(k, reprintPrefixes) && f.words <= 12:
		setRole(l, RoleAttribution, ruleReprinted)
	case hasAnyPrefix(k, wireServicePrefix) && f.words <= 6:
		setRole(l, RoleAttribution, ruleWireService)
	case isBylineLine(f):
		setRole(l, RoleByline, ruleBylinePrefix)
	case f.words <= 40 && isDisclaimer(c):
		setRole(l, RoleResidue, ruleDisclaimer)
	case f.words <= 10 && strings.Contains(k, "حقوق") && strings.Contains(k, "محفوظ"):
		setRole(l, RoleResidue, ruleRights)
	case isContactLine(f):
		setRole(l, RoleResidue, ruleContact)
	case hasAnyPrefix(k, tagPrefixes) && f.words <= 14:
		setRole(l, RoleResidue, ruleBreadcrumb)
	case isWireMarker(f):
		setRole(l, RoleResidue, ruleWireMarker)
	case f.lwords == 0 && !hasDigit(c):
		setRole(l, RoleResidue, ruleSeparator)
	case isBareURL(c):
		setRole(l, RoleResidue, ruleBareURL)
	case f.words <= 10 && hasAnySuffix(strings.ToLower(c), attachmentExts):
		setRole(l, RoleResidue, ruleAttachment)
	case isCreditAlone(c) && (isKnownCredit(strings.Trim(c, "() ")) || strings.HasPrefix(strings.TrimLeft(c, "( "), "تصوير")):
		setRole(l, RoleCredit, ruleCreditAlone)
	case f.words <= 16 && strings.Contains(k, "الموافق") && hasDigit(c):
		setRole(l, RoleDateline, ruleSPADateline)
	case nth <= 4 && isDatelineLine(c, f.words), nth <= 2 && isBareDateline(c, f.words):
		setRole(l, RoleDateline, rulePlaceDash)
	case nth <= 4 && f.words <= 9 && isAgencyDateline(c):
		setRole(l, RoleDateline, ruleCNNDateline)
	case isDateOnly(c, f.words):
		setRole(l, RoleDateline, ruleDateLine)
	case f.latin() && f.words >= 8 && hasPhotoCue(c):
		setRole(l, RoleCaptionEN, ruleCaptionENWire)
	case f.list != 0 && f.words >= 2:
		if f.list == '1' {
			setRole(l, RoleListItem, ruleListNumbered)
		} else {
			setRole(l, RoleListItem, ruleListBullet)
		}
	case creditedNumber(c):
		setRole(l, RoleListItem, ruleListCredited)
	}
}

var attachmentExts = []string{".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png", ".zip"}

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
	if i <= 0 || strings.ContainsFunc(head[:i], isArabicLetter) {
		return false
	}
	return listMarker(strings.TrimSpace(c[i+len(sep):])) == '1'
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isCommentPolicy reports a comment policy notice: `التعليقات … ترحب`,
// `إرشادات الاستخدام`, `سياسة التعليقات`. The last contains the first word
// of the first, so that a line without it takes two scans, not three.
func isCommentPolicy(c string) bool {
	if containsAt(c, "التعليقات", 7) {
		return strings.Contains(c, "ترحب") || strings.Contains(c, "إرشادات الاستخدام") || strings.Contains(c, "سياسة التعليقات")
	}
	return containsAt(c, "إرشادات الاستخدام", 1)
}

// isDisclaimer reports containsAny(c, disclaimerWords). Each of those
// contains `رأي`, `راي ك` or `لا تعكس`, so that a line with none of them
// takes three scans, not eight.
func isDisclaimer(c string) bool {
	if !containsAt(c, "رأي", 3) && !containsAt(c, "راي ك", 8) && !containsAt(c, "لا تعكس", 8) {
		return false
	}
	return containsAny(c, disclaimerWords)
}

// containsAt is strings.Contains(s, sub), faster when sub[k] is a byte
// rare in the text: Arabic letters all start with D8 or D9, so a search for
// the rest of sub from the second byte of an uncommon letter (ع, ص, إ, أ…)
// skips ahead with IndexByte where a search for the whole compares at
// every letter.
func containsAt(s, sub string, k int) bool {
	head, tail := sub[:k], sub[k:]
	for off := k; off <= len(s); {
		j := strings.Index(s[off:], tail)
		if j < 0 {
			return false
		}
		p := off + j
		if s[p-k:p] == head {
			return true
		}
		off = p + 1
	}
	return false
}

func isBylineLine(f *lineFeat) bool {
	// fold(firstWords(f.c, n), 64) is a prefix of f.k (fold(f.c, 96)): a
	// key without `بقلم` needs no second fold
	if !strings.Contains(f.k, "بقلم") {
		return f.words <= 14 && hasAnyPrefix(f.k, bylinePrefixes)
	}
	if f.words > 14 {
		// `هذا المقال بقلم …` opens a CNN opinion piece
		if f.words <= 45 && strings.Contains(fold(firstWords(f.c, 4), 64), "بقلم") {
			return true
		}
		return false
	}
	if strings.HasPrefix(f.k, "بقلم") || strings.Contains(fold(firstWords(f.c, 3), 64), "بقلم ") {
		return true
	}
	return hasAnyPrefix(f.k, bylinePrefixes)
}

func firstWords(s string, n int) string {
	i := 0
	for ; n > 0; n-- {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			return s
		}
		i += j + 1
	}
	return s[:i]
}

func isContactLine(f *lineFeat) bool {
	if hasAnyPrefix(f.k, contactPrefixes) && f.words <= 20 {
		return true
	}
	if containsAt(f.c, "للتواصل مع الكاتب", 11) || strings.Contains(f.c, "Mobily") && (strings.Contains(f.c, "Zain") || strings.Contains(f.c, "Stc")) {
		return true
	}
	if f.words <= 2 && (strings.HasPrefix(f.c, "@") || strings.Contains(f.c, "@") && strings.Contains(f.c, ".")) {
		return true
	}
	c := f.c
	return f.words <= 3 && (strings.HasPrefix(c, "88591") || strings.HasSuffix(c, "- Stc") || strings.HasSuffix(c, "- Zain") || strings.HasSuffix(c, "- Mobily"))
}

func isWireMarker(f *lineFeat) bool {
	c := f.c
	if strings.HasPrefix(c, "//") && f.words <= 4 {
		return true
	}
	if f.words <= 4 && (strings.HasSuffix(c, "ت م") || strings.HasSuffix(c, "ت غ") || strings.HasSuffix(c, "تغ")) && len(c) > 0 && c[0] >= '0' && c[0] <= '9' {
		return true
	}
	return c == "انتهى" || c == "//انتهى//" || c == "(انتهى)"
}

func isBareURL(c string) bool {
	if strings.ContainsRune(c, ' ') {
		return (strings.HasPrefix(c, "http") || strings.HasPrefix(c, "www.")) && strings.Count(c, " ") <= 1 && !strings.ContainsFunc(c, isArabicLetter)
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

func isDateOnly(c string, words int) bool {
	if words > 4 {
		return false
	}
	if _, ok := numericDate(c); ok {
		return true
	}
	if words >= 3 {
		if _, ok := arabicDate(c); ok {
			return true
		}
	}
	return false
}

var photoCues = []string{"REUTERS/", "Reuters/", "EPA/", "/EPA", "AFP/", "/AFP", "AFP PHOTO", "AP Photo", "(AP Photo", "Getty Images", "(EPA)", "(AFP)", "(Reuters)", "(REUTERS)", "/ REUTERS", "EPA-EFE", "ANADOLU"}

// hasPhotoCue reports an English wire caption: a photo credit, or a place
// and a date (`in Rome, Italy, 02 February 2016`).
func hasPhotoCue(c string) bool {
	if containsAny(c, photoCues) {
		return true
	}
	if !strings.Contains(c, " in ") {
		return false
	}
	p, d := captionDatePlace(c)
	return p != nil && d != nil
}

// trailingCredit splits `text (credit)` and reports whether the line ends
// with a short parenthesized credit.
func trailingCredit(c string) (text, credit string, ok bool) {
	if !strings.HasSuffix(c, ")") {
		return "", "", false
	}
	i := strings.LastIndexByte(c, '(')
	if i <= 0 {
		return "", "", false
	}
	in := strings.TrimSpace(c[i+1 : len(c)-1])
	if in == "" || strings.ContainsAny(in, "()") || strings.Count(in, " ") > 3 {
		return "", "", false
	}
	return strings.TrimSpace(c[:i]), in, true
}

func prevNonBlank(lines []rawLine, i int) int {
	for j := i - 1; j >= 0; j-- {
		if lines[j].Role != RoleBlank && lines[j].Role != RoleMarkup && strings.TrimSpace(lines[j].Text) != "" {
			return j
		}
	}
	return -1
}

func nextNonBlank(lines []rawLine, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].Role != RoleBlank && lines[j].Role != RoleMarkup && strings.TrimSpace(lines[j].Text) != "" {
			return j
		}
	}
	return -1
}

// linkLists marks runs of three or more short unpunctuated Arabic lines,
// with no blank line between them, as related links (BBC's unheaded lists
// of other stories).
func linkLists(lines []rawLine, feats []lineFeat) {
	isLink := func(i int) bool {
		f := &feats[i]
		return lines[i].Role == "" && f.arabic() && f.lwords >= 4 && f.words <= 16 && !f.finalPunct() && f.list == 0
	}
	for i := 0; i < len(lines); {
		if !isLink(i) {
			i++
			continue
		}
		j := i
		for j < len(lines) && isLink(j) {
			j++
		}
		if j-i >= 3 && i > 0 && nextNonBlank(lines, j-1) >= 0 {
			p := prevNonBlank(lines, i)
			if p >= 0 && (lines[p].Role == "" || lines[p].Role == RoleParagraph) && feats[p].bodyish() {
				for q := i; q < j; q++ {
					setRole(&lines[q], RoleResidue, ruleLinkList)
				}
			}
		}
		i = j
	}
}

// contextRule decides a free line from its neighbours.
func contextRule(lines []rawLine, feats []lineFeat, i, firstContent int, hasTitle bool) {
	f := &feats[i]
	l := &lines[i]
	prev, next := prevNonBlank(lines, i), nextNonBlank(lines, i)
	nextBody := next >= 0 && (lines[next].Role == "" || lines[next].Role == RoleParagraph || lines[next].Role == RoleListItem) && feats[next].bodyish()

	// Arabic caption after an English one
	if f.arabic() && prev >= 0 && lines[prev].Role == RoleCaptionEN && f.words <= 80 {
		setRole(l, RoleCaptionAR, ruleCaptionARAfter)
		return
	}
	// English caption before an Arabic caption with its credit
	if f.latin() && f.words >= 8 && next >= 0 && lines[next].Role == "" && feats[next].arabic() {
		if t, cr, ok := trailingCredit(feats[next].c); ok && isKnownCredit(cr) && !strings.HasSuffix(t, ".") {
			setRole(l, RoleCaptionEN, ruleCaptionENBefore)
			return
		}
	}
	// caption before a credit alone on its line
	if next >= 0 && lines[next].Role == RoleCredit && f.words <= 60 && !f.latin() && f.list == 0 {
		setRole(l, RoleCaptionAR, ruleCaptionARBefore)
		return
	}
	// a photo caption without a credit: `جانب من الحفل`
	if isPhotoCaption(f) {
		setRole(l, RoleCaptionAR, rulePhotoCaption)
		return
	}
	// title: the first line of a raw article, short, not a sentence
	if !hasTitle && i == firstContent && next >= 0 {
		if f.words >= 2 && f.words <= 3 && f.ar > 0 && f.lat == 0 && !hasDigit(f.c) && next == i+1 && feats[next].words >= 15 && !f.finalPunct() {
			setRole(l, RoleByline, ruleNameLine)
			return
		}
		if f.words <= 12 && !(f.finalPunct() && f.endP != '!' && f.endP != '؟' && f.endP != '?') && f.list == 0 {
			setRole(l, RoleTitle, ruleTitle)
			return
		}
	}
	// Arabic caption ending with its credit in parentheses
	if f.arabic() && f.words <= 45 && f.words >= 3 {
		if t, cr, ok := trailingCredit(f.c); ok && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "،") && t != "" &&
			(isKnownCredit(cr) || f.words >= 8 && f.words <= 30 && strings.Count(f.c, "(") == 1 && !hasDigit(cr) && strings.Count(cr, " ") <= 1) {
			setRole(l, RoleCaptionAR, ruleCaptionARCredit)
			return
		}
	}
	if f.list == 0 && f.arabic() && f.words <= 12 && !f.finalPunct() && nextBody && (i != firstContent || hasTitle) && !hasInnerSentence(f.c) &&
		!(f.words >= 5 && strings.HasPrefix(f.c, "و")) { // `وحذر روسيا من …` goes on a paragraph
		setRole(l, RoleHeading, ruleHeading)
		return
	}
	if f.arabic() && (f.endP == '؟' || f.endP == '?') && f.words <= 14 && nextBody && i != firstContent && feats[next].endP != '؟' && feats[next].endP != '?' &&
		!strings.Contains(f.c, ": ") && !hasAnyPrefix(f.k, []string{"و", "ف"}) {
		setRole(l, RoleHeading, ruleQuestionHeading)
		return
	}
	if f.latin() {
		setRole(l, RoleParagraph, ruleEnglish)
		return
	}
	setRole(l, RoleParagraph, ruleParagraph)
}

// starredHeadings turns a lone starred or dashed short line followed by a
// paragraph into a heading (`* حضور مشرف للفن التشكيلي`): a list has
// neighbours with the same marker, a subheading does not.
func starredHeadings(lines []rawLine, feats []lineFeat) {
	for i := range lines {
		if lines[i].Role != RoleListItem || feats[i].list == '1' || feats[i].list == '•' {
			continue
		}
		f := &feats[i]
		if f.words > 12 || f.endP == '.' || !f.arabic() {
			continue
		}
		p, n := prevNonBlank(lines, i), nextNonBlank(lines, i)
		if n < 0 || p >= 0 && lines[p].Role == RoleListItem && feats[p].list == f.list {
			continue
		}
		if lines[n].Role == RoleListItem && feats[n].list == f.list {
			continue
		}
		if lines[n].Role == "" && feats[n].bodyish() || lines[n].Role == RoleListItem {
			setRole(&lines[i], RoleHeading, ruleStarredHeading)
		}
	}
}

var honorifics = foldAll([]string{"دكتور", "الدكتور", "د.", "د ", "بروفيسور", "البروفيسور", "الكاتب", "بقلم", "الاستاذ", "استاذ", "المهندس", "م."})

// signoff marks the author's sign-off closing an article as byline: one
// to three short free lines after the last paragraph, the first opening
// with an honorific (`دكتور :::: جون نيلسون رايت`, then the author's
// titles).
func signoff(lines []rawLine, feats []lineFeat) {
	var tail []int
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].Role == RoleBlank || lines[i].Role == RoleMarkup {
			continue
		}
		if lines[i].Role != "" || feats[i].words > 16 || feats[i].sentenceEnd() {
			break
		}
		tail = append(tail, i)
		if len(tail) > 3 {
			return
		}
	}
	if len(tail) == 0 {
		return
	}
	first := tail[len(tail)-1]
	if feats[first].words > 8 || !hasAnyPrefix(feats[first].k, honorifics) {
		return
	}
	if p := prevNonBlank(lines, first); p < 0 || !feats[p].bodyish() {
		return
	}
	for _, i := range tail {
		setRole(&lines[i], RoleByline, ruleSignoff)
	}
}

// isBareDateline reports a `reporter – place` line at the top of a body
// even when neither side is a known name (`محمد الشراري – طبرجل`): one
// dash, a short side on each, no punctuation.
func isBareDateline(c string, words int) bool {
	if words > 6 || words < 2 || strings.ContainsAny(c, ".:!؟?،,()\"«»") {
		return false
	}
	parts := dashSplit(c)
	if len(parts) != 2 {
		return false
	}
	for _, p := range parts {
		if n := strings.Count(p, " ") + 1; n > 3 || !strings.ContainsFunc(p, isArabicLetter) {
			return false
		}
	}
	return strings.Count(c, "–")+strings.Count(c, "-")+strings.Count(c, "—") == 1
}

// isAgencyDateline reports a line that is only a place (and date) with
// the agency in parentheses: `دبي، الإمارات العربية المتحدة (CNN)`,
// `سان فرانسيسكو 20 يوليو تموز (رويترز) -`.
func isAgencyDateline(c string) bool {
	t := strings.TrimRight(c, " -–—")
	if !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.LastIndexByte(t, '(')
	if i <= 0 {
		return false
	}
	in := t[i+1 : len(t)-1]
	if in != "CNN" && agencyOf(in) == "" {
		return false
	}
	pre := strings.TrimSpace(t[:i])
	n := strings.Count(pre, " ") + 1
	return n <= 3 || n <= 6 && (strings.ContainsAny(pre, "،,") || hasDigit(pre))
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
func isPhotoCaption(f *lineFeat) bool {
	if !f.arabic() || f.lat > 0 || f.list != 0 || f.finalPunct() || f.words > 15 {
		return false
	}
	return strings.HasPrefix(f.k, "جانب من ") || strings.HasPrefix(f.k, "لقطه من ") || strings.HasPrefix(f.k, "صوره من ")
}
