// Package document is sahifa's document model: the Document of the spec
// (document.md) and its parts, the line roles, the codes of warnings and
// errors, and the JSON Schema. It is the vocabulary every stage shares:
// containers cut input into Lines, the segmenter gives each a Role, the
// builder fills a Document, the encoders write it. It holds no behaviour
// beyond that.
package document

// SchemaVersion is the value of Document.SchemaVersion. It changes when the
// document's shape changes: a field added (3: date_hijri), or one that
// changes meaning or disappears (2: blocks[].lines, attribution.label).
const SchemaVersion = 3

// Document is one extracted article: the contract between sahifa and its
// users' scripts (see the spec's document.md). Unknown values are nil, never
// a zero value; lists are never nil once a document is built, so they encode
// as [] rather than null.
//
// Date is the publication date, an ISO date of the Gregorian calendar;
// DateHijri is the Hijri date the article prints beside it (`25 شوال 1436
// هـ`), in its own calendar: YYYY-MM-DD, the month 1 to 12. Neither is
// ever converted from the other.
//
// An error record has Error set, Input filled, and every article field nil.
//
// Its JSON is the struct tags' keys in their order (see MarshalJSON), so
// that a document written by sahifa reads back into a Document with
// encoding/json; the encoders of package encode write the same bytes, and
// schema.json describes them (tests check all three against each other).
type Document struct {
	SchemaVersion int     `json:"schema_version"`
	ID            *string `json:"id"`
	Input         Input   `json:"input"`
	// Language is "ar" or "en", the script of most words, and Dir "rtl"
	// or "ltr" with it; both are nil when the article has no word (empty).
	Language      *string        `json:"language"`
	Dir           *string        `json:"dir"`
	Title         *string        `json:"title"`
	Date          *string        `json:"date"`       // Gregorian, ISO
	DateHijri     *string        `json:"date_hijri"` // Hijri, as the article prints it
	URL           *string        `json:"url"`
	Author        *string        `json:"author"`
	Excerpt       *string        `json:"excerpt"`
	Container     map[string]any `json:"container"`
	Captions      []Caption      `json:"captions"`
	Dateline      *Dateline      `json:"dateline"`
	Blocks        []Block        `json:"blocks"`
	Attribution   *Attribution   `json:"attribution"`
	Residue       []Residue      `json:"residue"`
	Text          *string        `json:"text"`
	Fingerprint   *string        `json:"fingerprint"`
	Stats         *Stats         `json:"stats"`
	Normalization *Normalization `json:"normalization"`
	Warnings      []Warning      `json:"warnings"`
	Error         *Error         `json:"error"`

	// Cluster and DuplicateOf are set by near-duplicate detection (sahifa
	// dedup), never by extraction: Cluster is the id of the first member,
	// in input order, of the document's cluster of near-duplicates (its
	// own id when it has none); DuplicateOf is that id for every member
	// but the first, nil for the keeper. When Cluster is set both are
	// written, after error; when it is nil neither is.
	Cluster     *string `json:"cluster,omitempty"`
	DuplicateOf *string `json:"duplicate_of,omitempty"`

	// Lines holds the role of every input line, for `sahifa inspect`. It is
	// not part of the JSON document.
	Lines []Line `json:"-"`
}

// Input says where a document came from and how its bytes were read.
type Input struct {
	Path     string  `json:"path"`
	Member   *string `json:"member"`
	Format   string  `json:"format"`   // text, trec, jsonl or warc
	Encoding *string `json:"encoding"` // utf-8, utf-8-bom, utf-16le, utf-16be, windows-1256, iso-8859-6, utf-8-mojibake-repaired
	Bytes    int64   `json:"bytes"`
	SHA256   string  `json:"sha256"`
	// Record is the 1-based line of a JSON Lines record, the 1-based index
	// of a <DOC> in a TREC file holding several, or of a record in a WARC
	// file; nil otherwise.
	Record *int `json:"record,omitempty"`
}

// Caption is a photo caption: English from the wire agency, Arabic with the
// agency's credit in trailing parentheses. Either language may be nil.
type Caption struct {
	EN     *string `json:"en"`
	AR     *string `json:"ar"`
	Credit *string `json:"credit"`
	Agency *string `json:"agency"`
	Date   *string `json:"date"`
	Place  *string `json:"place"`
	Line   int     `json:"line"`
}

// Dateline is the place (and agency) an article was filed from, as in
// `طهران- ` or `دبي، الإمارات العربية المتحدة (CNN)-- `.
type Dateline struct {
	Text   string  `json:"text"`
	Place  *string `json:"place"`
	Agency *string `json:"agency"`
	Line   int     `json:"line"`
}

// Block types.
const (
	BlockParagraph = "paragraph"
	BlockHeading   = "heading"
	BlockListItem  = "list_item"
	BlockByline    = "byline"
	BlockDateline  = "dateline"
	BlockCredit    = "credit"
	BlockEmbed     = "embed"
)

// Block is one unit of the article body, in order of appearance.
type Block struct {
	Type string `json:"type"`
	Lang string `json:"lang"` // ar or en
	Text string `json:"text"`
	// Line is the block's first input line; Lines all of them (a
	// hard-wrapped paragraph has several), in order.
	Line  int   `json:"line"`
	Lines []int `json:"lines"`
}

// Attribution is the closing source line (`المصدر : الجزيرة + وكالات`).
type Attribution struct {
	// Label is what the line opened with (`المصدر :`, `نقلا عن`), nil
	// when nothing did: kept, so that nothing of the line is lost.
	Label *string  `json:"label"`
	Text  string   `json:"text"`
	Names []string `json:"names"`
	Line  int      `json:"line"`
}

// Residue kinds.
const (
	ResidueNavigation = "navigation"
	ResidueVideo      = "video"
	ResidueRelated    = "related"
	ResidueSocial     = "social"
	ResidueCookie     = "cookie"
	ResidueOther      = "other"
)

// Residue is page chrome left by the scraper: kept, but apart from the text.
type Residue struct {
	Text string `json:"text"`
	Kind string `json:"kind"`
	Line int    `json:"line"`
}

// Stats counts the input lines, the blocks by type, and the words.
type Stats struct {
	Lines      int `json:"lines"`
	Paragraphs int `json:"paragraphs"`
	Headings   int `json:"headings"`
	ListItems  int `json:"list_items"`
	Captions   int `json:"captions"`
	WordsAR    int `json:"words_ar"`
	WordsEN    int `json:"words_en"`
}

// Normalization says which profile was applied and what it changed, by rule.
type Normalization struct {
	Profile string         `json:"profile"`
	Changes map[string]int `json:"changes"`
}

// WarningCode names a kind of warning: a document's warnings[].code.
type WarningCode string

// The warning codes.
const (
	WarnInvalidUTF8      WarningCode = "invalid-utf8"          // bytes that are not UTF-8 were replaced by U+FFFD
	WarnEncodingGuessed  WarningCode = "encoding-guessed"      // no BOM and not UTF-8: the encoding is a guess
	WarnMojibakeRepaired WarningCode = "mojibake-repaired"     // UTF-8 once decoded as Windows-1256 was repaired
	WarnMojibakeLeft     WarningCode = "mojibake-not-repaired" // text that looks like mojibake could not be repaired
	WarnMixedEncoding    WarningCode = "mixed-encoding"        // not one encoding: lines decoded one by one
	WarnMemberName       WarningCode = "member-name-decoded"   // an archive member's name was not UTF-8: decoded from a code page
	WarnNULBytes         WarningCode = "nul-bytes"             // stray NUL bytes were dropped
	WarnNoTitle          WarningCode = "no-title"              // no title line, and the container gave none
	WarnTruncated        WarningCode = "truncated"             // a container's record ends before it is closed
	WarnEmpty            WarningCode = "empty"                 // the article has no text
	WarnNoDoc            WarningCode = "no-doc"                // a TREC file without <DOC>, read as raw text
	WarnOutsideDoc       WarningCode = "outside-doc"           // text outside any <DOC>, kept in the container
	WarnLoneSurrogate    WarningCode = "lone-surrogate"        // a JSON \u escape of half a UTF-16 pair, replaced by U+FFFD
)

// Remedy says what would let an input be read (better), for a front end
// to phrase as a hint in its own terms: the command line names its flags.
// The library's messages state facts only.
type Remedy uint8

// The remedies.
const (
	RemedyNone      Remedy = iota
	RemedyEncoding         // choose the input's encoding
	RemedyUTF16            // read the input as UTF-16
	RemedyMaxSize          // raise the size limit of an article
	RemedyTextField        // name the JSON field that holds the text
	RemedyContainer        // read the input as a container of many articles
	RemedyAsFile           // give the input as a file, not on standard input
	RemedyNULList          // read the list of paths as NUL-separated
)

// Warning is something the reader should know about an article that did not
// stop its extraction. Line is 0 when the warning is about the whole input.
type Warning struct {
	Code    WarningCode `json:"code"`
	Message string      `json:"message"`
	Line    int         `json:"line,omitempty"`
	// Remedy is not written: a front end appends its hint to Message.
	Remedy Remedy `json:"-"`
}

// ErrorCode names why an input gave no article: an error record's
// error.code.
type ErrorCode string

// The error codes of error records.
const (
	ErrNotText  ErrorCode = "not-text"    // binary data
	ErrTooLarge ErrorCode = "too-large"   // over the size or line limit
	ErrEncoding ErrorCode = "encoding"    // no encoding fits
	ErrSyntax   ErrorCode = "syntax"      // a container record that cannot be parsed
	ErrRead     ErrorCode = "read"        // the bytes could not be read
	ErrPath     ErrorCode = "unsafe-path" // an archive member named outside its archive
)

// Error is the reason an input gave no article. A document with Error set is
// an error record.
type Error struct {
	Code    ErrorCode `json:"code"`
	Message string    `json:"message"`
	// Remedy is not written: a front end appends its hint to Message.
	Remedy Remedy `json:"-"`
}

// Role is the part of an article one input line plays.
type Role string

// The line roles of the spec. Every input line gets exactly one.
const (
	RoleTitle       Role = "title"
	RoleCaptionEN   Role = "caption_en"
	RoleCaptionAR   Role = "caption_ar"
	RoleCredit      Role = "credit"
	RoleDateline    Role = "dateline"
	RoleByline      Role = "byline"
	RoleHeading     Role = "heading"
	RoleParagraph   Role = "paragraph"
	RoleListItem    Role = "list_item"
	RoleEmbed       Role = "embed"
	RoleAttribution Role = "attribution"
	RoleResidue     Role = "residue"
	RoleMarkup      Role = "markup"
	RoleBlank       Role = "blank"
)

// Line is one input line with the role the segmenter gave it and the name of
// the rule that decided, so that a wrong call can be traced. Containers
// hand lines to the segmenter with an empty Role, or with the role the
// container decided (markup, a title or dateline field).
type Line struct {
	N    int    `json:"line"`
	Role Role   `json:"role"`
	Rule string `json:"rule"`
	Text string `json:"text"`
	// Continues is set on a line that goes on from the one before it, as
	// the lines of a hard-wrapped paragraph do: the document joins them
	// into one block (or title, caption, residue) recording every line.
	Continues bool `json:"continues,omitempty"`
}
