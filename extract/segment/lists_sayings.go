package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
)

// Quoted sayings: an article that gathers sayings (proverbs, quotations)
// sets each on its own line, in quotation marks, its source in
// parentheses after the closing mark: `"…" (مثل ألماني)`. A converter
// that keeps the page's line breaks (pandoc on <br>) writes them one under
// the other, a long one wrapped over two lines. Each is short and ends
// with its source, not a full stop, so it does not read as text; as a run
// the sayings are a list of the article's. A body paragraph may open with
// a quotation but goes on after it closes: it is no saying.

// RuleQuotedSaying is the rule of a line of a run of quoted sayings.
const RuleQuotedSaying = "quoted-saying"

// Sayings thresholds: a run holds at least minSayings sayings, adjacent;
// a saying spans at most maxSayingLines lines.
const (
	minSayings     = 3
	maxSayingLines = 3
)

var ruleQuotedSaying = &Rule{Name: RuleQuotedSaying, Role: document.RoleListItem}

// quotedSayings marks the runs of quoted sayings.
func quotedSayings(s *state) {
	for i := 0; i < len(s.lines); {
		j, n := i, 0
		for {
			e := s.sayingEnd(j)
			if e < 0 {
				break
			}
			n++
			j = e
		}
		if n >= minSayings {
			for k := i; k < j; k++ {
				s.set(k, ruleQuotedSaying)
			}
			if h := i - 1; h >= 0 && s.free(h) && sayingsHeading(&s.feats[h]) {
				s.set(h, ruleListHeading)
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// sayingEnd returns the line after the saying that opens on line i: a
// free line opening with a quotation mark, the free lines under it up to
// the one that closes the quotation, then nothing but a source in
// parentheses, on that line or alone on the next. -1 when no saying opens
// on line i.
func (s *state) sayingEnd(i int) int {
	if i >= len(s.lines) || !s.free(i) || s.feats[i].Blank() {
		return -1
	}
	t := strings.TrimSpace(s.lines[i].Text)
	open, n := utf8.DecodeRuneInString(t)
	closing, ok := quotePairs[open]
	if !ok {
		return -1
	}
	rest := t[n:]
	for j := i; j < len(s.lines) && j < i+maxSayingLines; j++ {
		if j > i {
			if !s.free(j) || s.feats[j].Blank() {
				return -1
			}
			rest = strings.TrimSpace(s.lines[j].Text)
			if strings.ContainsRune(rest, open) && open != closing {
				return -1 // a new quotation opens: this one did not close
			}
		}
		k := strings.LastIndex(rest, string(closing))
		if k < 0 {
			continue
		}
		after := strings.TrimSpace(rest[k+utf8.RuneLen(closing):])
		switch {
		case after == "":
			if p := j + 1; p < len(s.lines) && s.free(p) && sourceInParens(strings.TrimSpace(s.lines[p].Text)) {
				return p + 1
			}
			return j + 1
		case sourceInParens(after):
			return j + 1
		case strings.HasPrefix(after, "(") && !strings.Contains(after, ")"):
			// the source wrapped: `… (مينا` over `أنتريم)`
			if p := j + 1; p < len(s.lines) && s.free(p) && sourceInParens(after+" "+strings.TrimSpace(s.lines[p].Text)) {
				return p + 1
			}
		}
		return -1
	}
	return -1
}

// quotePairs maps an opening quotation mark to its closing one.
var quotePairs = map[rune]rune{'"': '"', '«': '»', '“': '”'}

// sourceInParens reports a saying's source: a few words in parentheses.
func sourceInParens(t string) bool {
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ")") {
		return false
	}
	w := len(strings.Fields(t))
	return w >= 1 && w <= 5 && strings.Count(t, "(") == 1
}

// sayingsHeading reports the line right over a run of sayings that heads
// it: a few words ending with a colon (`أمثال وحكم العرب عن الجار:`).
func sayingsHeading(f *Feature) bool {
	return f.Last == ':' && f.Words >= 2 && f.Words <= maxSayingsHeading
}

// maxSayingsHeading is the most words of a heading over a run of sayings.
const maxSayingsHeading = 8
