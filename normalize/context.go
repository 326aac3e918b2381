package normalize

// stageB applies the context rules to one unit: a base and its marks.
func (n *Normalizer) stageB(b rune, marks []rune) {
	switch b {
	case '\n':
		n.flushTat()
		n.flushSep()
		if n.pendSpace {
			n.pendSpace = false
			n.count(ruleSpaces, 1)
		}
		n.emit('\n')
		n.lineStart, n.prevAL, n.prevDigit = true, false, false
		return
	case ' ':
		n.flushTat()
		n.flushSep()
		if n.lineStart || n.pendSpace {
			n.count(ruleSpaces, 1)
			return
		}
		n.pendSpace = true
		return
	case tatweel:
		if n.display && len(marks) == 0 {
			if n.tatN > 0 {
				n.tatN++
				return
			}
			n.flushSep()
			n.flushSpace()
			if n.prevAL {
				n.tatN = 1
				return
			}
			n.emit(tatweel)
			n.lineStart, n.prevAL, n.prevDigit = false, false, false
			return
		}
	}
	isAL := isArLetter(b)
	if n.tatN > 0 {
		if isAL {
			// A kashida: between two letters.
			n.count(ruleKashida, n.tatN)
			n.tatN = 0
		} else {
			n.flushTat()
		}
	}
	_, isDigit := digitValue(b)
	if n.pendSep != 0 {
		if isDigit && len(marks) == 0 {
			if n.pendSep == arabicDecSep {
				n.emit('.')
			}
			n.count(ruleArabicPunct, 1)
			n.pendSep = 0
		} else {
			n.flushSep()
		}
	}
	if n.pendSpace {
		n.pendSpace = false
		if n.prevAL && isPunctAfterSpace(b) {
			n.count(rulePunctSpace, 1)
		} else {
			n.emit(' ')
			n.prevAL, n.prevDigit = false, false
		}
	}
	if n.prevAL && !n.search {
		switch b {
		case ',':
			b = arabicComma
			n.count(ruleLatinPunct, 1)
		case ';':
			b = arabicSemi
			n.count(ruleLatinPunct, 1)
		case '?':
			b = arabicQuest
			n.count(ruleLatinPunct, 1)
		}
	}
	if n.search && (b == arabicDecSep || b == arabicThouSep) && n.prevDigit && len(marks) == 0 {
		n.pendSep = b
		n.lineStart, n.prevAL, n.prevDigit = false, false, false
		return
	}
	n.emit(b)
	for _, m := range marks {
		n.emit(m)
	}
	n.lineStart, n.prevAL, n.prevDigit = false, isAL, isDigit
}

// flushSpace writes a pending space.
func (n *Normalizer) flushSpace() {
	if n.pendSpace {
		n.pendSpace = false
		n.emit(' ')
		n.prevAL, n.prevDigit = false, false
	}
}

// flushTat writes a pending run of tatweels: it did not stand between two
// letters.
func (n *Normalizer) flushTat() {
	if n.tatN > 0 {
		n.emitTatweels(n.tatN)
		n.tatN = 0
		n.prevAL, n.prevDigit = false, false
	}
}

// flushSep writes a pending ٫ or ٬ that is not followed by a digit.
func (n *Normalizer) flushSep() {
	if n.pendSep != 0 {
		n.emit(n.pendSep)
		n.pendSep = 0
		n.prevAL, n.prevDigit = false, false
	}
}
