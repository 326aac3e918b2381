package fields

import (
	"strings"

	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Attribution: the closing source line, its label and its parties.

// Attribution is an attribution line read: its label (`المصدر :`,
// `* نقلا عن`, "" when none), the text after it, and the part of that
// which names the parties. Label and Text together are the whole line.
type Attribution struct{ Label, Text, Names string }

// AttributionBody separates the label of an attribution line
// (`المصدر : `, `* نقلا عن `) from the text that names the parties, which
// is the attribution's text (`الجزيرة + وكالات`).
func AttributionBody(t string) Attribution {
	s := strings.TrimLeft(t, "* ")
	for _, p := range lexicon.AttributionLabels {
		if strings.HasPrefix(s, p) {
			rest := strings.TrimLeft(s[len(p):], " :-–")
			if rest == "" {
				break
			}
			label := strings.TrimSpace(t[:len(t)-len(rest)])
			return Attribution{Label: label, Text: rest, Names: strings.Trim(rest, "«»{}\" ")}
		}
	}
	if s != t && strings.HasPrefix(strings.TrimSpace(t), "*") {
		// `* الشرق القطرية`: the star is the line's label
		return Attribution{Label: strings.TrimSpace(t[:len(t)-len(s)]), Text: s, Names: strings.Trim(s, "«»{}\" ")}
	}
	return Attribution{Text: t, Names: s}
}

// AttributionNames splits the parties of an attribution: on `+`, `،`, `,`
// and on `و` only where it joins names (`الجزيرة ووكالات`).
func AttributionNames(text string) []string {
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
	k := script.Fold(rest, script.NameKey)
	if strings.HasPrefix(k, "ال") && len([]rune(k)) > 3 {
		return true
	}
	if Agency(rest) != "" || script.IsOneOf(k, lexicon.SourceWords) {
		return true
	}
	return false
}

var nameQuotes = strings.NewReplacer("\"", "", "«", "", "»", "", "{", "", "}", "", "“", "", "”", "")

func strPtr(s string) *string { return &s }
