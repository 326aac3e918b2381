package segment

import "strings"

// Interviews whose questions carry no mark: a question line, then a longer
// answer, again and again. A rhetorical question in running text looks the
// same line by line; read as a document it does not alternate: it follows
// another question, or is exclaimed (`كيف ذلك؟!`), and such a document
// holds as many questions that are not answered so as questions that
// are. Once a document holds
// minInterview such questions it is an interview, and its longer questions
// (up to maxQuestionWords) that stand between answers are questions too,
// even when their answer is not longer than they are.

// maxCoreQuestionWords bounds the questions that make a document an
// interview; maxQuestionWords bounds those of a document that is one.
const maxCoreQuestionWords = 45

// interview marks the questions of an unmarked interview as headings.
func interview(s *state) {
	var core, more []int
	others := 0 // questions that are none of the interview's
	for i := range s.lines {
		if !s.free(i) || i == s.firstContent || s.feats[i].Blank() {
			continue
		}
		switch s.questionKind(i) {
		case coreQuestion:
			core = append(core, i)
		case laterQuestion:
			more = append(more, i)
		default:
			if isQuestion(&s.feats[i]) {
				others++
			}
		}
	}
	if len(core) < minInterview || len(core) <= others {
		return
	}
	for _, i := range append(core, more...) {
		s.set(i, ruleInterview)
	}
}

// The kinds of question line questionKind tells apart.
const (
	notQuestion = iota
	coreQuestion
	laterQuestion
)

// questionKind tells whether line i is an interview's question: a core
// question (short, answered by a longer line) or one that is a question
// only in a document that is an interview (longer, or over an answer of
// the same length).
func (s *state) questionKind(i int) int {
	f := &s.feats[i]
	if !isQuestion(f) || !f.IsArabic() || f.Words > maxQuestionWords || exclaimedQuestion(f.Clean) {
		return notQuestion
	}
	if p := s.prevNonBlank(i); p >= 0 && s.free(p) && isQuestion(&s.feats[p]) {
		return notQuestion // a run of questions is running text
	}
	j := s.nextNonBlank(i)
	if j >= 0 && isSpeakerLabel(&s.feats[j]) {
		j = s.nextNonBlank(j) // `** السيد الرئيس:` over the answer
	}
	if j < 0 || !s.free(j) {
		return notQuestion
	}
	a := &s.feats[j]
	if isQuestion(a) && !longAnswer(f, a) {
		return notQuestion
	}
	if f.Words <= maxCoreQuestionWords && a.Words > f.Words {
		return coreQuestion
	}
	if a.Bodyish() {
		return laterQuestion
	}
	return notQuestion
}

// longAnswer reports an answer that ends with a question of its own but is
// an answer still: twice as long as the question at least, with a
// sentence or a question inside it.
func longAnswer(q, a *Feature) bool {
	return a.Words >= 2*q.Words && (hasInnerSentence(a.Clean) || strings.Contains(a.Clean, "؟ ") || strings.Contains(a.Clean, "? "))
}

// exclaimedQuestion reports an exclaimed question, as
// rhetorical questions are: `؟!`, `!؟`.
func exclaimedQuestion(c string) bool {
	return strings.Contains(c, "؟!") || strings.Contains(c, "?!") || strings.Contains(c, "!؟")
}
