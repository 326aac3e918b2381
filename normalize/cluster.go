package normalize

// flushClusterRaw sends the held cluster on without NFC, when it is too
// long.
func (n *Normalizer) flushClusterRaw() {
	b := n.cl[0]
	marks := n.cl[1:n.ncl]
	sortMarks(marks)
	if b == noBase {
		n.ncl = 0
		n.clRaw = true
		n.stageB(marks[0], marks[1:])
		return
	}
	nb := n.mapLetter(b, yeh)
	if n.search {
		n.count(ruleMarks, len(marks))
		marks = nil
	}
	n.ncl = 0
	n.clRaw = true
	n.stageB(nb, marks)
}

// flushCluster sends the held cluster on; next is the rune that follows it
// (-1 at the end of the stream).
func (n *Normalizer) flushCluster(next rune) {
	if n.ncl == 0 {
		return
	}
	b := n.cl[0]
	marks := n.cl[1:n.ncl]
	if b == noBase {
		if sortMarks(marks) {
			n.count(ruleNFC, 1)
		}
		n.ncl = 0
		n.stageB(marks[0], marks[1:])
		return
	}
	if len(marks) > 0 {
		var changed bool
		b, marks, changed = nfc(b, marks, &n.cl)
		if changed {
			n.count(ruleNFC, 1)
		}
	}
	nb := n.mapLetter(b, next)
	if nb != b && len(marks) > 0 && !n.search {
		// The new letter may compose with a mark (ی + U+0654 → ئ).
		nb, marks, _ = nfc(nb, marks, &n.cl)
	}
	if n.search && len(marks) > 0 {
		n.count(ruleMarks, len(marks))
		marks = nil
	}
	n.ncl = 0
	n.stageB(nb, marks)
}

// continuesWord reports whether a letter followed by r is inside a word.
func continuesWord(r rune) bool {
	return r == tatweel || r == zwj || isArLetter(r)
}

// sortMarks puts marks in canonical order (a stable sort by combining
// class).
func sortMarks(m []rune) bool {
	changed := false
	for i := 1; i < len(m); i++ {
		x := m[i]
		cx := ccc(x)
		j := i
		for j > 0 && ccc(m[j-1]) > cx {
			m[j] = m[j-1]
			j--
		}
		if j != i {
			m[j] = x
			changed = true
		}
	}
	return changed
}

// nfc puts the cluster b+marks in NFC. It works in buf (the cluster's own
// storage, which marks may alias) and returns the new base and marks.
func nfc(b rune, marks []rune, buf *[maxMarks + 1]rune) (rune, []rune, bool) {
	var orig, tmp [maxMarks + 2]rune
	nOrig := copy(orig[:], marks)
	m := tmp[:0]
	b0 := b
	if db, dm, ok := decompose(b); ok {
		b = db
		m = append(m, dm)
	}
	m = append(m, marks...)
	sortMarks(m)
	// Canonical composition: a mark composes with the base unless an
	// uncomposed mark of the same or a higher class stands between them
	// (the marks are sorted, so only an equal class can block).
	out := buf[1:1]
	var last uint8
	for _, c := range m {
		cc := ccc(c)
		if len(out) == 0 || last < cc {
			if comp, ok := compose(b, c); ok {
				b = comp
				continue
			}
		}
		out = append(out, c)
		last = cc
	}
	buf[0] = b
	changed := b != b0 || len(out) != nOrig
	for i := 0; !changed && i < len(out); i++ {
		changed = out[i] != orig[i]
	}
	return b, out, changed
}
