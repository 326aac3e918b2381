package segment

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/lexicon"
)

// Lists whose items carry no mark. Two kinds read as lists from the lines
// around them rather than from a bullet:
//   - rows of `key: value` (`الملعب: الاولمبي في كييف`, `1960: فرنسا -
//     إسبانيا 2-1`, `السعر : 250 دينارا`), two or more in a row;
//   - a run of three or more lines, none a sentence, right under a
//     heading or a line ending with a colon.
// The line over either, when it is short and free, is their heading.

// Unmarked-list thresholds: a run of minRows key-value rows, or of minRun
// unmarked lines of at most runWords words each.
const (
	minRows  = 2
	minRun   = 3
	runWords = 20
	keyWords = 4
)

var (
	ruleKeyValue    = &Rule{Name: RuleKeyValue, Role: document.RoleListItem}
	ruleUnmarked    = &Rule{Name: RuleUnmarkedList, Role: document.RoleListItem}
	ruleListHeading = &Rule{Name: RuleListHeading, Role: document.RoleHeading}
	ruleDefinition  = &Rule{Name: RuleDefinition, Role: document.RoleListItem}
)

// isKeyValue reports a `key: value` row: a key of at most keyWords words
// before the first colon, not a verb of saying (`وقال: …` is speech), with
// a short value after it (or several colons, as in a results row).
func isKeyValue(f *Feature) bool {
	return remember(&f.memo.keyValue, func() bool { return keyValue(f) })
}

// keyValue is isKeyValue, computed.
func keyValue(f *Feature) bool {
	if f.Words > 40 {
		return false
	}
	i := strings.IndexAny(f.Clean, ":：")
	if i <= 0 {
		return false
	}
	key, value := strings.TrimSpace(f.Clean[:i]), strings.TrimSpace(f.Clean[i+1:])
	if key == "" || value == "" || strings.Count(key, " ") >= keyWords || strings.ContainsAny(key, ".،؟!?") {
		return false
	}
	if script.HasAnyPrefix(script.Fold(key, script.NameKey), sayingVerbs) || saysAnywhere(key) {
		return false
	}
	return strings.Count(value, " ") < 15 || strings.Count(f.Clean, ":") >= 3
}

// sayingVerbs open speech reported after a colon, folded.
var sayingVerbs = script.FoldAll(lexicon.SayingVerbs)

// sayingWords are lexicon.SayingWords, folded.
var sayingWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range script.FoldAll(lexicon.SayingWords) {
		m[w] = true
	}
	return m
}()

// saysAnywhere reports the words before a colon holding a verb of saying,
// bare or after و or ف: speech (`فعادت تقول`), not a row's key.
func saysAnywhere(key string) bool {
	for _, w := range strings.Fields(script.Fold(key, script.NameKey)) {
		if sayingWords[w] || len(w) > 2 && (w[:2] == "و" || w[:2] == "ف") && sayingWords[w[2:]] {
			return true
		}
	}
	return false
}

// isLabel reports a short line announcing what follows: it ends with a
// colon (`محتويات المعرض:`, `- الأهداف:`).
func isLabel(f *Feature) bool { return f.Last == ':' && f.Words <= 8 }

// adjacentRun returns the end (exclusive) of the run of adjacent free,
// non-blank lines from i on that pass ok.
func (s *state) adjacentRun(i int, ok func(*Feature) bool) int {
	j := i
	for j < len(s.lines) && s.free(j) && !s.feats[j].Blank() && ok(&s.feats[j]) {
		j++
	}
	return j
}

// unmarkedLists decides key-value rows, runs of unmarked items, and the
// headings over them.
func unmarkedLists(s *state) {
	for i := s.firstBody; i < len(s.lines); i++ {
		if !s.free(i) || s.feats[i].Blank() {
			continue
		}
		// key-value rows
		if isKeyValue(&s.feats[i]) && !isLabel(&s.feats[i]) {
			j := s.adjacentRun(i, func(f *Feature) bool { return isKeyValue(f) && !isLabel(f) })
			if !s.distinctKeys(i, j) && !s.figures(i, j) { // speakers taking turns
				i = j - 1
				continue
			}
			if s.deck(i, j) {
				i = j - 1 // the quotes under the headline, left to the context rules
				continue
			}
			if j-i >= minRows {
				from := s.tableStart(i, j)
				s.listHeading(from)
				for k := from; k < j; k++ {
					s.set(k, ruleKeyValue)
				}
				i = j - 1
				continue
			}
		}
		// terms and what they are: `الزيزفون: شجرة غنية …`, `الفئة الأولى: موظف …`
		if j, ok := s.definitionRun(i); !ok && !s.figures(i, j) {
			i = j - 1
			continue
		} else if j-i >= minRun {
			from := s.tableStart(i, j)
			s.listHeading(from)
			for k := from; k < j; k++ {
				s.set(k, ruleDefinition)
			}
			i = j - 1
			continue
		}
		// a run under a heading or a label
		if p := s.prevNonBlank(i); p >= 0 && s.heads(p) {
			long := s.paragraphWords() / 2
			j := s.adjacentRun(i, func(f *Feature) bool {
				return f.Words <= runWords && !f.SentenceEnd() && f.List == 0 && !isLabel(f) &&
					(!f.Bodyish() || f.Words <= long && f.Last != '،' && f.Last != ',' && definitionTerm(f) == "" && !isKeyValue(f))
			})
			if j-i >= minRun && !s.verse(i, j) && s.evenRun(i, j) {
				s.listHeading(i)
				for k := i; k < j; k++ {
					s.set(k, ruleUnmarked)
				}
				i = j - 1
			}
		}
	}
}

// termWords is the longest a term of a definition list may be.
const termWords = 3

// definitionTerm returns the term line f opens with before a colon, ""
// when it opens with none: at most termWords words, naming rather than
// saying (namesWhatFollows), with text after the colon.
func definitionTerm(f *Feature) string {
	term, def, ok := strings.Cut(f.Clean, ":")
	term = strings.TrimSpace(term)
	if !ok || term == "" || strings.Count(term, " ") >= termWords || len(strings.Fields(def)) < 2 || f.List != 0 {
		return ""
	}
	if !namesWhatFollows(term + ":") {
		return ""
	}
	return script.Fold(term, script.NameKey)
}

// definitionRun returns the end (exclusive) of the run of adjacent free
// lines from i on that each open with a term: a list of terms and what
// they are, when ok. Terms that repeat (`السيد الرئيس:` in a transcript)
// make speech, not a list: then ok is false.
func (s *state) definitionRun(i int) (int, bool) {
	j := s.adjacentRun(i, func(f *Feature) bool { return definitionTerm(f) != "" })
	return j, s.distinctKeys(i, j)
}

// figures reports whether most lines of [i, j) hold a figure: rows of a
// table (`الأقاليم: ورززات 503، ميدلت 52`), whose keys repeat row after
// row, not speakers taking turns.
func (s *state) figures(i, j int) bool {
	n := 0
	for k := i; k < j; k++ {
		if script.HasDigit(s.feats[k].Clean) {
			n++
		}
	}
	return 2*n > j-i
}

// distinctKeys reports whether no two lines of [i, j) open with the same
// words before their colon.
func (s *state) distinctKeys(i, j int) bool {
	seen := map[string]bool{}
	for k := i; k < j; k++ {
		key, _, _ := strings.Cut(s.feats[k].Clean, ":")
		key = script.Fold(key, script.NameKey)
		if seen[key] {
			return false
		}
		seen[key] = true
	}
	return true
}

// heads reports whether line p can stand over a list: a label, a heading
// decided already, or a short free line that is not a sentence.
func (s *state) heads(p int) bool {
	f := &s.feats[p]
	switch {
	case isLabel(f):
		return true
	case s.lines[p].Role == document.RoleHeading:
		return true
	case s.free(p):
		// a short line standing apart: after a blank line or a sentence
		q := p - 1
		apart := q < 0 || s.feats[q].Blank() || s.feats[q].SentenceEnd()
		return apart && f.Words <= 8 && !f.FinalPunct() && f.List == 0
	}
	return false
}

// listHeading makes the free short line over a list, i, its heading.
func (s *state) listHeading(i int) {
	p := s.prevNonBlank(i)
	if p < 0 || !s.free(p) || p == s.titleAt && !s.ctx.HasTitle {
		return
	}
	if f := &s.feats[p]; isLabel(f) || f.Words <= 8 && !f.FinalPunct() || isListQuestion(f) {
		s.set(p, ruleListHeading)
	}
}

// evenRun reports whether the lines of [i, j) are of a list's even
// lengths: none over unevenItems times the run's median length in words.
// A salutation, a signature and a sentence of a letter set line by line
// (`صديقي العزيز`, `محمد عبده`, a line of seventeen words) are not items.
func (s *state) evenRun(i, j int) bool {
	words := make([]int, 0, j-i)
	for k := i; k < j; k++ {
		if !s.feats[k].Blank() {
			words = append(words, s.feats[k].Words)
		}
	}
	if len(words) == 0 {
		return true
	}
	slices.Sort(words)
	return words[len(words)-1] <= unevenItems*words[(len(words)-1)/2]
}

// unevenItems is how many times its median length in words the longest
// item of an unmarked list may be.
const unevenItems = 4

// verse reports whether the run [i, j) of short lines reads as verse
// rather than a list: its lines end on a vowel mark (`دورْ`, `رياحِ`),
// or one line in four or more ends on a function word or a question
// mark set apart, a sentence running on to the next line (`… في الخريف
// وفي`), or every other line ends on one rhyme.
func (s *state) verse(i, j int) bool {
	n, marked, runOn := j-i, 0, 0
	for k := i; k < j; k++ {
		c := s.feats[k].Clean
		r, _ := utf8.DecodeLastRuneInString(c)
		if isHaraka(r) {
			marked++
		}
		words := strings.Fields(c)
		if last := words[len(words)-1]; functionWords[script.Fold(last, script.WordKey)] || last == "؟" || last == "?" || strings.HasSuffix(c, "،") {
			runOn++
		}
	}
	return 3*marked >= n || 4*runOn >= n || s.rhymes(i, j)
}

// inVerse reports whether line i is one of a run of three or more
// adjacent short lines that reads as verse.
func (s *state) inVerse(i int) bool {
	short := func(k int) bool {
		f := &s.feats[k]
		return !f.Blank() && f.Words <= runWords && f.List == 0 && s.lines[k].Role != document.RoleMarkup
	}
	if i >= s.verseRun[0] && i < s.verseRun[1] {
		return s.verseOK // a line of the run last read
	}
	from, to := i, i+1
	for from > 0 && short(from-1) {
		from--
	}
	for to < len(s.lines) && short(to) {
		to++
	}
	ok := to-from >= minRun && s.verse(from, to)
	if short(i) {
		// every line of the run has this run: it is read once, not once
		// a line (a file of n short lines would cost n²)
		s.verseRun, s.verseOK = [2]int{from, to}, ok
	}
	return ok
}

// rhymes reports whether every other line of [i, j), four lines or more,
// ends on the same letter, and not on one that ends most nouns (ة, ه, ا, ي).
func (s *state) rhymes(i, j int) bool {
	if j-i < 4 {
		return false
	}
	for start := i; start < i+2; start++ {
		var rhyme rune
		ok := true
		for k := start; k < j && ok; k += 2 {
			r := lastLetter(s.feats[k].Clean)
			switch {
			case r == 0 || strings.ContainsRune("ةهاي", r):
				ok = false
			case rhyme == 0:
				rhyme = r
			case r != rhyme:
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// lastLetter returns the last Arabic letter of c, marks skipped; 0 when
// c ends otherwise.
func lastLetter(c string) rune {
	for c != "" {
		r, size := utf8.DecodeLastRuneInString(c)
		c = c[:len(c)-size]
		if isHaraka(r) {
			continue
		}
		if r >= 0x621 && r <= 0x64A {
			return r
		}
		return 0
	}
	return 0
}

// isHaraka reports an Arabic vowel mark, shadda or sukun.
func isHaraka(r rune) bool { return r >= 0x64B && r <= 0x652 }

// paragraphWords returns the median length, in words, of the document's
// lines that read as body text: what "short" is measured against. 0 when
// none does.
func (s *state) paragraphWords() int {
	if s.paraWords >= 0 {
		return s.paraWords
	}
	var ws []int
	for i := range s.lines {
		if f := &s.feats[i]; s.lines[i].Role != document.RoleMarkup && f.Bodyish() && f.SentenceEnd() {
			ws = append(ws, f.Words)
		}
	}
	s.paraWords = 0
	if len(ws) > 0 {
		slices.Sort(ws)
		s.paraWords = ws[len(ws)/2]
	}
	return s.paraWords
}

// quoteWords is the shortest a quote under a headline is.
const quoteWords = 5

// deck reports whether the rows [i, j) are the quotes a paper sets
// under its headline (`د حسن رشيد: المبدع المحلي أصابنا بالإحباط`):
// under the title, before the body, with no figure in them, each saying
// something (quoteWords words or more after the colon).
func (s *state) deck(i, j int) bool {
	if !s.beforeBody(i) || i <= s.titleAt || s.figures(i, j) {
		return false
	}
	for k := i; k < j; k++ {
		if _, v, _ := strings.Cut(s.feats[k].Clean, ":"); len(strings.Fields(v)) < quoteWords {
			return false
		}
	}
	return true
}

// isListQuestion reports a short question, which a list under it answers
// (`ماهي أسباب ارتفاع ضغط الدم؟`).
func isListQuestion(f *Feature) bool {
	return (f.Last == '؟' || f.Last == '?') && f.Words <= 12 && f.IsArabic()
}

// figureRowNumbers is how many numbers a row of a table holds at least.
const figureRowNumbers = 3

// figureKeyWords is the longest a table row's key may be.
const figureKeyWords = 6

// isFigureRow reports a row of a table: a short key (no sentence in it)
// before a colon, and figureRowNumbers numbers or more (`الأقاليم: المحمدية 331، مديونة 167، النواصر 90`).
func isFigureRow(f *Feature) bool {
	key, _, ok := strings.Cut(f.Clean, ":")
	if !ok || f.List != 0 || len(strings.Fields(key)) > figureKeyWords || strings.ContainsAny(key, "،.") {
		return false
	}
	n, in := 0, false
	for _, r := range f.Clean {
		_, d := script.DigitValue(r)
		if d && !in {
			n++
		}
		in = d
	}
	return n >= figureRowNumbers
}

// tableStart returns where the rows [i, j) begin when they are a table
// (most hold a figure): its first rows may hold longer keys than the
// others, and lie before i.
func (s *state) tableStart(i, j int) int {
	from := i
	if s.figures(i, j) {
		for from > s.firstBody && s.free(from-1) && isFigureRow(&s.feats[from-1]) {
			from--
		}
	}
	return from
}
