package extract

// This file is the contract between the container readers (text, TREC,
// JSON Lines), which cut input into articles, and the segmenter and
// document builder, which give each line its role and build the Document.

// rawLine is one input line of an article. Role is empty when the segmenter
// must decide it; container readers pre-assign markup, title and dateline.
type rawLine struct {
	N    int    // 1-based line number in the input file (or record)
	Text string // decoded, without its terminator, not normalized
	Role Role
	Rule string
}

// fields are what a container said of an article; nil when it said nothing.
type fields struct {
	ID, Title, URL, Date, Author, Excerpt, Dateline *string
	Container                                       map[string]any
}

// article is one article as cut out of its input, before segmentation.
type article struct {
	Input    Input
	Lines    []rawLine // every line of the article, in input order
	HasTitle bool      // the container gave the title: the body has none
	Fields   fields
	Warnings []Warning
}
