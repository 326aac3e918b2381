package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
)

// Interviews whose questions and answers open with a mark: `> سؤال؟`
// then `- جواب`, `× سؤال؟` then `- جواب`, `س: …؟` then `ج: …`, or a dash
// on both. Read line by line, they are lists; read as a document, they
// alternate: a marked question, then an answer that is not one. When at
// least minInterview questions are answered so, the marked questions are
// headings and the lines opening with the answers' mark paragraphs.

// minInterview is the number of answered marked questions that make an
// interview.
const minInterview = 3

var (
	ruleMarkedQuestion = &Rule{Name: RuleMarkedQuestion, Role: document.RoleHeading}
	ruleMarkedAnswer   = &Rule{Name: RuleMarkedAnswer, Role: document.RoleParagraph}
)

// interviewMarks are the marks a question or an answer opens with.
var interviewMarks = []string{"-", "–", "—", "*", "•", "×", "<", ">", "+", "س:", "ج:", "س/", "ج/", "س -", "ج -"}

// interviewMark returns the mark line c opens with, "" when none.
func interviewMark(c string) string {
	for _, m := range interviewMarks {
		if strings.HasPrefix(c, m) {
			if utf8.RuneCountInString(m) == 1 {
				return m
			}
			return m[:len("س")] // س or ج, however they are written
		}
	}
	return ""
}

// markedLine reports whether line i may be a marked question or answer:
// free, or decided as a list item or a starred line.
func (s *state) markedLine(i int) bool {
	return s.free(i) || s.lines[i].Role == document.RoleListItem
}

// isQuestion reports a line ending with a question mark, a full stop or
// an exclamation mark after it allowed: `… خطاب عنان؟.`
func isQuestion(f *Feature) bool {
	if f.Last == '؟' || f.Last == '?' {
		return true
	}
	if f.Last != '.' && f.Last != '!' {
		return false
	}
	c := strings.TrimRight(f.Clean, ".!\"'”» ")
	return strings.HasSuffix(c, "؟") || strings.HasSuffix(c, "?")
}

// markedInterview decides the marked questions and answers of an
// interview.
func markedInterview(s *state) {
	qMarks, aMarks, pairs := markedPairs(s)
	if pairs < minInterview && (pairs == 0 || s.interviewPairs() < minInterview) {
		return
	}
	for i := range s.lines {
		if !s.markedLine(i) || s.feats[i].Blank() {
			continue
		}
		m := interviewMark(s.feats[i].Clean)
		switch {
		case m == "":
		case aMarks[m] > 0 && s.answersQuestion(i):
			s.set(i, ruleMarkedAnswer)
		case qMarks[m] > 0 && (isQuestion(&s.feats[i]) || aMarks[m] == 0 && s.feats[i].IsArabic()):
			// a mark only questions open with makes a question of a
			// line without a question mark: `> أخبرني …`
			s.set(i, ruleMarkedQuestion)
		case aMarks[m] > 0:
			s.set(i, ruleMarkedAnswer)
		}
	}
}

// markedPairs counts the marked questions answered by a marked line, by
// the question's mark and by the answer's, and in all.
func markedPairs(s *state) (qMarks, aMarks map[string]int, pairs int) {
	qMarks, aMarks = map[string]int{}, map[string]int{}
	for i := range s.lines {
		if !s.markedLine(i) || s.feats[i].Blank() || !isQuestion(&s.feats[i]) {
			continue
		}
		q := interviewMark(s.feats[i].Clean)
		j := s.nextNonBlank(i)
		if q == "" || j < 0 || !s.markedLine(j) || isQuestion(&s.feats[j]) {
			continue
		}
		a := interviewMark(s.feats[j].Clean)
		if a == "" {
			continue
		}
		pairs++
		qMarks[q]++
		aMarks[a]++
	}
	return qMarks, aMarks, pairs
}

// answersQuestion reports whether line i, right under a marked question,
// is its answer though it ends with a question mark: it is twice as long
// as the question at least, with a sentence inside it.
func (s *state) answersQuestion(i int) bool {
	p := s.prevNonBlank(i)
	return p >= 0 && s.lines[p].Rule == RuleMarkedQuestion && isQuestion(&s.feats[i]) && longAnswer(&s.feats[p], &s.feats[i])
}
