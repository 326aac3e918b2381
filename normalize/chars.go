package normalize

// IsArabicLetter reports whether r is a letter of the Arabic script
// (presentation forms included; tatweel, harakat and digits are not
// letters). It is the one definition of an Arabic letter that sahifa's
// packages share.
func IsArabicLetter(r rune) bool { return isArLetter(r) }

// IsInvisible reports whether r is one of the invisible controls the
// Display profile removes: zero-width space, the bidi marks, embeddings,
// overrides and isolates, the Arabic letter mark, BOM and soft hyphen.
// ZWNJ and ZWJ are not: they carry meaning in Persian and Urdu.
func IsInvisible(r rune) bool { return isInvisible(r) }
