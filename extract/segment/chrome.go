package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Page chrome: a dump of a whole web page holds the article between runs
// of menus, share buttons, tags and links to other stories. The article's
// body text reads as text: long lines full of function words. Chrome does
// not: short lines, lists of section names. The pass finds the body (the
// first and the last line that reads as text) and, on a side of it where
// the lines are many and mostly very short, makes the free lines chrome;
// the article's head on the top side keeps its title. A body-only dump
// has a title and a byline before its text and an attribution after it:
// too few lines to be a side of chrome.

// Chrome thresholds: a side is chrome when it holds at least minChrome
// free lines, at least 2 in 5 of them of at most chromeWords words.
const (
	minChrome   = 8
	chromeWords = 3
)

// functionWords are lexicon.FunctionWords, folded.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range script.FoldAll(lexicon.FunctionWords) {
		m[w] = true
	}
	return m
}()

// readsAsText reports a line of body text: long, and a sentence or full
// of function words.
func readsAsText(f *Feature) bool {
	if f.Words < 10 || !f.IsArabic() && !f.IsLatin() {
		return false
	}
	if (f.Last == '?' || f.Last == '؟') && f.Words < questionWords {
		return false // a question: a heading, a teaser's title
	}
	if f.SentenceEnd() || f.IsLatin() && f.Words >= 15 {
		return true
	}
	fn := 0
	for _, w := range strings.Fields(script.Fold(f.Clean, script.FullKey)) {
		if functionWords[w] {
			fn++
		}
	}
	return fn*6 >= f.Words
}

// questionWords is the fewest words of a question that reads as text.
const questionWords = 20

var (
	rulePageChrome = &Rule{Name: RulePageChrome, Role: document.RoleResidue, Residue: document.ResidueNavigation}
	rulePageTitle  = &Rule{Name: RulePageTitle, Role: document.RoleTitle}
)

// verseSide reports a side of a page whose short lines mostly end as a
// verse or a sentence does (`أدهشت وأذهلت ..`, `خاب من أراد فتنة.`): a
// poem, a speech, not a menu; and that holds no chrome a local rule knew.
func (s *state) verseSide(from, to int) bool {
	n, ended := 0, 0
	for i := from; i < to; i++ {
		if s.knownChrome(i) {
			return false
		}
		if !s.chromeCandidate(i) {
			continue
		}
		n++
		if f := &s.feats[i]; f.FinalPunct() && f.IsArabic() {
			ended++
		}
	}
	return n > 0 && 2*ended >= n
}

// knownChromeIn counts the lines of [from, to) a local rule found chrome.
func (s *state) knownChromeIn(from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if s.knownChrome(i) {
			n++
		}
	}
	return n
}

// minChromeBetween is the fewest lines of known chrome between the text
// that opens a page's body and longer text under it for the latter to be
// the site's.
const minChromeBetween = 3

// chromePenalty is what a line that does not read as text costs the body
// around it: a teaser standing among menus is not the body.
const chromePenalty = 4

// pageChrome marks the page chrome around the body of a full-page dump.
func pageChrome(s *state) {
	latin := s.latinPage()
	first, last := s.body(latin)
	if first < 0 {
		return
	}
	top := s.chromeSide(0, first) && s.outweighs(first, last, 0, first) && !s.verseSide(0, first)
	if top {
		if m := s.articleEnd(first, last, latin); m >= 0 {
			s.markTail(m)
			last = m - 1
		}
	}
	// under a body with no chrome over it, short lines alone (a poem, a
	// speech's verses) are no page's: chrome a local rule knew must be
	// among them
	bottom := s.chromeSide(last+1, len(s.lines)) && (top || !s.verseSide(last+1, len(s.lines))) ||
		top && (s.quietSide(last+1, len(s.lines)) || s.pageFooter(last+1, len(s.lines)))
	if top {
		t := -1
		if !s.ctx.HasTitle {
			if t = s.starredTitleAt(); t >= 0 {
				// the converter marked it
			} else if t = s.pageTitle(first, last); t >= 0 {
				s.set(t, rulePageTitle)
			}
		}
		if t >= 0 {
			s.markSiteDates(t)
		}
		if t >= 0 && s.indentedPage() {
			// the flush-left lines under the title are the article's
			// (its byline, its subtitle) but the title set again, the
			// others the page's
			s.markChrome(0, t)
			for i := t + 1; i < first; i++ {
				if s.chromeCandidate(i) && (indented(s.lines[i].Text) || s.sameText(i, t)) && !(s.leadProse(i) && indentOf(s.lines[i].Text) == indentOf(s.lines[first].Text)) {
					s.set(i, rulePageChrome)
				}
			}
		} else if t >= 0 {
			s.markChrome(0, t)
			for i := t + 1; i < first; i++ {
				if s.chromeCandidate(i) && !s.leadProse(i) {
					s.set(i, rulePageChrome)
				}
			}
		} else {
			s.markChrome(0, first)
		}
	}
	if bottom {
		s.pageSignoff(last)
		s.markChrome(last+1, len(s.lines))
		s.markOtherDates(last+1, len(s.lines))
	}
}

// outweighs reports whether the body [first, last] holds more than twice
// the text of the side [from, to): a side that reads as much as the body
// does is not a page's chrome but the body found in the wrong place (an
// article of short rows, a list, between its paragraphs), and is left as
// it is.
func (s *state) outweighs(first, last, from, to int) bool {
	return s.textWords(first, last+1) > 2*s.textWords(from, to)
}

// textWords counts the words of the lines of [from, to) that read as
// text, no local rule took for chrome, and the page does not set twice
// in a row.
func (s *state) textWords(from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if f := &s.feats[i]; readsAsText(f) && !s.knownChrome(i) && !s.repeated(i) {
			n += f.Words
		}
	}
	return n
}

// markOtherDates makes the date lines of [from, to), a side of page
// chrome after the body, page chrome: the dates of the other articles the
// page lists, not the article's.
func (s *state) markOtherDates(from, to int) {
	for i := from; i < to; i++ {
		switch s.lines[i].Rule {
		case RuleDateLine, RuleSPADateline:
			s.set(i, rulePageChrome)
		}
	}
}

// body returns the first and last line of the body: the run of lines
// whose text words outweigh most the lines between them that do not read
// as text (the largest-sum run, each text line counting its words, each
// other line of text -chromePenalty). Only text in the page's script
// (latin says which) counts, and no ticker's line (clockLed): an English
// notice in an Arabic page, the day's news by the hour, are the page's.
// The body does not open with a line of a title's length the page sets
// twice (titlesTwice): the title over a breadcrumb and over the text,
// nor with the start of its first paragraph set over it as a teaser.
// -1, -1 when no line reads as text.
func (s *state) body(latin bool) (first, last int) {
	type run struct{ best, first, last int }
	var runs []run
	best, sum, start := 0, 0, 0
	first, last = -1, -1
	rep := s.pageRepeats()
	for i := range s.lines {
		if !s.chromeCandidate(i) && !(s.free(i) && !s.feats[i].Blank()) && !s.knownChrome(i) {
			continue
		}
		f := &s.feats[i]
		if pageText(f, latin) && !s.knownChrome(i) && !rep[i] || s.lines[i].Rule == RuleQuotedSaying { // a list item that reads as text counts too, and a saying
			sum += f.Words
		} else {
			sum -= chromePenalty
		}
		if sum <= 0 {
			sum, start = 0, i+1
			continue
		}
		if len(runs) == 0 || runs[len(runs)-1].first != start {
			runs = append(runs, run{first: start})
		}
		if r := &runs[len(runs)-1]; sum > r.best {
			r.best, r.last = sum, i
		}
		if sum > best {
			best, first, last = sum, start, i
		}
	}
	// text as long as half the longest before it opens the body: a page's
	// chrome stands over its article, and what it sets under the article
	// (comment rules, a policy) may be longer than the article; the body
	// ends with that text when chrome a local rule knew (share buttons,
	// a form's controls) parts it from what follows
	for _, r := range runs {
		if r.first < first && 2*r.best >= best {
			if s.knownChromeIn(r.last+1, first) >= minChromeBetween {
				last = r.last
			}
			first = r.first
			break
		}
	}
	var twice []bool // computed when a line of a title's length would open the body
	for first >= 0 && first <= last {
		if f := &s.feats[first]; s.free(first) && pageText(f, latin) {
			if s.teaserOfNext(first, last, latin) {
				first++
				continue
			}
			if f.Words > maxPageTitle {
				break
			}
			if twice == nil {
				twice = s.titlesTwice()
			}
			if !twice[first] {
				break
			}
		}
		first++
	}
	if first >= 0 && first <= last {
		first = s.wrappedHead(first, rep)
	}
	return first, last
}

// breadcrumbSeparators part a breadcrumb's steps.
const breadcrumbSeparators = "/»›|>"

// pageRepeats marks the lines not ending a sentence whose text the page
// holds twice or more, whole or as the end of a breadcrumb
// (`Home»National»العنوان`): the article's title over the page and over
// its body, a teaser listed twice. Body text is not repeated.
func (s *state) pageRepeats() []bool {
	keys := make([]string, len(s.lines))
	count := map[string]int{}
	for i := range s.lines {
		f := &s.feats[i]
		if f.Blank() || s.lines[i].Role == document.RoleMarkup {
			continue
		}
		keys[i] = script.Fold(f.Clean, script.FullKey)
		count[keys[i]]++
	}
	rep := make([]bool, len(s.lines))
	for i, k := range keys {
		if k == "" || s.feats[i].SentenceEnd() {
			continue // a sentence repeated is still text (a quote, a dump twice over)
		}
		if count[k] > 1 {
			rep[i] = true
			continue
		}
		if j := strings.LastIndexAny(k, breadcrumbSeparators); j >= 0 {
			_, n := utf8.DecodeRuneInString(k[j:])
			if t := strings.TrimSpace(k[j+n:]); t != "" && count[t] > 0 {
				rep[i] = true
			}
		}
	}
	return rep
}

// chromeCandidate reports a line that may be chrome: free and not blank,
// or a list item (menus are lists).
func (s *state) chromeCandidate(i int) bool {
	if s.feats[i].Blank() {
		return false
	}
	return s.free(i) || s.lines[i].Role == document.RoleListItem
}

// quietSide reports a side of a page, under a top side of chrome, where
// no line reads as text and some local rule found chrome: a short footer
// (the site's name, a menu on a few lines, its copyright) under the body.
func (s *state) quietSide(from, to int) bool {
	n, known := 0, 0
	for i := from; i < to; i++ {
		switch {
		case s.knownChrome(i):
			known++
		case s.chromeCandidate(i):
			if readsAsText(&s.feats[i]) {
				return false
			}
			n++
		}
	}
	return known > 0 && n+known >= minQuiet
}

// pageFooter reports a side under the body of a page (its top side is
// chrome) that holds at least minChrome lines, a quarter of them very
// short or chrome a local rule knew: less than a side of chrome needs,
// for a page that has shown its chrome already.
func (s *state) pageFooter(from, to int) bool {
	n, short := s.sideCounts(from, to)
	return n >= minChrome && 4*short >= n
}

// minQuiet is the fewest lines a quiet side holds.
const minQuiet = 3

// knownChrome reports a line a local rule made residue: a button, a
// share line, a separator.
func (s *state) knownChrome(i int) bool {
	return s.lines[i].Role == document.RoleResidue && !s.feats[i].Blank()
}

// chromeSide reports whether the free lines of [from, to) are chrome.
func (s *state) chromeSide(from, to int) bool {
	n, short := s.sideCounts(from, to)
	return n >= minChrome && 5*short >= 2*n
}

// sideCounts counts the lines of [from, to) that may be chrome, and those
// of them that are very short or chrome a local rule knew.
func (s *state) sideCounts(from, to int) (n, short int) {
	for i := from; i < to; i++ {
		if s.knownChrome(i) {
			n++
			short++
			continue
		}
		if !s.chromeCandidate(i) {
			continue
		}
		n++
		if s.feats[i].Words <= chromeWords || s.repeated(i) {
			short++ // a teaser's title set twice (its image's, its link's) reads as chrome
		}
	}
	return n, short
}

// articleEnd returns where the article ends in the body [first, last] of a
// full-page dump: the first line that closes an article on a web page
// (its tags, a share button, other articles) once most of the body's text
// stands before it (the text set as the article's is, see
// articleWords); -1 when none does. What follows such a line on a page
// is the site's: teasers, comments, footer.
func (s *state) articleEnd(first, last int, latin bool) int {
	v := s.voiceOf(first, last, latin)
	total := 0
	for i := first; i <= last; i++ {
		total += s.articleWords(i, v)
	}
	before := 0
	for i := first; i <= last; i++ {
		before += s.articleWords(i, v)
		switch s.lines[i].Rule {
		case RuleReadAlso, RuleTags, RuleNavWord, RuleFormControl, RuleShareBar:
			if total > 0 && 3*before >= 2*total {
				return i
			}
		}
	}
	return -1
}

// markTail makes every line from m on the page's tail (rulePageTail)
// but the article's attribution and what is already residue.
func (s *state) markTail(m int) {
	for i := m; i < len(s.lines); i++ {
		switch s.lines[i].Role {
		case document.RoleBlank, document.RoleResidue, document.RoleAttribution, document.RoleMarkup:
			continue
		}
		s.set(i, rulePageTail)
	}
}

// markChrome makes the chrome candidates of [from, to) page chrome.
func (s *state) markChrome(from, to int) {
	for i := from; i < to; i++ {
		if s.chromeCandidate(i) {
			s.set(i, rulePageChrome)
		}
	}
}

// indented reports a line that opens with white space.
func indented(text string) bool {
	return text != "" && (text[0] == ' ' || text[0] == '\t')
}

// indentedPage reports a page whose text stands indented, as a text
// browser lays it out (lynx, w3m): three in five of its lines or more.
// There the lines set flush left are the page's headings, its title first.
func (s *state) indentedPage() bool {
	n, in := 0, 0
	for i := range s.lines {
		if s.feats[i].Blank() || s.lines[i].Role == document.RoleMarkup {
			continue
		}
		n++
		if indented(s.lines[i].Text) {
			in++
		}
	}
	return n > 0 && 5*in >= 3*n
}

// minLeadWords is the fewest words of a lead paragraph standing between a
// page's title and its body.
const minLeadWords = 15

// leadProse reports a line under a page's title, above what was found its
// body, that reads as the article's prose: a sentence of some length,
// with its commas or its full stop, the first of its unit (the lead set
// above a photo, the body found under it). A menu or a teaser's title is
// no such sentence; on a text browser's page a teaser stands indented
// otherwise than the body (the caller's test).
func (s *state) leadProse(i int) bool {
	f := &s.feats[i]
	return !s.lines[i].Continues && f.Words >= minLeadWords && f.Bodyish() && f.IsArabic() && s.lines[i].Role == "" &&
		(f.SentenceEnd() || strings.Contains(f.Clean, "،"))
}

// repeated reports a line of a few words the page sets twice in a row
// (setTwiceInARow): a teaser's title, as its image's alt and its link. A
// line repeated farther off may be a poem's refrain, a sentence repeated
// is still text.
func (s *state) repeated(i int) bool {
	f := &s.feats[i]
	return f.Words >= minRepeatedWords && (f.Arabic > 0 || f.Latin > 0) && !f.SentenceEnd() && s.setTwiceInARow(i)
}

// minRepeatedWords is the fewest words of a line set twice that reads as
// a teaser's title (not a spacer the page repeats, not a one-word label).
const minRepeatedWords = 3

// minTeaserPairs is the fewest lines set twice in a row above a page's
// body for them to be a list of teasers rather than its title set twice.
const minTeaserPairs = 3

// setTwiceInARow reports a line whose text the next or the previous
// non-blank line repeats: a teaser set as its image's alt and its link.
func (s *state) setTwiceInARow(i int) bool {
	for _, j := range [2]int{s.prevNonBlank(i), s.nextNonBlank(i)} {
		if j >= 0 && s.feats[j].Clean == s.feats[i].Clean {
			return true
		}
	}
	return false
}
