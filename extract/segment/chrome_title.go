package segment

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/internal/script"
)

// The title of a full-page dump: the line of the top side over the body
// that names the article (pageTitle), and the dates the site sets far
// over it (markSiteDates).

// pageTitle finds the article's title on the top side of a page whose
// body starts at line first: on an indented page, its longest flush-left
// line; else a short line that the page repeats (the
// page's title, its heading, a breadcrumb ending with it), the nearest
// the body of those (a site's name, its logo's alt, repeats too, over its
// header), at its first place; else the first line of three words or more after the last very
// short one before the body. -1 when none is.
func (s *state) pageTitle(first, last int) int {
	if s.indentedPage() {
		if t := s.headTitle(first); t >= 0 {
			return s.firstCopy(t)
		}
		// the longest heading: a menu's headings are a word or two
		best := -1
		for i := 0; i < first; i++ {
			f := &s.feats[i]
			if s.free(i) && !f.Blank() && !indented(s.lines[i].Text) && f.Words >= 2 && f.Words <= 25 && f.IsArabic() && !f.SentenceEnd() &&
				(best < 0 || f.Words > s.feats[best].Words) {
				best = i
			}
		}
		if best >= 0 {
			return best
		}
	}
	pairs := 0
	for i := 0; i < first; i++ {
		if !s.feats[i].Blank() && s.free(i) && s.setTwiceInARow(i) {
			pairs++
		}
	}
	seen := map[string]int{}
	var order []string
	for i := 0; i < first; i++ {
		f := &s.feats[i]
		if !s.free(i) || f.Blank() || f.Words < 2 || f.Words > 20 || f.SentenceEnd() && f.Last != '؟' && f.Last != '?' {
			continue // a sentence; a question may be a title
		}
		k := titleKey(f.Clean)
		if pairs >= 2*minTeaserPairs && s.setTwiceInARow(i) {
			continue // a teaser of a list of them, each its image's alt, then its link
		}
		if at, ok := seen[k]; !ok {
			seen[k] = i
			order = append(order, k)
		} else if bracketed(s.feats[at].Clean) && !bracketed(f.Clean) {
			seen[k] = i // the title as text, not as a link's or an image's
		}
	}
	counts := map[string]int{}
	near := map[string]bool{} // set again before the body's end: not the site's name over its header and footer
	for i := range s.lines {
		f := &s.feats[i]
		if f.Blank() {
			continue
		}
		k := titleKey(f.Clean)
		if at, ok := seen[k]; ok {
			counts[k]++
			if i > at && i <= last {
				near[k] = true
			}
		}
		// a breadcrumb: `الرئيسية/قسم/العنوان`, `الرئيسية » قسم » العنوان`
		if j := strings.LastIndexAny(k, breadcrumbSeparators); j >= 0 {
			_, n := utf8.DecodeRuneInString(k[j:])
			if t := strings.TrimSpace(k[j+n:]); t != "" {
				if _, ok := seen[t]; ok {
					counts[t]++
				}
			}
		}
	}
	for _, k := range slices.Backward(order) {
		if counts[k] >= 2 && near[k] {
			return seen[k]
		}
	}
	for _, k := range slices.Backward(order) {
		if counts[k] >= 2 {
			return seen[k]
		}
	}
	for i := first - 1; i >= 0; i-- {
		f := &s.feats[i]
		if !s.free(i) || f.Blank() {
			continue
		}
		if f.Words <= chromeWords {
			for j := i + 1; j < first; j++ {
				if s.free(j) && s.feats[j].Words > chromeWords && s.feats[j].Words <= 20 && !s.feats[j].SentenceEnd() {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// bracketed reports a line wholly in the brackets a converter sets
// around a link's or an image's text (`[العنوان]`, not `[أ] و [ب]`).
func bracketed(c string) bool {
	return len(c) >= 2 && c[0] == '[' && c[len(c)-1] == ']' && !strings.ContainsAny(c[1:len(c)-1], "[]")
}

// titleKey is the key of a line pageTitle compares: the line folded,
// without the brackets a converter sets around a link's or an image's
// text (pandoc's `[العنوان]`).
func titleKey(c string) string {
	if bracketed(c) {
		c = strings.TrimSpace(c[1 : len(c)-1])
	}
	return script.Fold(c, script.FullKey)
}

// maxDateAboveTitle is the most lines that may stand between a page's
// title and a date line above it for the date to be the article's.
const maxDateAboveTitle = 4

// markSiteDates makes page chrome of the date lines far above a page's
// title t, the menus between them: the site's date of the day in its
// header, not the article's.
func (s *state) markSiteDates(t int) {
	between := 0
	for i := t - 1; i >= 0; i-- {
		if s.feats[i].Blank() {
			continue
		}
		if s.lines[i].Rule == RuleDateLine && between > maxDateAboveTitle {
			s.set(i, rulePageChrome)
		}
		between++
	}
}
