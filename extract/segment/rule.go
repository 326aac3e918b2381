package segment

import "github.com/sahifa/sahifa/extract/document"

// Rule is one named way of deciding a line's role.
type Rule struct {
	// Name is what `sahifa inspect` shows as the line's rule.
	Name string
	// Role is the role the rule gives.
	Role document.Role
	// Residue is the kind of a residue line (document.Residue*), "" for
	// the rules of other roles.
	Residue string
	// Match reports whether the rule decides line i. Passes decide lines
	// themselves and have no Match.
	Match func(s *state, i int) bool
}

// Rule names, as `sahifa inspect` shows them.
const (
	RuleBlank            = "blank-line"
	RuleWrapped          = "wrapped-line"
	RulePageChrome       = "page-chrome"
	RulePageTitle        = "page-title"
	RuleNextPrevious     = "nav-next-previous"
	RuleTags             = "nav-tags"
	RuleNavWord          = "nav-word"
	RuleVideo            = "video-duration"
	RuleReadAlso         = "read-also"
	RuleReadAlsoItem     = "read-also-item"
	RuleLinkList         = "link-list"
	RuleTeasers          = "container-related-teasers"
	RuleCommentPolicy    = "comment-policy"
	RuleDisclaimer       = "opinion-disclaimer"
	RuleRights           = "rights-notice"
	RuleCookie           = "cookie-notice"
	RuleContact          = "contact-line"
	RuleWireMarker       = "wire-marker"
	RuleBareURL          = "bare-url"
	RuleSeparator        = "separator-line"
	RulePlaceReporter    = "place-reporter"
	RuleEmbedPost        = "embed-post-shared"
	RuleEmbedText        = "embed-text-before-post"
	RuleSource           = "source-line"
	RuleReprinted        = "reprinted-from"
	RuleWireService      = "wire-service"
	RuleExtraAttribution = "extra-attribution"
	RuleBylinePrefix     = "byline-prefix"
	RuleNameLine         = "name-line"
	RuleNameAtTop        = "name-at-top"
	RuleCreditAlone      = "credit-alone"
	RuleSPADateline      = "spa-dateline"
	RulePlaceDash        = "place-dash-agency"
	RuleAgencyDateline   = "agency-dateline-alone"
	RuleDateLine         = "date-line"
	RuleCaptionENWire    = "english-wire-caption"
	RuleCaptionENBefore  = "english-caption-before-arabic"
	RuleCaptionARAfter   = "arabic-after-english-caption"
	RuleCaptionARCredit  = "arabic-caption-credit"
	RuleCaptionARBefore  = "caption-before-credit"
	RulePhotoCaption     = "photo-caption-opener"
	RuleListBullet       = "list-bullet"
	RuleListNumbered     = "list-numbered"
	RuleListCredited     = "list-numbered-after-credit"
	RuleKeyValue         = "key-value-row"
	RuleUnmarkedList     = "unmarked-list"
	RuleDefinition       = "definition-list"
	RuleListHeading      = "list-heading"
	RuleAttachment       = "attachment-name"
	RuleSignoff          = "signoff-byline"
	RuleStarredHeading   = "starred-heading"
	RuleTitle            = "first-line-title"
	RuleKicker           = "kicker"
	RuleHeading          = "short-line-before-paragraph"
	RuleHeadingAbove     = "short-line-above-heading"
	RuleDeck             = "deck-over-byline"
	RuleDeckUnderTitle   = "deck-under-title"
	RuleSectionName      = "section-name-over-title"
	RuleLatinHeading     = "latin-heading"
	RuleHeadingStack     = "heading-stack"
	RuleLabelHeading     = "label-heading"
	RuleQuestionHeading  = "question-before-paragraph"
	RuleSectionNumber    = "section-number"
	RuleOrdinalHeading   = "ordinal-heading"
	RuleInterview        = "interview-question"
	RuleMarkedQuestion   = "interview-marked-question"
	RuleMarkedAnswer     = "interview-marked-answer"
	RuleAnsweredQuestion = "interview-question-before-answer"
	RuleEnglish          = "english-paragraph"
	RuleParagraph        = "default-paragraph"
)

// Rules returns every rule the segmenter can decide by, stage by stage in
// the order they run.
func Rules() []*Rule {
	var out []*Rule
	for _, st := range stages {
		out = append(out, st.rules...)
	}
	return out
}

// byName indexes Rules by name, built once.
var byName = func() map[string]*Rule {
	m := map[string]*Rule{}
	for _, r := range Rules() {
		m[r.Name] = r
	}
	return m
}()

// ResidueKind is the residue kind of a line decided by the named rule:
// document.ResidueOther for a rule that is not known or gives no kind.
func ResidueKind(rule string) string {
	if r := byName[rule]; r != nil && r.Residue != "" {
		return r.Residue
	}
	return document.ResidueOther
}
