// Package fields holds the pure parsers of the document's derived fields:
// dates, datelines, credits and agencies, attribution, bylines. Each takes
// a line's text (cleaned, see extract/internal/script.Clean) and returns
// what it says, or nothing; none decides a line's role, and none removes
// text from where it stands. The word lists they read are in
// extract/lexicon.
package fields
