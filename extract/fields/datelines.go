package fields

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Datelines: where (and through which agency) an article was filed, as a
// line of its own (`الرياض - واس`) or at the start of the first paragraph
// (`طهران- `).

// DashSplit splits a short dateline line on its dashes (`-`, `–`, `—`).
func DashSplit(s string) []string {
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

// rePlaceAgency is a paragraph's opening `place - agency -` (or `:`): one
// or two words, a dash, up to four words, a dash or colon.
var rePlaceAgency = regexp.MustCompile(`^(\S+(?: \S+)?) *[-–—] *(\S+(?: \S+){0,3}?) *[-–—:]`)

// DatelineParts returns the place and agency named by the parts of a
// dateline (`الرياض`, `واس`), either nil when not found. The agency is a
// known wire's name (Agency), else a known newspaper or national agency
// as written (`سبأنت`, `الراية`).
func DatelineParts(parts []string) (place, agency *string) {
	var other []string
	var press *string
	for _, p := range parts {
		// a part may carry a colon: `لجين الأحمدي: عين اليوم`
		if i := strings.LastIndexAny(p, ":"); i >= 0 {
			p = strings.TrimSpace(p[i+1:])
		}
		if strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") {
			p = strings.TrimSpace(p[1 : len(p)-1]) // `الرباط-(ا ف ب)-`
		}
		k := script.Fold(p, script.NameKey)
		if a := Agency(p); a != "" {
			if agency == nil {
				agency = strPtr(a)
			}
			continue
		}
		if isPlace(k) && place == nil {
			place = strPtr(p)
			continue
		}
		if isPress(k) {
			if press == nil {
				press = strPtr(p)
			}
			continue
		}
		other = append(other, p)
	}
	if agency == nil {
		agency = press // a newspaper or a national agency, as written
	}
	if agency == nil && place != nil && len(other) == 1 && other[0] == parts[len(parts)-1] && (isSourceName(other[0]) || isOutlet(other[0])) {
		agency = strPtr(other[0]) // `مسقط- الرؤية`, `غزة - دنيا الوطن`: place, then the paper
		other = nil
	}
	if place == nil && len(other) > 0 && len(parts) > 1 {
		// reporter – place: the place comes last (not `نقلًا عن فرانس24
		// -دون تصرف-`)
		last := other[len(other)-1]
		if last == parts[len(parts)-1] && len(strings.Fields(last)) <= 3 && (agency != nil || IsPersonName(parts[0])) {
			place = strPtr(last)
		}
	}
	if place == nil && agency != nil && len(other) == 1 && other[0] == parts[0] && len(strings.Fields(other[0])) <= 2 && !IsPersonName(other[0]) {
		place = strPtr(other[0]) // `بوجومبورا - د.ب.أ`: the place before the agency
	}
	return
}

// IsDatelineLine reports whether a short line is only a dateline of the
// `place – agency` or `reporter – place` kind.
func IsDatelineLine(c string, words int) bool {
	if words > 8 || words < 2 {
		return false
	}
	if !strings.ContainsAny(c, "-–—_") {
		return false
	}
	if strings.ContainsAny(script.LastRuneString(c), ".!؟?") {
		return false
	}
	parts := DashSplit(c)
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
		k := script.Fold(q, script.NameKey)
		if isPress(k) || isPlace(k) || Agency(q) != "" {
			known = true
		}
	}
	return known
}

// IsPlaceReporterLine reports a short line that is only a known place, a
// colon or a slash, and a reporter's name (`الجزائر: سمية يوسفي`, `عمان /
// محمد خير`): a dateline naming who filed the story. A place and a
// headline (`اليابان: ارتفاع عدد الضحايا`) is not one.
func IsPlaceReporterLine(c string, words int) bool {
	if words < 3 || words > 6 {
		return false
	}
	i := strings.IndexAny(c, ":/")
	if i <= 0 || strings.ContainsAny(c[i+1:], ":/") {
		return false
	}
	place, name := strings.TrimSpace(c[:i]), strings.TrimSpace(c[i+1:])
	if strings.Count(place, " ") > 2 || !isPlace(script.Fold(place, script.NameKey)) {
		return false
	}
	return IsPersonName(name)
}

// PrefixDateline finds a dateline at the start of a paragraph and returns
// its text, place and agency: `طهران- `, `دبي، الإمارات العربية المتحدة
// (CNN)-- `, `واس- الكويت: `, `سلطان المالكي- سبق- الرياض: `.
func PrefixDateline(c string) (text string, place, agency *string, ok bool) {
	head := c
	if len(head) > 240 {
		head = head[:240]
	}
	// a date first: `08/ديسمبر/2009] واشنطن ـ سبأنت: `
	if _, start, end, found := FindDate(head); found && start == 0 && end < len(head) {
		rest := strings.TrimLeft(head[end:], " ]|-–—:،,)")
		if rest != head[end:] {
			if t, pl, ag, ok := PrefixDateline(rest); ok {
				return head[:len(head)-len(rest)] + t, pl, ag, true
			}
		}
	}
	// an agency in parentheses near the start, then a dash:
	// `دبي، الإمارات العربية المتحدة (CNN)-- `, `القاهرة 3-1 (اف ب) - `
	if text, place, agency, ok := parenDateline(head); ok {
		return text, place, agency, true
	}
	// `واس- الكويت: ` or `سلطان المالكي- سبق- الرياض: `: dashes up to a colon
	// the loops below look at the first nine fields at most
	var fieldBuf [9]string
	fields := script.FirstFields(head, fieldBuf[:0])
	for n := 1; n <= 8 && n <= len(fields); n++ {
		if !strings.HasSuffix(fields[n-1], ":") {
			continue
		}
		pre := strings.TrimRight(strings.Join(fields[:n], " "), " :")
		if !strings.ContainsAny(pre, "-–—") {
			break
		}
		parts := DashSplit(pre)
		if pl, ag := DatelineParts(parts); pl != nil || ag != nil {
			return pre, pl, ag, true
		}
		break
	}
	// `مدريد -ا ف ب - `: a known place, then an agency between dashes
	if m := rePlaceAgency.FindStringSubmatchIndex(head); m != nil {
		pl, ag := head[m[2]:m[3]], head[m[4]:m[5]]
		if isPlace(script.Fold(pl, script.NameKey)) {
			if a := Agency(ag); a != "" {
				return head[:m[5]], strPtr(pl), strPtr(a), true
			}
			if isPress(script.Fold(ag, script.NameKey)) || head[m[1]-1] == ':' && isSourceName(ag) {
				// `دبي - الراية :أظهر`: a paper before the colon
				return head[:m[5]], strPtr(pl), strPtr(ag), true
			}
		}
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
		parts := DashSplit(pre)
		if len(parts) != 1 {
			break
		}
		k := script.Fold(parts[0], script.NameKey)
		if isPlace(k) {
			return pre, strPtr(parts[0]), nil, true
		}
		if a := Agency(parts[0]); a != "" {
			return pre, nil, strPtr(a), true
		}
		break
	}
	return "", nil, nil, false
}

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
	ag := Agency(inner)
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
		if len(f) == 0 || !IsDateToken(f[len(f)-1]) {
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

// IsBareDateline reports a `reporter – place` line at the top of a body
// even when neither side is a known name (`محمد الشراري – طبرجل`): one
// dash, a short side on each, no punctuation.
func IsBareDateline(c string, words int) bool {
	if words > 6 || words < 2 || strings.ContainsAny(c, ".:!؟?،,()\"«»") {
		return false
	}
	parts := DashSplit(c)
	if len(parts) != 2 {
		return false
	}
	for _, p := range parts {
		if n := strings.Count(p, " ") + 1; n > 3 || !strings.ContainsFunc(p, script.IsArabicLetter) {
			return false
		}
	}
	return strings.Count(c, "–")+strings.Count(c, "-")+strings.Count(c, "—") == 1
}

// IsAgencyDateline reports a line that is only a place (and date) with
// the agency in parentheses: `دبي، الإمارات العربية المتحدة (CNN)`,
// `سان فرانسيسكو 20 يوليو تموز (رويترز) -`.
func IsAgencyDateline(c string) bool {
	t := strings.TrimRight(c, " -–—")
	if !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.LastIndexByte(t, '(')
	if i <= 0 {
		return false
	}
	in := t[i+1 : len(t)-1]
	if in != "CNN" && Agency(in) == "" {
		return false
	}
	pre := strings.TrimSpace(t[:i])
	n := strings.Count(pre, " ") + 1
	return n <= 3 || n <= 6 && (strings.ContainsAny(pre, "،,") || script.HasDigit(pre))
}

// SPADateline reads the place and agency of an SPA dateline line:
// `نجران 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس` gives نجران and SPA.
// c is the line cleaned (script.Clean), not blank.
func SPADateline(c string) (place, agency *string) {
	words := strings.Fields(c)
	var pl []string
	for _, w := range words {
		if script.HasDigit(w) {
			break
		}
		pl = append(pl, w)
	}
	if len(pl) > 0 && len(pl) <= 3 && !weekdays[script.Fold(pl[0], script.WordKey)] { // `الأحد 08 رجب` names no place
		place = strPtr(strings.Join(pl, " "))
	}
	if last := words[len(words)-1]; Agency(last) != "" {
		agency = strPtr(Agency(last))
	}
	return place, agency
}

// AgencyDateline reads the place and agency of a line IsAgencyDateline
// reports: `دبي، الإمارات العربية المتحدة (CNN)` gives the place before the
// parentheses and CNN.
func AgencyDateline(c string) (place, agency *string) {
	t := strings.TrimRight(c, " -–—")
	i := strings.LastIndexByte(t, '(')
	in := t[i+1 : len(t)-1]
	words := strings.Fields(t[:i])
	var pl []string
	for _, w := range words {
		if script.HasDigit(w) {
			break
		}
		pl = append(pl, w)
	}
	if p := strings.TrimRight(strings.Join(pl, " "), "،, "); p != "" {
		place = strPtr(p)
	}
	if in == "CNN" {
		agency = strPtr("CNN")
	} else if a := Agency(in); a != "" {
		agency = strPtr(a)
	}
	return place, agency
}

// places, pressNames and outletWords are lexicon.Places,
// lexicon.PressNames and lexicon.OutletWords, folded, for lookup.
var (
	places      = foldedSet(lexicon.Places)
	pressNames  = foldedSet(lexicon.PressNames)
	outletWords = foldedSet(lexicon.OutletWords)
)

func foldedSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range script.FoldAll(ws) {
		m[w] = true
	}
	return m
}

// isPlace reports whether k, folded, is a place of the gazetteer.
func isPlace(k string) bool { return places[k] }

// isPress reports whether k, folded, is a known press name.
func isPress(k string) bool { return pressNames[k] }
