package segment

import (
	"slices"
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// Lines among a marked list. Papers drop a bullet here and there: a name
// with no dash in a column of dashed names, the last rows of a list, the
// lines an item ran on to. A free short line with no mark, right after an
// item (no blank line between), reads as one more item of that list; so
// does one right before the list's first item when it has the shape all
// the items share. Two things stop it:
//   - a line before body text: the heading of what follows;
//   - a line that lacks what every item around it has (`اتحاد السباحة`
//     between rows of `name - post «votes»`), or opens as the document's
//     other headings do, or stands over items that all open with one
//     word the items before it do not: the heading of the next list.

var (
	ruleListContinued = &Rule{Name: RuleListContinued, Role: document.RoleListItem}
	ruleListBetween   = &Rule{Name: RuleListBetween, Role: document.RoleHeading}
)

// Rule names of the marked-list mechanisms.
const (
	RuleListContinued = "list-unmarked-item"
	RuleListBetween   = "heading-between-lists"
)

// gapWords is the longest an unmarked line among items may be, when the
// items themselves are shorter.
const gapWords = 12

// minGapWords is how long an unmarked line among items may be, however
// short the items.
const minGapWords = 6

// longItemWords is the longest an item may be for the line after it to
// be taken for one more: the line after a long item goes on with the
// text around the list.
const longItemWords = 24

// shape bits: what an item holds besides its words.
const (
	shapeDash    = 1 << iota // a dash inside: `أمين المدعي - رئيساً`
	shapeSlash               // `عبيد عليان/ أمينا عاما`
	shapeDigit               // `«87»`, `(14)`
	shapeBracket             // «…», (…)
	shapeColon               // `المدرب: …`
)

// itemShape returns the shape bits of a line, its list marker skipped.
func itemShape(f *Feature) int {
	c := f.Clean
	if f.List != 0 {
		if _, rest, ok := strings.Cut(c, " "); ok {
			c = rest
		}
	}
	sh := 0
	if strings.Contains(c, " - ") || strings.Contains(c, " – ") || strings.Contains(c, " ـ ") {
		sh |= shapeDash
	}
	if strings.Contains(c, "/") {
		sh |= shapeSlash
	}
	if script.HasDigit(c) {
		sh |= shapeDigit
	}
	if strings.ContainsAny(c, "«»()") {
		sh |= shapeBracket
	}
	if strings.Contains(c, ":") {
		sh |= shapeColon
	}
	return sh
}

// markedItem reports whether line i is an item with a mark.
func (s *state) markedItem(i int) bool {
	return i >= 0 && i < len(s.lines) && s.lines[i].Role == document.RoleListItem && s.feats[i].List != 0 &&
		(s.lines[i].Rule == RuleListBullet || s.lines[i].Rule == RuleListNumbered)
}

// listItem reports whether line i is an item, marked or not.
func (s *state) listItem(i int) bool {
	return i >= 0 && i < len(s.lines) && s.lines[i].Role == document.RoleListItem
}

// sharedShape returns the shape bits all the marked items of [from, to)
// share, and how many there are.
func (s *state) sharedShape(from, to int) (int, int) {
	sh, n := -1, 0
	for k := from; k < to; k++ {
		if s.markedItem(k) {
			sh &= itemShape(&s.feats[k])
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return sh, n
}

// itemRun returns the bounds [from, to) of the adjacent items around the
// item i, marked or not, with no blank line among them.
func (s *state) itemRun(i int) (int, int) {
	from, to := i, i+1
	for from > 0 && s.listItem(from-1) {
		from--
	}
	for to < len(s.lines) && s.listItem(to) {
		to++
	}
	return from, to
}

// headOpeners counts the first words of the document's labels and
// headings (`اتحاد` of `اتحاد الشطرنج:`, `اتحاد اليد:`), folded.
func (s *state) headOpeners() map[string]int {
	m := map[string]int{}
	for i := range s.lines {
		f := &s.feats[i]
		if f.Blank() || f.List != 0 || !(isLabel(f) || s.lines[i].Role == document.RoleHeading) {
			continue
		}
		w, _, _ := strings.Cut(f.Clean, " ")
		m[script.Fold(w, script.WordKey)]++
	}
	return m
}

// gapLine reports whether a free line may be an item that lost its mark:
// short, no label, no mark, not a section's body text.
func (s *state) gapLine(j, maxWords int) bool {
	f := &s.feats[j]
	if !s.free(j) || f.Blank() || f.List != 0 || f.Last == ':' || !f.IsArabic() || f.Last == '؟' || f.Last == '?' {
		return false
	}
	return f.Words <= min(gapWords, max(maxWords, minGapWords))
}

// markedLists gives the unmarked lines among a marked list their role.
func markedLists(s *state) {
	openers := s.headOpeners()
	headLike := func(j int) bool {
		w, _, _ := strings.Cut(s.feats[j].Clean, " ")
		return openers[script.Fold(w, script.WordKey)] >= 2
	}
	for i := 0; i < len(s.lines); i++ {
		if !s.markedItem(i) {
			continue
		}
		from, _ := s.itemRun(i)
		maxWords := 0
		for k := from; k <= i; k++ {
			maxWords = max(maxWords, s.feats[k].Words)
		}
		j := i + 1
		for j < len(s.lines) && s.gapLine(j, maxWords) {
			j++
		}
		if j == i+1 || isLabel(&s.feats[i]) || s.feats[i].Words > longItemWords || j-i > 2 && s.verse(i+1, j) {
			continue
		}
		gap := []int{}
		for k := i + 1; k < j; k++ {
			gap = append(gap, k)
		}
		if s.markedItem(j) && s.feats[j].List == s.feats[i].List {
			// between two items: items, but for a heading of the next list
			before, _ := s.sharedShape(from, i+1)
			_, end := s.markedRunAfter(j)
			after, nAfter := s.sharedShape(j, end)
			for _, k := range gap {
				sh := itemShape(&s.feats[k])
				lacks := before&after != 0 && sh&(before&after) == 0 && nAfter >= 2
				if k == j-1 && headingShape(&s.feats[k]) && (headLike(k) || lacks || s.newOpener(from, i+1, j, end)) {
					s.set(k, ruleListBetween)
				} else {
					s.set(k, ruleListContinued)
				}
			}
			i = j - 1
			continue
		}
		// after the last item: items, but for the heading over body text
		last := gap[len(gap)-1]
		if n := s.nextNonBlank(last); n >= 0 && n == last+1 && (s.free(n) || s.lines[n].Role == document.RoleParagraph) && s.feats[n].Bodyish() {
			gap = gap[:len(gap)-1]
		}
		for _, k := range gap {
			if headLike(k) || s.feats[k].SentenceEnd() && !s.sentenceItems(from, i+1) {
				break
			}
			s.set(k, ruleListContinued)
		}
		i = j - 1
	}
	// before the first item: a line with the shape every item has, or
	// the list's heading
	for i := range s.lines {
		if !s.markedItem(i) || s.listItem(i-1) {
			continue
		}
		_, end := s.markedRunAfter(i)
		p := i - 1
		if p < 0 || !s.gapLine(p, 0) || headingShape(&s.feats[p]) && itemShape(&s.feats[p]) == 0 {
			if end-i >= minRows {
				s.markedListHeading(i)
			}
			continue
		}
		sh, n := s.sharedShape(i, end)
		if n >= 2 && sh != 0 && itemShape(&s.feats[p])&sh == sh {
			s.set(p, ruleListContinued)
		} else if n >= minRows {
			s.markedListHeading(i)
		}
	}
}

// markedRunAfter returns the bounds of the adjacent marked items from i
// on that share its mark.
func (s *state) markedRunAfter(i int) (int, int) {
	j := i
	for j < len(s.lines) && s.markedItem(j) && s.feats[j].List == s.feats[i].List {
		j++
	}
	return i, j
}

// sentenceItems reports whether most marked items of [from, to) end as
// sentences do: then an unmarked sentence after them may be one more.
func (s *state) sentenceItems(from, to int) bool {
	n, end := 0, 0
	for k := from; k < to; k++ {
		if s.markedItem(k) {
			n++
			if s.feats[k].SentenceEnd() {
				end++
			}
		}
	}
	return 2*end > n
}

// markedListHeading makes the short free line over the marked list
// starting at i its heading: a line of a heading's shape standing apart
// from the text before it (after a blank line, a sentence, a short line,
// or at the top of the body).
func (s *state) markedListHeading(i int) {
	p := s.prevNonBlank(i)
	if p < 0 || !s.free(p) || p == s.titleAt && !s.ctx.HasTitle || !headingShape(&s.feats[p]) {
		return
	}
	q := s.prevNonBlank(p)
	if q < 0 || q < p-1 || s.feats[q].SentenceEnd() || s.free(q) && !s.feats[q].Bodyish() ||
		s.lines[q].Role != "" && s.lines[q].Role != document.RoleParagraph {
		s.set(p, ruleListHeading)
	}
}

// Rows under labels: `حواجز الدعم:` and right under it one to three
// short lines, then a blank line, and the same again under other labels
// (a market report's indicators, a match's goals and cards). Two or
// more such sections make their lines rows of a list; the labels stay
// headings. A label followed by a blank line, or by a long line, heads
// a section of text instead.

var ruleLabelRows = &Rule{Name: RuleLabelRows, Role: document.RoleListItem}

// RuleLabelRows is the rule of the rows under labels.
const RuleLabelRows = "rows-under-label"

// Label-row thresholds: a section of at most maxLabelRows lines of at
// most labelRowWords words each (a key-value row may be longer);
// minLabelSections sections.
const (
	maxLabelRows     = 3
	labelRowWords    = 12
	minLabelSections = 2
)

// labelSection returns the lines right under the label at i, up to a
// blank line, another label or a line decided otherwise than as an
// item; nil when they
// are not rows (too many, too long, none).
func (s *state) labelSection(i int) []int {
	var rows []int
	for j := i + 1; j < len(s.lines); j++ {
		f := &s.feats[j]
		if f.Blank() || isLabel(f) || !s.free(j) && !s.listItem(j) {
			break
		}
		if f.Words > labelRowWords && !isKeyValue(f) || f.Last == '؟' || f.Last == '?' || len(rows) == maxLabelRows {
			return nil
		}
		rows = append(rows, j)
	}
	if len(rows) == 0 {
		return nil
	}
	if e := rows[len(rows)-1] + 1; e < len(s.lines) && !s.feats[e].Blank() && !isLabel(&s.feats[e]) {
		return nil // the section runs on into text
	}
	return rows
}

// labelRows decides the rows under labels.
func labelRows(s *state) {
	var sections [][]int
	seen := map[string]bool{}
	for i := s.firstBody; i < len(s.lines); i++ {
		f := &s.feats[i]
		if !isLabel(f) || !f.IsArabic() || !namesWhatFollows(strings.TrimLeft(f.Clean, "-–*• ")) {
			continue
		}
		key := script.Fold(f.Clean, script.NameKey)
		if seen[key] {
			return // a label that repeats is a speaker taking turns
		}
		seen[key] = true
		if rows := s.labelSection(i); rows != nil {
			sections = append(sections, rows)
		}
	}
	if len(sections) < minLabelSections {
		return
	}
	for _, rows := range sections {
		for _, k := range rows {
			if s.free(k) {
				s.set(k, ruleLabelRows)
			}
		}
	}
}

// Numbered headings: a document that numbers its sections sets `1. كيف
// يمكن تغذية الأمل؟` over a section, and `1.الأمل كقوة نفسية:` under it
// numbering again. A numbered line whose number goes on from neither the
// numbered line right before it nor the one right after it is no item of
// a list: short, it heads what follows.

var ruleNumberedHeading = &Rule{Name: RuleNumberedHeading, Role: document.RoleHeading}

// RuleNumberedHeading is the rule of the numbered headings.
const RuleNumberedHeading = "numbered-heading"

// numberedHeadingWords is the longest a numbered heading may be.
const numberedHeadingWords = 12

// itemNumber returns the number a numbered line opens with (`3.`, `(3)`,
// `٣-`), false when it opens with none.
func itemNumber(c string) (int, bool) {
	c = strings.TrimLeft(c, "( ")
	n, digits := 0, 0
	for _, r := range c {
		d, ok := script.DigitValue(r)
		if !ok || digits == 3 {
			break
		}
		n = n*10 + d
		digits++
	}
	return n, digits > 0
}

// numberedHeadings decides the numbered lines whose numbers run on from
// neither neighbour.
func numberedHeadings(s *state) {
	number := func(i int) (int, bool) {
		if i < 0 || s.lines[i].Rule != RuleListNumbered {
			return 0, false
		}
		return itemNumber(s.feats[i].Clean)
	}
	for i := range s.lines {
		n, ok := number(i)
		f := &s.feats[i]
		if !ok || f.Words > numberedHeadingWords || !f.IsArabic() || f.Last == '،' || f.Last == ',' {
			continue
		}
		p, q := s.prevNonBlank(i), s.nextNonBlank(i)
		if pn, ok := number(p); ok && pn == n-1 {
			continue
		}
		if qn, ok := number(q); ok && qn == n+1 || q < 0 {
			continue
		}
		if s.listItem(q) && s.feats[q].List != '1' {
			continue // a numbered line over its dashed items is their heading, left to the others
		}
		s.set(i, ruleNumberedHeading)
	}
}

// itemOpener is the first word of an item, its mark skipped, folded.
func itemOpener(f *Feature) string {
	w := strings.Fields(f.Clean)
	if f.List != 0 && len(w) > 1 {
		w = w[1:]
	}
	if len(w) == 0 {
		return ""
	}
	return script.Fold(w[0], script.WordKey)
}

// newOpener reports whether the marked items of [from2, to2) all open
// with one word (ـ الشيخ …, ـ الشيخ …), two of them or more,
// that most marked items of [from1, to1) do not open with: a new list
// begins.
func (s *state) newOpener(from1, to1, from2, to2 int) bool {
	w, n := "", 0
	for k := from2; k < to2; k++ {
		if !s.markedItem(k) {
			continue
		}
		o := itemOpener(&s.feats[k])
		if n > 0 && o != w || o == "" {
			return false
		}
		w = o
		n++
	}
	if n < 2 {
		return false
	}
	same, all := 0, 0
	for k := from1; k < to1; k++ {
		if s.markedItem(k) {
			all++
			if itemOpener(&s.feats[k]) == w {
				same++
			}
		}
	}
	return 2*same < all
}

// Speech set off by a dash: `قال:` and on the next line `ـ وعيت مقولة
// …`. A dashed line alone (no dashed line right before or after it),
// long enough to be body text, under a line that leads into speech, is
// what was said: a paragraph.

var ruleDashSpeech = &Rule{Name: RuleDashSpeech, Role: document.RoleParagraph}

// RuleDashSpeech is the rule of the speech set off by a dash.
const RuleDashSpeech = "dash-speech"

// dashSpeech decides the lone dashed lines under a lead-in.
func dashSpeech(s *state) {
	for i := range s.lines {
		f := &s.feats[i]
		if !s.markedItem(i) || f.List != '-' || !f.Bodyish() {
			continue
		}
		p, n := s.prevNonBlank(i), s.nextNonBlank(i)
		if p < 0 || s.listItem(p) || s.listItem(n) {
			continue
		}
		if pf := &s.feats[p]; pf.Last == ':' && pf.IsArabic() && leadsIntoSpeech(pf) {
			s.set(i, ruleDashSpeech)
		}
	}
}

// leadsIntoSpeech reports a line leading into what someone says: a verb
// of saying in it (`… قال:`), or, longer than a label, opening with a
// conjunction (`ويضيف، بعد ان يلتفت الى عوده:`).
func leadsIntoSpeech(f *Feature) bool {
	words := strings.Fields(strings.TrimRight(f.Clean, ": "))
	for _, w := range words {
		if slices.Contains(sayingVerbs, script.Fold(w, script.WordKey)) {
			return true
		}
	}
	return len(words) > 3 && script.HasAnyPrefix(words[0], conjunctions)
}
