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
		if !same && !file {
			continue
		}
		s.set(i, ruleImageToken)
		s.set(i+1, ruleImageCaption)
		i++
	}
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
