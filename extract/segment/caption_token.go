package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Image tokens: a text browser or converter writes an image as a token
// in brackets alone on a line, its alt text or its file's name
// (`[iraq_16]`, `[مقتل طفلين … - غيتي]`), and the page's caption, when
// it has one, on the line under it. The token is the page's; the line
// under it is the caption when it repeats the alt text, or when the token
// names a file (no space in it) and the line is short and no sentence.
// A token and the line under it that both say one word joined by
// underscores are a link html2text set twice (its image's alt and its
// text): both the page's.

// Image-token rule names.
const (
	RuleImageToken   = "image-token"
	RuleImageCaption = "caption-under-image-token"
)

// maxTokenCaption is the most words of a caption under an image token.
const maxTokenCaption = 20

var (
	ruleImageToken   = &Rule{Name: RuleImageToken, Role: document.RoleResidue, Residue: document.ResidueOther}
	ruleImageCaption = &Rule{Name: RuleImageCaption, Role: document.RoleCaptionAR}
)

// imageCaptions marks image tokens with the caption under them.
func imageCaptions(s *state) {
	for i := 0; i+1 < len(s.lines); i++ {
		alt, ok := imageToken(s.lines[i].Text)
		if !ok || !s.free(i) || !s.free(i+1) || s.feats[i+1].Blank() {
			continue
		}
		f := &s.feats[i+1]
		if f.Words > maxTokenCaption || !f.IsArabic() || f.SentenceEnd() {
			continue
		}
		same := script.Fold(alt, script.FullKey) == script.Fold(f.Clean, script.FullKey)
		file := alt != "" && !strings.ContainsAny(alt, " \t") && !strings.ContainsFunc(alt, script.IsArabicLetter)
		if same && underscored(f.Clean) {
			// a link set twice, its words joined by underscores as
			// html2text writes a link's text: the page's
			s.set(i, ruleImageToken)
			s.set(i+1, ruleImageToken)
			i++
			continue
		}
		if f.Words < 2 {
			continue
		}
		if !same && !file {
			continue
		}
		s.set(i, ruleImageToken)
		s.set(i+1, ruleImageCaption)
		i++
	}
}

// underscored reports a text of one word of several parts joined by
// underscores (`تابع_صفحتنا_على_فيسبوك`).
func underscored(t string) bool {
	return !strings.ContainsAny(t, " \t") && strings.Count(t, "_") >= 2
}

// imageToken reports a line that is one token in brackets and returns
// the text inside, trimmed.
func imageToken(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if len(t) < 3 || t[0] != '[' || t[len(t)-1] != ']' {
		return "", false
	}
	in := t[1 : len(t)-1]
	if strings.ContainsAny(in, "[]") {
		return "", false
	}
	return strings.Join(strings.Fields(in), " "), true
}
