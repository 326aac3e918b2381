package extract

// SchemaVersion is the value of Document.SchemaVersion. It changes only when
// a field changes meaning or disappears.
const SchemaVersion = 1

// Document is one extracted article: the contract between sahifa and its
// users' scripts (see the spec's document.md). Unknown values are nil, never
// a zero value; lists are never nil once a document is built, so they encode
// as [] rather than null.
//
// An error record has Error set, Input filled, and every article field nil.
type Document struct {
	SchemaVersion int            `json:"schema_version"`
	ID            *string        `json:"id"`
	Input         Input          `json:"input"`
	Language      *string        `json:"language,omitempty"`
	Dir           *string        `json:"dir,omitempty"`
	Title         *string        `json:"title"`
	Date          *string        `json:"date"`
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

	// Lines holds the role of every input line, for `sahifa inspect`. It is
	// not part of the JSON document.
	Lines []Line `json:"-"`
}

// Input says where a document came from and how its bytes were read.
type Input struct {
	Path     string  `json:"path"`
	Member   *string `json:"member"`
	Format   string  `json:"format"`   // text, trec or jsonl
	Encoding *string `json:"encoding"` // utf-8, utf-8-bom, utf-16le, utf-16be, windows-1256, iso-8859-6, utf-8-mojibake-repaired
	Bytes    int64   `json:"bytes"`
	SHA256   string  `json:"sha256"`
	// Record is the 1-based line of a JSON Lines record, or the 1-based index
	// of a <DOC> in a TREC file holding several; nil otherwise.
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
	Line int    `json:"line"`
}

// Attribution is the closing source line (`المصدر : الجزيرة + وكالات`).
type Attribution struct {
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

// Warning codes.
const (
	WarnInvalidUTF8      = "invalid-utf8"
	WarnEncodingGuessed  = "encoding-guessed"
	WarnMojibakeRepaired = "mojibake-repaired"
	WarnNoTitle          = "no-title"
	WarnTruncated        = "truncated"
	WarnEmpty            = "empty"
)

// Warning is something the reader should know about an article that did not
// stop its extraction. Line is 0 when the warning is about the whole input.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Line    int    `json:"line,omitempty"`
}

// Error codes of error records.
const (
	ErrNotText  = "not-text"
	ErrTooLarge = "too-large"
	ErrEncoding = "encoding"
	ErrSyntax   = "syntax"
	ErrRead     = "read"
	ErrPath     = "unsafe-path"
)

// Error is the reason an input gave no article. A document with Error set is
// an error record.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
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
// the rule that decided, so that a wrong call can be traced.
type Line struct {
	N    int    `json:"line"`
	Role Role   `json:"role"`
	Rule string `json:"rule"`
	Text string `json:"text"`
}
