package extract

// This file holds the small text helpers the segmenter and the document
// builder share: script counting, a folded key for prefix matching, the
// agency table, and the parsers of derived fields (caption date and place,
// datelines, date lines, attribution names). None of them allocates a map
// per line; the tables are built once at package level.

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// isArabicLetter reports whether r is a letter of the Arabic script,
// presentation forms included. Tatweel (U+0640) is not a letter here, and
// neither are the harakat (they are marks, see isArabicMark).
func isArabicLetter(r rune) bool {
	switch {
	case r < 0x0621:
		return false
	case r <= 0x063A, r >= 0x0641 && r <= 0x064A:
		return true // the common letters, without a table lookup
	case r == 0x0640, r >= 0x064B && r <= 0x0670:
		return false // tatweel, harakat, Arabic-Indic digits, percent signs
	case r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF,
		r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return unicode.IsLetter(r)
	}
	return false
}

// isArabicMark reports whether r is a combining mark or tatweel that can sit
// inside an Arabic word without ending it.
func isArabicMark(r rune) bool {
	return r == 0x0640 || (r >= 0x0600 && r <= 0x06FF || r >= 0x08A0 && r <= 0x08FF || r >= 0xFE70 && r <= 0xFEFF) && unicode.Is(unicode.Mn, r)
}

// isLatinLetter reports whether r is a letter of the Latin script.
func isLatinLetter(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.Is(unicode.Latin, r) && unicode.IsLetter(r)
}

// scriptCounts counts Arabic and Latin letters, and runs of each (words).
func scriptCounts(s string) (ar, lat, wordsAR, wordsEN int) {
	var t tally
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
			t.add(asciiClass(c))
		case c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// U+0600..U+06FF, decoded in place: the common case
			class := arabicBlockClass[int(c&0x03)<<6|int(s[i+1]&0x3F)]
			i += 2
			if class == classArabic {
				i = t.arabicWord(s, i, &arabicBlockClass)
				continue
			}
			t.add(class)
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			i += w
			t.add(runeClass(r))
		}
	}
	return t.ar, t.lat, t.wordsAR, t.wordsEN
}

// cleanScriptCounts is isClean(s) and, when s is clean, scriptCounts(s),
// in one pass. The counts are zero when s is not clean.
func cleanScriptCounts(s string) (clean bool, ar, lat, wordsAR, wordsEN int) {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == "", 0, 0, 0, 0
	}
	var t tally
	prevSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false, 0, 0, 0, 0
			}
			prevSpace = true
			t.add(classOther)
			i++
			continue
		case c < utf8.RuneSelf:
			if c < ' ' || c == 0x7F {
				return false, 0, 0, 0, 0
			}
			i++
			t.add(asciiClass(c))
		case c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			class := cleanArabicClass[int(c&0x03)<<6|int(s[i+1]&0x3F)]
			i += 2
			switch class {
			case classUnclean:
				return false, 0, 0, 0, 0
			case classArabic:
				i = t.arabicWord(s, i, &cleanArabicClass)
			default:
				t.add(class)
			}
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			if isInvisible(r) || unicode.IsSpace(r) {
				return false, 0, 0, 0, 0
			}
			i += w
			t.add(runeClass(r))
		}
		prevSpace = false
	}
	return true, t.ar, t.lat, t.wordsAR, t.wordsEN
}

// tally counts the letters and words of the two scripts, rune by rune.
type tally struct {
	ar, lat, wordsAR, wordsEN int
	inAR, inEN                bool
}

// add counts one rune of the given script class.
func (t *tally) add(class uint8) {
	switch {
	case class == classArabic:
		t.ar++
		if !t.inAR {
			t.wordsAR++
		}
		t.inAR, t.inEN = true, false
	case class == classMark && t.inAR:
		// a haraka or tatweel inside an Arabic word
	case class == classLatin:
		t.lat++
		if !t.inEN {
			t.wordsEN++
		}
		t.inAR, t.inEN = false, true
	default:
		t.inAR, t.inEN = false, false
	}
}

// arabicWord counts an Arabic letter already decoded just before s[i], then
// the letters and marks of U+0600..U+06FF that follow it in a tight loop,
// classified by table; it returns the index of the first byte not taken.
func (t *tally) arabicWord(s string, i int, table *[256]uint8) int {
	t.add(classArabic)
	for i+1 < len(s) {
		c := s[i]
		if c < 0xD8 || c > 0xDB || s[i+1]&0xC0 != 0x80 {
			break
		}
		cl := table[int(c&0x03)<<6|int(s[i+1]&0x3F)]
		if cl == classArabic {
			t.ar++
		} else if cl != classMark {
			break
		}
		i += 2
	}
	return i
}

// asciiClass is the script class of an ASCII byte.
func asciiClass(c byte) uint8 {
	if c|0x20 >= 'a' && c|0x20 <= 'z' {
		return classLatin
	}
	return classOther
}

// runeClass is the script class of any rune.
func runeClass(r rune) uint8 {
	switch {
	case isArabicLetter(r):
		return classArabic
	case isArabicMark(r):
		return classMark
	case isLatinLetter(r):
		return classLatin
	}
	return classOther
}

// cleanArabicClass is arabicBlockClass with classUnclean for the runes
// of U+0600..U+06FF that isClean rejects (tatweel, the format characters).
var cleanArabicClass = func() (t [256]uint8) {
	t = arabicBlockClass
	for i := range t {
		if r := rune(0x0600 + i); r == 0x0640 || r < 0x0621 && isInvisible(r) {
			t[i] = classUnclean
		}
	}
	return
}()

// Script classes of a rune, for scriptCounts.
const (
	classOther uint8 = iota
	classArabic
	classMark
	classLatin
	classUnclean // cleanScriptCounts only
)

// arabicBlockClass is the script class of each rune of U+0600..U+06FF.
var arabicBlockClass = func() (t [256]uint8) {
	for i := range t {
		r := rune(0x0600 + i)
		switch {
		case isArabicLetter(r):
			t[i] = classArabic
		case isArabicMark(r):
			t[i] = classMark
		}
	}
	return
}()

// isInvisible reports the format and bidi controls, zero-width characters
// and BOM that carry no text.
func isInvisible(r rune) bool {
	if r < 0xAD || r >= 0x0621 && r <= 0x06FF {
		return false
	}
	return r == 0xFEFF || r == 0x200B || r == 0x00AD || unicode.Is(unicode.Cf, r)
}

// dashTatweel turns a tatweel standing alone between spaces, which Saudi
// papers use as a dash in datelines (`عكاظ اليوم ـ جدة`), into `–`, so that
// normalization (which drops tatweel) does not erase it.
func dashTatweel(s string) string {
	if !hasSpaceTatweel(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] == ' ' && strings.HasPrefix(s[i+1:], "ـ") {
			j := i + 1
			for strings.HasPrefix(s[j:], "ـ") {
				j += len("ـ")
			}
			if j >= len(s) || s[j] == ' ' {
				b.WriteString(" –")
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// cleanForClass returns s without invisible characters and tatweel, with
// every kind of white space made a plain space, runs of spaces collapsed,
// and trimmed.
func cleanForClass(s string) string {
	if isClean(s) {
		return s
	}
	return cleaned(s)
}

// cleaned is cleanForClass(s) for s known not to be clean.
func cleaned(s string) string {
	b := make([]byte, 0, len(s))
	space := true // drop leading spaces
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c != ' ' && (c < '\t' || c > '\r') {
				b = append(b, c)
				space = false
			} else if !space {
				b = append(b, ' ')
				space = true
			}
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+0600..U+06FF: no white space there; only tatweel and the
			// format characters before the letters go
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			if !(r == 0x0640 || r < 0x0621 && isInvisible(r)) {
				b = append(b, c, s[i+1])
				space = false
			}
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isInvisible(r):
		case unicode.IsSpace(r):
			if !space {
				b = append(b, ' ')
				space = true
			}
		case r == utf8.RuneError && w == 1:
			b = utf8.AppendRune(b, r)
			space = false
		default:
			b = append(b, s[i:i+w]...)
			space = false
		}
		i += w
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return string(b)
}

// isClean reports whether cleanForClass would return s unchanged: no
// invisible character, tatweel or white space other than single inner
// spaces.
func isClean(s string) bool {
	clean, _, _, _, _ := cleanScriptCounts(s)
	return clean
}

// isBlankLine reports a line with no visible character.
func isBlankLine(s string) bool {
	for _, r := range s {
		if r == ' ' || r == '\t' || r == 0x0640 || isInvisible(r) || unicode.IsSpace(r) {
			continue
		}
		return false
	}
	return true
}

// fold maps s to a key for prefix matching: Latin lower case, harakat,
// tatweel and tanween dropped, alef forms to bare alef, ya/alef maqsura to
// ya, ta marbuta to ha, Persian kaf/yeh to Arabic. At most max bytes of
// output are produced.
func fold(s string, max int) string {
	var stack [128]byte
	var b []byte
	if need := min(len(s), max+4); need <= len(stack) {
		b = stack[:0]
	} else {
		b = make([]byte, 0, need)
	}
	for i := 0; i < len(s); {
		if len(b) >= max {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+0600..U+06FF, from a table
			m := foldArabic[int(c&0x03)<<6|int(s[i+1]&0x3F)]
			i += 2
			if m != 0 {
				b = append(b, byte(m>>8), byte(m))
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if r >= 0x0300 && unicode.Is(unicode.Mn, r) {
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// foldRune is fold's mapping of one rune, -1 when it is dropped.
func foldRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		r += 'a' - 'A'
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		r = 'ا'
	case r == 'ى' || r == 'ی' || r == 'ي':
		r = 'ي'
	case r == 'ة':
		r = 'ه'
	case r == 'ک':
		r = 'ك'
	case r == 0x0640 || r >= 0x0300 && unicode.Is(unicode.Mn, r):
		return -1
	}
	return r
}

// foldArabic is fold's output for each rune of U+0600..U+06FF as its two
// UTF-8 bytes, 0 when the rune is dropped.
var foldArabic = func() (t [256]uint16) {
	for i := range t {
		r := foldRune(rune(0x0600 + i))
		if r < 0 {
			continue
		}
		var e [4]byte
		if utf8.EncodeRune(e[:], r) != 2 {
			panic("fold: a rune of the Arabic block folds outside it")
		}
		t[i] = uint16(e[0])<<8 | uint16(e[1])
	}
	return
}()

// hasAnyPrefix reports whether s starts with one of ps.
func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of ps.
func containsAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// agencies maps the folded spelling of a credit to its canonical agency.
var agencyTable = []struct {
	keys []string
	name string
}{
	{[]string{"الاوروبيه", "epa", "وكاله الانباء الاوروبيه"}, "EPA"},
	{[]string{"الفرنسيه", "ا ف ب", "اف ب", "afp", "ا.ف.ب", "الصحافه الفرنسيه", "وكاله الصحافه الفرنسيه"}, "AFP"},
	{[]string{"رويترز", "reuters"}, "Reuters"},
	{[]string{"اسوشيتد برس", "اسوشيتدبرس", "ap photo", "ap", "ا ب"}, "AP"},
	{[]string{"الاناضول", "anadolu", "وكاله الاناضول"}, "Anadolu"},
	{[]string{"غيتي", "getty", "getty images", "غيتي ايميجز", "جيتي"}, "Getty"},
	{[]string{"واس", "spa", "وكاله الانباء السعوديه"}, "SPA"},
	{[]string{"الجزيره", "الجزيره نت"}, "Al Jazeera"},
}

// agencyOf maps a credit (`الأوروبية`, `REUTERS/Zoubeir Souissi`, `رويترز-أرشيف`)
// to its canonical agency, or "" when it is not a known one.
func agencyOf(credit string) string {
	k := strings.TrimSpace(fold(credit, 64))
	if k == "" {
		return ""
	}
	// the first part before a slash or dash names the agency
	for _, sep := range []string{"/", " - ", "-", "–", "،", ","} {
		if i := strings.Index(k, sep); i > 0 {
			if a := agencyOf(k[:i]); a != "" {
				return a
			}
		}
	}
	return agencyBySqueezedKey[squeezeKey(k)]
}

// agencyBySqueezedKey indexes agencyTable by squeezed key, built once.
var agencyBySqueezedKey = func() map[string]string {
	m := make(map[string]string)
	for _, e := range agencyTable {
		for _, key := range e.keys {
			m[squeezeKey(key)] = e.name
		}
	}
	return m
}()

// squeezeKey drops the dots and spaces of a folded credit, so that
// `ا. ف. ب`, `ا ف ب` and `اف ب` compare equal.
func squeezeKey(k string) string {
	if !strings.ContainsAny(k, ". ") {
		return k
	}
	return dotSpaceRemover.Replace(k)
}

var dotSpaceRemover = strings.NewReplacer(".", "", " ", "")

// knownCreditPrefix reports whether the folded text starts with a known
// agency name, for credits like `(رويترز-أرشيف)` or `(غيتي إيميجز)`.
func isKnownCredit(s string) bool {
	if agencyOf(s) != "" {
		return true
	}
	k := fold(s, 64)
	return hasAnyPrefix(k, []string{"مواقع التواصل", "مواقع اجتماعيه", "ارشيف", "الصحافه", "شترستوك", "وكالات", "الجزيره", "رويترز", "الفرنسيه", "الاوروبيه", "اسوشيتد", "غيتي", "الاناضول", "واس", "مواقع"})
}

// pressNames are newspapers and agencies that appear beside the place in a
// dateline line (`عين اليوم – الرياض`, `الرياض - واس`), folded.
var pressNames = []string{"واس", "عين اليوم", "سبق", "متابعات", "الوئام", "عكاظ", "عكاظ اليوم", "الرياضي",
	"د ب ا", "ا ف ب", "اف ب", "رويترز", "وكالات", "cnn", "العربيه.نت", "العربيه نت", "الجزيره نت", "الشرق الاوسط",
	"الاقتصاديه", "الجزيره", "اليوم", "الوطن", "المدينه", "سكاي نيوز عربيه", "بي بي سي", "الرياض"}

// places is a small gazetteer of the cities that file most datelines, folded.
var placeNames = []string{"الرياض", "جده", "مكه المكرمه", "مكه", "المدينه المنوره", "الدمام", "الطائف", "ابها", "تبوك",
	"بريده", "الباحه", "جازان", "جيزان", "نجران", "حائل", "الاحساء", "الخبر", "القطيف", "ينبع", "القصيم", "عرعر", "سكاكا",
	"الجوف", "الخرج", "الظهران", "الجبيل", "حفر الباطن", "عنيزه", "المجمعه", "خميس مشيط", "القنفذه", "رابغ", "بيشه",
	"دبي", "ابوظبي", "ابو ظبي", "الشارقه", "الكويت", "المنامه", "الدوحه", "مسقط", "القاهره", "الاسكندريه", "بيروت", "دمشق",
	"بغداد", "عمان", "طهران", "صنعاء", "عدن", "تعز", "لندن", "واشنطن", "نيويورك", "باريس", "موسكو", "انقره", "اسطنبول",
	"برلين", "روما", "رام الله", "غزه", "القدس", "تونس", "الرباط", "الجزائر", "الخرطوم", "طرابلس", "بنغازي", "جنيف",
	"بكين", "طوكيو", "نيودلهي", "اسلام اباد", "كابول", "اتلانتا", "بروكسل", "فيينا", "مدريد", "برشلونه", "ميونيخ",
	"سان فرانسيسكو", "لوس انجلوس", "سنغافوره", "المكلا", "حلب", "الموصل", "البصره", "اربيل", "الخليل", "نابلس", "عمان"}

func inFolded(k string, list []string) bool {
	for _, p := range list {
		if k == p {
			return true
		}
	}
	return false
}

// dashSplit splits a short dateline line on its dashes (`-`, `–`, `—`).
func dashSplit(s string) []string {
	f := func(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '_' }
	parts := strings.FieldsFunc(s, f)
	out := parts[:0]
	for _, p := range parts {
		p = strings.Trim(p, " :،,")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// parseDatelineParts returns the place and agency named by the parts of a
// dateline (`الرياض`, `واس`), either nil when not found.
func parseDatelineParts(parts []string) (place, agency *string) {
	var other []string
	for _, p := range parts {
		// a part may carry a colon: `لجين الأحمدي: عين اليوم`
		if i := strings.LastIndexAny(p, ":"); i >= 0 {
			p = strings.TrimSpace(p[i+1:])
		}
		k := fold(p, 64)
		if a := agencyOf(p); a != "" {
			if agency == nil {
				agency = strPtr(a)
			}
			continue
		}
		if inFolded(k, placeNames) && place == nil {
			place = strPtr(p)
			continue
		}
		if inFolded(k, pressNames) {
			continue
		}
		other = append(other, p)
	}
	if place == nil && len(other) > 0 && len(parts) > 1 {
		// reporter – place: the place comes last
		last := other[len(other)-1]
		if last == parts[len(parts)-1] && len(strings.Fields(last)) <= 3 {
			place = strPtr(last)
		}
	}
	return
}

// isDatelineLine reports whether a short line is only a dateline of the
// `place – agency` or `reporter – place` kind.
func isDatelineLine(c string, words int) bool {
	if words > 8 || words < 2 {
		return false
	}
	if !strings.ContainsAny(c, "-–—_") {
		return false
	}
	if strings.ContainsAny(lastRuneString(c), ".!؟?") {
		return false
	}
	parts := dashSplit(c)
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	known := false
	for _, p := range parts {
		if len(strings.Fields(p)) > 4 {
			return false
		}
		q := p
		if i := strings.LastIndex(q, ":"); i >= 0 {
			q = strings.TrimSpace(q[i+1:])
		}
		k := fold(q, 64)
		if inFolded(k, pressNames) || inFolded(k, placeNames) || agencyOf(q) != "" {
			known = true
		}
	}
	return known
}

func lastRuneString(s string) string {
	_, w := utf8.DecodeLastRuneInString(s)
	return s[len(s)-w:]
}

// prefixDateline finds a dateline at the start of a paragraph and returns
// its text, place and agency: `طهران- `, `دبي، الإمارات العربية المتحدة
// (CNN)-- `, `واس- الكويت: `, `سلطان المالكي- سبق- الرياض: `.
func prefixDateline(c string) (text string, place, agency *string, ok bool) {
	head := c
	if len(head) > 240 {
		head = head[:240]
	}
	// an agency in parentheses near the start, then a dash:
	// `دبي، الإمارات العربية المتحدة (CNN)-- `, `القاهرة 3-1 (اف ب) - `
	if text, place, agency, ok := parenDateline(head); ok {
		return text, place, agency, true
	}
	// `واس- الكويت: ` or `سلطان المالكي- سبق- الرياض: `: dashes up to a colon
	// the loops below look at the first nine fields at most
	var fieldBuf [9]string
	fields := firstFields(head, fieldBuf[:0])
	for n := 1; n <= 8 && n <= len(fields); n++ {
		if !strings.HasSuffix(fields[n-1], ":") {
			continue
		}
		pre := strings.TrimRight(strings.Join(fields[:n], " "), " :")
		if !strings.ContainsAny(pre, "-–—") {
			break
		}
		parts := dashSplit(pre)
		if pl, ag := parseDatelineParts(parts); pl != nil || ag != nil {
			return pre, pl, ag, true
		}
		break
	}
	// `طهران- ` or `الرياض - واس - `: a known place or agency before a dash
	for n := 1; n <= 4 && n <= len(fields); n++ {
		w := fields[n-1]
		dash := strings.HasSuffix(w, "-") || strings.HasSuffix(w, "–")
		if !dash && n < len(fields) {
			if nx := fields[n]; nx == "-" || nx == "–" || nx == "—" || nx == "--" {
				dash = true
			}
		}
		if !dash {
			continue
		}
		pre := strings.TrimRight(strings.Join(fields[:n], " "), " -–—")
		parts := dashSplit(pre)
		if len(parts) != 1 {
			break
		}
		k := fold(parts[0], 64)
		if inFolded(k, placeNames) {
			return pre, strPtr(parts[0]), nil, true
		}
		if a := agencyOf(parts[0]); a != "" {
			return pre, nil, strPtr(a), true
		}
		break
	}
	return "", nil, nil, false
}

// firstFields appends to dst the first cap(dst) fields of s, as
// strings.Fields splits them, without allocating.
func firstFields(s string, dst []string) []string {
	i := 0
	for len(dst) < cap(dst) {
		for i < len(s) {
			r, w := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:])
			}
			if !unicode.IsSpace(r) {
				break
			}
			i += w
		}
		if i >= len(s) {
			break
		}
		start := i
		for i < len(s) {
			r, w := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:])
			}
			if unicode.IsSpace(r) {
				break
			}
			i += w
		}
		dst = append(dst, s[start:i])
	}
	return dst
}

// months maps English and Arabic month names (folded) to numbers.
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
	"اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	"كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
	"ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}

func isoDate(y, m, d int) (string, bool) {
	if y < 1000 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

var (
	// `in Rome, Italy, 02 February 2016` and `in Tunis,Tunisia June 18, 2015`
	reCaptionDMY = regexp.MustCompile(`\bin ([A-Z][\p{L}.'\- ]*(?:, ?[A-Z][\p{L}.'\- ]*)*),? (\d{1,2}) ([A-Z][a-z]+) (\d{4})`)
	reCaptionMDY = regexp.MustCompile(`\bin ([A-Z][\p{L}.'\- ]*(?:, ?[A-Z][\p{L}.'\- ]*)*),? ([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})`)
	// a Gregorian date in an Arabic dateline: `الموافق 10 أغسطس 2015`
	reArabicDate = regexp.MustCompile(`(\d{1,2}) ([\p{Arabic} ]{3,14}?) (\d{4})`)
	// a date alone: 28/2/2023, 2023-02-28, 28-02-2023
	reNumDate = regexp.MustCompile(`^(\d{1,4})[/\-.](\d{1,2})[/\-.](\d{1,4})$`)
)

// captionDatePlace parses an English wire caption's place and date.
func captionDatePlace(en string) (place, date *string) {
	if m := reCaptionDMY.FindStringSubmatch(en); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[3])]; ok {
			d, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[4])
			if s, ok := isoDate(y, mo, d); ok {
				return strPtr(strings.TrimSpace(m[1])), strPtr(s)
			}
		}
	}
	if m := reCaptionMDY.FindStringSubmatch(en); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[2])]; ok {
			d, _ := strconv.Atoi(m[3])
			y, _ := strconv.Atoi(m[4])
			if s, ok := isoDate(y, mo, d); ok {
				return strPtr(strings.TrimSpace(m[1])), strPtr(s)
			}
		}
	}
	return nil, nil
}

// arabicDate finds a Gregorian date written with an Arabic month name.
func arabicDate(c string) (string, bool) {
	for _, m := range reArabicDate.FindAllStringSubmatch(c, -1) {
		mo, ok := monthNames[strings.TrimSpace(fold(m[2], 40))]
		if !ok {
			continue
		}
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		if y < 1900 {
			continue // a Hijri year
		}
		if s, ok := isoDate(y, mo, d); ok {
			return s, true
		}
	}
	return "", false
}

// numericDate parses a line that is only a date (`28/2/2023`).
func numericDate(c string) (string, bool) {
	if len(c) > 10 || len(c) < 6 {
		return "", false
	}
	m := reNumDate.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if len(m[1]) == 4 {
		return isoDate(a, b, d)
	}
	if len(m[3]) == 4 {
		return isoDate(d, b, a)
	}
	return "", false
}

// containerDate turns a container's date (`Sun, 24 Jun 2018 17:57:15 +0400`,
// `2015-07-21`, RFC 3339) into an ISO date.
func containerDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "2006-01-02 15:04:05", "2006-01-02", "Mon, 2 Jan 2006 15:04:05 -0700", "02 Jan 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	if len(s) >= 10 {
		if _, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return s[:10], true
		}
	}
	if d, ok := numericDate(s); ok {
		return d, true
	}
	return "", false
}

// attributionNames splits the parties of an attribution: on `+`, `،`, `,`
// and on `و` only where it joins names (`الجزيرة ووكالات`).
func attributionNames(text string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == '+' || r == '،' || r == ',' || r == '/' }) {
		words := strings.Fields(part)
		cur := []string{}
		for _, w := range words {
			if len(cur) > 0 && strings.HasPrefix(w, "و") && joinsName(w) {
				out = append(out, strings.Join(cur, " "))
				cur = []string{strings.TrimPrefix(w, "و")}
				continue
			}
			if w == "و" && len(cur) > 0 {
				out = append(out, strings.Join(cur, " "))
				cur = cur[:0:0]
				continue
			}
			cur = append(cur, w)
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
	}
	for i, n := range out {
		out[i] = strings.TrimSpace(nameQuotes.Replace(n))
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// joinsName reports whether a word starting with و is the conjunction
// before a name (`ووكالات`, `والفرنسية`, `ورويترز`), not a word of its own
// (`وكالات`, `واس`, `وزارة`).
func joinsName(w string) bool {
	rest := strings.TrimPrefix(w, "و")
	k := fold(rest, 64)
	if strings.HasPrefix(k, "ال") && len([]rune(k)) > 3 {
		return true
	}
	if agencyOf(rest) != "" || inFolded(k, []string{"وكالات", "وكاله", "مواقع"}) {
		return true
	}
	return false
}

var nameQuotes = strings.NewReplacer("\"", "", "«", "", "»", "", "{", "", "}", "", "“", "", "”", "")

func strPtr(s string) *string { return &s }

// parenDateline finds `PLACE [DATE] (AGENCY) -` at the start of a line: the
// agency is a known one, or a short upper-case Latin name such as CNN.
func parenDateline(head string) (text string, place, agency *string, ok bool) {
	open := strings.IndexByte(head, '(')
	if open < 0 || utf8.RuneCountInString(head[:open]) > 60 {
		return "", nil, nil, false
	}
	end := strings.IndexByte(head[open:], ')')
	if end < 0 {
		return "", nil, nil, false
	}
	end += open
	inner := strings.TrimSpace(head[open+1 : end])
	ag := agencyOf(inner)
	if ag == "" && isUpperLatinName(inner) {
		ag = inner
	}
	if ag == "" {
		return "", nil, nil, false
	}
	rest := strings.TrimLeft(head[end+1:], " ")
	if !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") {
		return "", nil, nil, false
	}
	// the place is what precedes, without a trailing date such as `3-1`
	p := strings.TrimSpace(head[:open])
	for {
		f := strings.Fields(p)
		if len(f) == 0 || !isDateToken(f[len(f)-1]) {
			break
		}
		p = strings.TrimSpace(strings.TrimSuffix(p, f[len(f)-1]))
	}
	p = strings.TrimRight(p, "،, ")
	if p != "" {
		place = strPtr(p)
	}
	return strings.TrimSpace(head[:end+1]), place, strPtr(ag), true
}

// isUpperLatinName reports whether s is a short all-capitals Latin name (CNN).
func isUpperLatinName(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isDateToken reports whether w is made of digits and date separators only
// (`3-1`, `2016/02/02`, `٣-١`).
func isDateToken(w string) bool {
	digits := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9', r >= '٠' && r <= '٩':
			digits = true
		case r == '-' || r == '/' || r == '.':
		default:
			return false
		}
	}
	return digits
}

// hasSpaceTatweel reports whether s holds a space then a tatweel. It looks
// for the rare byte 0x80 that ends the tatweel's UTF-8 (D9 80), rather than
// for the common space.
func hasSpaceTatweel(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], 0x80)
		if j < 0 {
			return false
		}
		i += j
		if i >= 2 && s[i-1] == 0xD9 && s[i-2] == ' ' {
			return true
		}
		i++
	}
}
