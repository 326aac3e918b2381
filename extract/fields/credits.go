package fields

import (
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Credits: who took a photo or filed a story, as a caption or dateline
// says, mapped to a canonical agency.

// Agency maps a credit (`الأوروبية`, `REUTERS/Zoubeir Souissi`, `رويترز-أرشيف`)
// to its canonical agency, or "" when it is not a known one.
func Agency(credit string) string {
	k := strings.TrimSpace(script.Fold(credit, script.NameKey))
	if k == "" {
		return ""
	}
	// the first part before a slash or dash names the agency
	for _, sep := range []string{"/", " - ", "-", "–", "،", ","} {
		if i := strings.Index(k, sep); i > 0 {
			if a := Agency(k[:i]); a != "" {
				return a
			}
		}
	}
	return agencyBySqueezedKey[squeezeKey(k)]
}

// agencyBySqueezedKey indexes lexicon.Agencies by squeezed credit, built once.
var agencyBySqueezedKey = func() map[string]string {
	m := make(map[string]string)
	for _, a := range lexicon.Agencies {
		for _, key := range a.Credits {
			m[squeezeKey(key)] = a.Name
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

// IsKnownCredit reports whether s is the credit of a known agency, or
// opens as credits do (lexicon.CreditOpeners: `(رويترز-أرشيف)`,
// `(غيتي إيميجز)`, `(مواقع التواصل)`).
func IsKnownCredit(s string) bool {
	if Agency(s) != "" {
		return true
	}
	k := script.Fold(s, script.NameKey)
	return script.HasAnyPrefix(k, lexicon.CreditOpeners)
}

// TrailingCredit splits `text (credit)` and reports whether the line ends
// with a short parenthesized credit.
func TrailingCredit(c string) (text, credit string, ok bool) {
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

// CaptionAgency finds the agency credited in an English caption
// (lexicon.CaptionCredits), "" when none is.
func CaptionAgency(c string) string {
	for _, cc := range lexicon.CaptionCredits {
		if strings.Contains(c, cc.Cue) {
			return cc.Agency
		}
	}
	return ""
}
