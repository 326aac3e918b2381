package segment

// Interviews that mix their forms: a question answered by a dash line,
// then one whose question and answer both open with a star. Each form
// alone is too rare to make an interview (minInterview pairs), and its
// lines stay list items; counted together, the pairs of every form say
// what the document is. An answer counts towards another form's
// interview only when it stands alone, its next line not opening with
// its mark: a list's first item, under a question that introduces it, is
// followed by more items.

// interviewPairs counts the document's question-answer pairs of every
// form, once, before the interview passes decide any: the marked pairs
// and the answered pairs whose answers stand alone.
func (s *state) interviewPairs() int {
	if s.qaPairs >= 0 {
		return s.qaPairs
	}
	_, _, n := markedPairs(s)
	for _, pairs := range answeredPairs(s) {
		if loneAnswers(s, pairs) {
			n += len(pairs)
		}
	}
	s.qaPairs = n
	return n
}

// loneAnswers reports whether no answer of pairs is followed by a line
// opening with its mark.
func loneAnswers(s *state, pairs []qa) bool {
	for _, p := range pairs {
		m := interviewMark(s.feats[p.a].Clean)
		if j := s.nextNonBlank(p.a); j >= 0 && interviewMark(s.feats[j].Clean) == m {
			return false
		}
	}
	return true
}
