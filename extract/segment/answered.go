package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
)

// Interviews whose answers alone carry a mark: an unmarked question (it
// ends with a question mark), then `- جواب`, again and again. Read line
// by line the answers are list items and the questions paragraphs; read
// as a document the dash answers a question each time. When at least
// minInterview questions are answered so, those questions are headings
// and the answers paragraphs. A list is not mistaken for it: its items
// follow one another, so only its first item has an unmarked line above.

var ruleAnsweredQuestion = &Rule{Name: RuleAnsweredQuestion, Role: document.RoleHeading}

// maxQuestionWords bounds a question of an interview: a preamble and a
// question, not a paragraph.
const maxQuestionWords = 60

// answeredInterview decides the unmarked questions and marked answers of
// an interview.
func answeredInterview(s *state) {
	for _, pairs := range answeredPairs(s) {
		if len(pairs) < minInterview && (!loneAnswers(s, pairs) || s.interviewPairs() < minInterview) {
			continue
		}
		for _, pr := range pairs {
			s.set(pr.q, ruleAnsweredQuestion)
			s.set(pr.a, ruleMarkedAnswer)
		}
	}
}

// qa is a question and its answer, as line indexes.
type qa struct{ q, a int }

// answeredPairs finds the unmarked questions answered by a marked line,
// by the answer's mark.
func answeredPairs(s *state) map[string][]qa {
	byMark := map[string][]qa{}
	for i := range s.lines {
		if !s.markedLine(i) || s.feats[i].Blank() || isQuestion(&s.feats[i]) || !s.feats[i].Bodyish() {
			continue
		}
		a := interviewMark(s.feats[i].Clean)
		if a == "" || a == "س" || a == "ج" {
			continue
		}
		p := s.prevNonBlank(i)
		if p < 0 || p == s.firstContent || !s.free(p) {
			continue
		}
		f := &s.feats[p]
		if interviewMark(f.Clean) != "" || !isQuestion(f) || !f.IsArabic() || f.Words > maxQuestionWords {
			continue
		}
		byMark[a] = append(byMark[a], qa{p, i})
	}
	return byMark
}

// labelledQuestions decides the line under a question label (`* سؤال:`)
// a question, whatever its length and its last mark: the label says what
// it is. There must be at least minInterview such labels.
func labelledQuestions(s *state) {
	var qs []int
	for i := range s.lines {
		f := &s.feats[i]
		if f.Blank() || !isSpeakerLabel(f) || !strings.Contains(f.Clean, "سؤال") {
			continue
		}
		j := s.nextNonBlank(i)
		if j >= 0 && s.free(j) && s.feats[j].IsArabic() && !isSpeakerLabel(&s.feats[j]) {
			qs = append(qs, j)
		}
	}
	if len(qs) < minInterview {
		return
	}
	for _, j := range qs {
		s.set(j, ruleInterview)
	}
}
