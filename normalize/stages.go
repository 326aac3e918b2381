package normalize

import "unicode/utf8"

// decode applies the rules of None: BOM, line endings.
func (n *Normalizer) decode(r rune) {
	if !n.started {
		// Every leading byte order mark goes, not only the first: a doubled
		// BOM (files concatenated, encoded twice) would otherwise become
		// the leading one of the output, and None would not be idempotent.
		if r == 0xFEFF {
			n.count(ruleBOM, 1)
			return
		}
		n.started = true
	}
	if n.cr {
		n.cr = false
		if r == '\n' {
			return
		}
	}
	if r == '\r' {
		n.cr = true
		n.count(ruleLineEnd, 1)
		r = '\n'
	}
	if n.profile == None {
		n.emit(r)
		return
	}
	n.stageA(r)
}

// stageA applies the context-free rules of one rune.
func (n *Normalizer) stageA(r rune) {
	if r < utf8.RuneSelf {
		if r == '\t' {
			n.count(ruleSpaces, 1)
			r = ' '
		}
		n.unit(r)
		return
	}
	switch {
	case isInvisible(r):
		n.count(ruleInvisible, 1)
		return
	case isSpaceLike(r):
		n.count(ruleSpaces, 1)
		n.unit(' ')
		return
	case r == zwnj:
		if n.search {
			n.count(ruleZWNJ, 1)
			if n.opt.zwnjSpace {
				n.unit(' ')
			}
			return
		}
	case r >= 0xFB50 && r <= 0xFEFC:
		if n.search {
			switch r {
			case ligAllah:
				n.count(ruleLigatures, 1)
				// An ا right before ﷲ is part of the word: اﷲ → الله.
				if n.ncl > 0 && !n.clRaw && n.foldSearch(n.cl[0]) == alef {
					n.ncl = 0
				}
				n.expand(expAllah)
				return
			case ligSalla:
				n.count(ruleLigatures, 1)
				n.expand(expSalla)
				return
			case ligJalla:
				n.count(ruleLigatures, 1)
				n.expand(expJalla)
				return
			case ligBismillah:
				// No Unicode decomposition: an explicit rule.
				n.count(ruleLigatures, 1)
				n.expand(expBismillah)
				return
			}
		} else if r == ligAllah || r == ligSalla || r == ligJalla || r == ligBismillah {
			n.base(r)
			return
		}
		if d := presentation(r); d != nil {
			n.count(rulePresentation, 1)
			n.expand(d)
			return
		}
	}
	n.stageA2(r)
}

// expand feeds the runes of a decomposition or expansion to the rest of
// stage A.
func (n *Normalizer) expand(rs []rune) {
	for _, r := range rs {
		if r == ' ' {
			n.unit(' ')
			continue
		}
		n.stageA2(r)
	}
}

// stageA2 applies digits and Search's context-free rules, then routes the
// rune to the cluster stage.
func (n *Normalizer) stageA2(r rune) {
	if r >= 0x600 && r < 0x700 {
		if n.search {
			switch {
			case r == tatweel:
				n.count(ruleKashida, 1)
				return
			case arClass[r-0x600]&cSearchX != 0:
				n.count(ruleMarks, 1)
				return
			case r == 0x670 && n.opt.daggerAlef:
				n.count(ruleMarks, 1)
				r = alef
			case r == arabicComma:
				n.count(ruleArabicPunct, 1)
				n.unit(',')
				return
			case r == arabicSemi:
				n.count(ruleArabicPunct, 1)
				n.unit(';')
				return
			case r == arabicQuest:
				n.count(ruleArabicPunct, 1)
				n.unit('?')
				return
			case r == arabicPercent:
				n.count(ruleArabicPunct, 1)
				n.unit('%')
				return
			}
		}
		if r >= 0x660 && r <= 0x669 || r >= 0x6F0 && r <= 0x6F9 {
			n.digit(r)
			return
		}
		if arClass[r-0x600]&cMark != 0 {
			n.mark(r)
			return
		}
		n.base(r)
		return
	}
	if n.search && r >= utf8.RuneSelf {
		if v, ok := digitValue(r); ok {
			n.count(ruleDigits, 1)
			n.unit('0' + rune(v))
			return
		}
	}
	if isArBase(r) {
		n.base(r)
		return
	}
	n.unit(r)
}

// digit converts an Arabic-Indic digit as the profile and options say.
func (n *Normalizer) digit(r rune) {
	var v rune
	if r >= 0x6F0 {
		v = r - 0x6F0
	} else {
		v = r - 0x660
	}
	switch {
	case n.search || n.opt.digits == DigitsLatin:
		n.count(ruleDigits, 1)
		r = '0' + v
	case n.opt.digits == DigitsArabic && r >= 0x6F0:
		n.count(ruleDigits, 1)
		r = 0x660 + v
	}
	n.unit(r)
}

// base starts a new cluster with r.
func (n *Normalizer) base(r rune) {
	n.flushCluster(r)
	n.cl[0] = r
	n.ncl = 1
	n.clRaw = false
}

// mark adds a mark to the held cluster, or passes it on when there is none.
func (n *Normalizer) mark(r rune) {
	if n.ncl == 0 || n.clRaw {
		if n.search {
			n.count(ruleMarks, 1)
			return
		}
		if n.clRaw {
			n.stageB(r, nil)
			return
		}
		// Marks with no Arabic letter before them (after a space, say)
		// are held too, to be put in canonical order.
		n.cl[0] = noBase
		n.ncl = 1
	}
	if n.ncl == len(n.cl) {
		// Too many marks for one letter: the cluster goes out as it
		// came (only sorted), and the rest of its marks pass through.
		n.flushClusterRaw()
		n.mark(r)
		return
	}
	n.cl[n.ncl] = r
	n.ncl++
}

// unit passes a rune that is not part of an Arabic cluster.
func (n *Normalizer) unit(r rune) {
	n.flushCluster(r)
	n.clRaw = false
	n.stageB(r, nil)
}
