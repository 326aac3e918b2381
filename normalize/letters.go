package normalize

// mapLetter applies the letter rules to a cluster's base: the look-alikes,
// and in Search Lucene's folds.
func (n *Normalizer) mapLetter(r, next rune) rune {
	if r < 0x622 || r > 0x6D5 {
		return r
	}
	if !n.opt.keepPersian {
		switch r {
		case 0x6A9: // ک keheh
			n.count(ruleLookAlike, 1)
			return 0x643
		case 0x6C1, 0x6BE: // ہ heh goal, ھ heh doachashmee
			n.count(ruleLookAlike, 1)
			return 0x647
		case farsiYeh:
			n.count(ruleLookAlike, 1)
			if n.search || continuesWord(next) {
				return yeh
			}
			return alefMaksura
		}
		if n.search {
			// Lucene's PersianNormalizer: yeh barree → yeh, heh with
			// yeh above → heh (and heh goal with hamza, which is what
			// Lucene gets from heh goal + U+0654 once it deletes the
			// hamza). Lucene does not touch ە U+06D5: neither do we.
			switch r {
			case 0x6D2:
				n.count(ruleLookAlike, 1)
				return yeh
			case 0x6C0, 0x6C2:
				n.count(ruleLookAlike, 1)
				return 0x647
			}
		}
	}
	if n.search {
		return n.foldSearchCount(r)
	}
	return r
}

// foldSearch returns what Search makes of letter r (without counting and
// without the look-alikes).
func (n *Normalizer) foldSearch(r rune) rune {
	switch r {
	case 0x622, 0x623, 0x625, 0x671:
		return alef
	case alefMaksura:
		return yeh
	case 0x629:
		return 0x647
	}
	if n.opt.foldHamza {
		switch r {
		case 0x624:
			return 0x648
		case 0x626:
			return yeh
		case 0x6D3:
			return 0x6D2
		}
	}
	return r
}

// foldSearchCount is foldSearch, counting what it changes.
//
// Where Lucene and the spec disagree, the spec wins: Lucene's
// PersianNormalizer deletes U+0654 everywhere (so ؤ and ئ written with a
// combining hamza lose it); we compose first (NFC) and keep the hamza
// seats unless FoldHamza is given.
func (n *Normalizer) foldSearchCount(r rune) rune {
	f := n.foldSearch(r)
	if f == r {
		return r
	}
	switch r {
	case 0x622, 0x623, 0x625, 0x671:
		n.count(ruleAlef, 1)
	case alefMaksura:
		n.count(ruleAlefMaksura, 1)
	case 0x629:
		n.count(ruleTehMarbuta, 1)
	default:
		n.count(ruleHamza, 1)
	}
	if f == 0x6D2 && !n.opt.keepPersian {
		n.count(ruleLookAlike, 1)
		return yeh
	}
	return f
}
