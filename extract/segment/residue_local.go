package segment

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Page furniture a line shows by itself, wherever it stands: a share bar
// run together (`Share on twitterShare on whatsapp`), a reader counter
// (`1234 مشاهدة`), a word-processor field code (`INCLUDEPICTURE "…"`), a
// menu on one line (`الرئيسية | أخبار | رياضة`), the site's name over the
// page (`الجزيرة نت`).

// Rule names of page furniture.
const (
	RuleShareBar  = "share-bar"
	RuleCounter   = "counter-line"
	RuleFieldCode = "field-code"
	RuleMenuLine  = "menu-line"
	RuleSiteName  = "site-name"
)

var (
	ruleShareBar = &Rule{Name: RuleShareBar, Role: document.RoleResidue, Residue: document.ResidueSocial,
		Match: localMatch(func(f *Feature, _ int) bool {
			return f.Words <= shareBarWords && script.ContainsAny(f.Key, shareCues) && isShareBar(f.Clean)
		})}
	ruleCounter = &Rule{Name: RuleCounter, Role: document.RoleResidue, Residue: document.ResidueOther,
		Match: localMatch(func(f *Feature, _ int) bool {
			return f.Words <= 6 && script.HasDigit(f.Clean) && isCounter(f.Clean) && !isDateOnly(f)
		})}
	ruleFieldCode = &Rule{Name: RuleFieldCode, Role: document.RoleResidue, Residue: document.ResidueOther,
		Match: localMatch(func(f *Feature, _ int) bool { return script.ContainsAny(f.Clean, lexicon.FieldCodes) })}
	ruleMenuLine = &Rule{Name: RuleMenuLine, Role: document.RoleResidue, Residue: document.ResidueNavigation,
		Match: localMatch(func(f *Feature, _ int) bool { return f.Words <= 40 && isMenuLine(f.Clean) })}
	ruleSiteName = &Rule{Name: RuleSiteName, Role: document.RoleResidue, Residue: document.ResidueNavigation,
		// the first line: an outlet's name, or a short line ending in a
		// domain; nothing above it for it to credit.
		Match: localMatch(func(f *Feature, nth int) bool {
			return nth == 1 && f.Words <= 4 && (isAgencyAlone(f.Clean) || endsWithDomain(f.Clean))
		})}
)

var (
	shareWords    = wordSet(lexicon.ShareWords)
	shareNetworks = wordSet(lexicon.ShareNetworks)
	shareVerbs    = wordSet(lexicon.ShareVerbs)
	// shareCues are the verbs and networks, folded, one of which a share
	// bar's start holds: a test that spares the tokenizing most lines
	shareCues    = script.FoldAll(append(append([]string{}, lexicon.ShareVerbs...), lexicon.ShareNetworks...))
	counterWords = wordSet(lexicon.CounterWords)
)

// shareTokens splits a share bar into its words, parting the words a
// scraper ran together at a capital (`twitterShare` is `twitter`,
// `Share`) or where the script changes (`Pinterestالبريد`) and dropping
// the symbols between buttons.
func shareTokens(c string) []string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range c {
		if unicode.IsUpper(r) && unicode.IsLower(prev) || scriptChange(prev, r) {
			b.WriteByte(' ')
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
		prev = r
	}
	ws := strings.Fields(strings.ToLower(b.String()))
	out := ws[:0]
	for _, w := range ws {
		if w = strings.Trim(w, "-"); w != "" { // a list's dash, `-   [Share on facebook]`
			out = append(out, w)
		}
	}
	return out
}

// scriptChange reports an ASCII letter next to an Arabic one (the
// networks' names are ASCII).
func scriptChange(a, b rune) bool {
	return asciiLetter(a) && script.IsArabicLetter(b) || asciiLetter(b) && script.IsArabicLetter(a)
}

// asciiLetter reports a letter of the ASCII alphabet.
func asciiLetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

// shareBarWords is the most words of a share bar: a line of more words
// cannot be one, and is not split to see.
const shareBarWords = 24

// isShareBar reports a line made only of share words, at least two of
// them, a verb among them (`شارك على`, `Share on twitterShare on
// whatsapp`) or two networks (`Facebook Twitter`): one network and a noun
// (`Facebook Page`) name a thing, not a button.
func isShareBar(c string) bool {
	ws := shareTokens(c)
	if len(ws) < 2 || len(ws) > shareBarWords {
		return false
	}
	networks, verb := map[string]bool{}, false
	for _, w := range ws {
		k := script.Fold(w, script.ListKey)
		if !shareWords[k] {
			return false
		}
		if shareNetworks[k] {
			networks[k] = true
		}
		verb = verb || shareVerbs[k]
	}
	return len(networks) >= 2 || verb
}

// isCounter reports a line that is only a count of readers or comments
// (`1234 مشاهدة`, `عدد القراءات: 55`, `Views 1,234`), or a bare number of
// three digits or more that is no year (`1764` under a teaser).
func isCounter(c string) bool {
	ws := strings.FieldsFunc(c, func(r rune) bool { return unicode.IsSpace(r) || r == ':' || r == '|' || r == '(' || r == ')' })
	numbers, words := 0, 0
	for _, w := range ws {
		switch {
		case isNumber(w):
			numbers++
		case counterWords[script.Fold(w, script.ListKey)]:
			words++
		default:
			return false
		}
	}
	if numbers == 1 && words == 0 && len(ws) == 1 {
		d := latinNumber(ws[0])
		n, err := strconv.Atoi(d)
		return len(d) >= 3 && (err != nil || n < 1800 || n > 2100)
	}
	return numbers == 1 && words >= 1
}

// isNumber reports a word of digits, maybe grouped (`1,234`, `1٬614`).
func isNumber(w string) bool {
	digits := 0
	for _, r := range w {
		switch {
		case isDigit(r):
			digits++
		case r == ',' || r == '.' || r == '٬' || r == '٫' || r == 'K' || r == 'k':
		default:
			return false
		}
	}
	return digits > 0
}

// isDigit reports a Latin, Arabic-Indic or Persian digit.
func isDigit(r rune) bool {
	_, ok := script.DigitValue(r)
	return ok
}

// latinNumber keeps the digits of w, as ASCII ones.
func latinNumber(w string) string {
	var b strings.Builder
	for _, r := range w {
		if v, ok := script.DigitValue(r); ok {
			b.WriteByte(byte('0' + v))
		}
	}
	return b.String()
}

// menuSeparators part the entries of a menu written on one line.
const menuSeparators = "|•·¦"

// isMenuLine reports a line of three or more short entries (a word to
// three each) parted by a menu separator, none of them a sentence:
// `الرئيسية | أخبار | اقتصاد | رياضة`.
func isMenuLine(c string) bool {
	if strings.IndexByte(c, '|') < 0 && !strings.Contains(c, "•") && !strings.Contains(c, "·") && !strings.Contains(c, "¦") {
		return false // menuSeparators, each found by a byte search
	}
	parts := strings.FieldsFunc(c, func(r rune) bool { return strings.ContainsRune(menuSeparators, r) })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if n := len(strings.Fields(p)); n == 0 || n > 3 || strings.ContainsAny(p, ".،,؟?!:") {
			return false
		}
	}
	return true
}

// endsWithDomain reports a short line whose last word is a site's
// domain (`hespress.com`) or its Arabic form (`الجزيرة نت`).
func endsWithDomain(c string) bool {
	ws := strings.Fields(c)
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	if last == "نت" || last == "net" {
		return len(ws) >= 2
	}
	i := strings.LastIndexByte(last, '.')
	if i <= 0 || i == len(last)-1 {
		return false
	}
	tld := last[i+1:]
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(tld) >= 2 && len(tld) <= 6
}
