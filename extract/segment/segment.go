// Package segment gives every line of an article its role (see the spec's
// document.md, "Line roles") and names the rule that decided, so that
// `sahifa inspect` can show why.
//
// The rules are data: a Rule is a name, the role it gives, the residue
// kind of a residue line, and the test it makes. They run in stages, in
// the order of the stages table (segment.go):
//
//  1. local rules (rules.go): what a line is by itself (blank, residue,
//     embed, attribution, byline, credit, dateline, list item, English
//     caption); the first rule that matches decides;
//  2. passes (passes.go): rules that read a run of lines (the items after
//     `اقرأ أيضا`, the text before an embed's credit, link lists, starred
//     headings, a sign-off, interview questions);
//  3. context rules (context.go): what the remaining lines are given their
//     neighbours (Arabic caption, title, heading, paragraph); the first
//     that matches decides, and the last always does;
//  4. passes over the result (one attribution per article, the teasers
//     closing some container pages).
//  5. the line model (model.go): a small logistic regression trained on
//     the labelled dev set gives a short line the weak default rules
//     decided another role when it is sure of it (rule `model-ROLE@P`);
//     by default only the roles cross-validation supports (model.go).
//
// A new rule goes into the table of its stage, with a case of its own in
// TestRules (a test fails for a rule without one). Rules read a line's
// Feature and its neighbours; no regexp runs on every line.
package segment

import (
	"strings"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// Context is what the container said of the article that the rules need.
type Context struct {
	// HasTitle says the container gave the title: the body has none.
	HasTitle bool
	// Source is the container's source field (TREC <SRC>), "" when none.
	Source string
	// Model, when set, is the line model Run asks of the lines the weak
	// rules decided (see model.go); nil asks DefaultLineModel, and a
	// LineModel without Weights asks none (the rules alone decide).
	Model *LineModel

	// spaced says the document was double-spaced and is read without its
	// single blank lines (spacing.go): every line stood a blank apart
	spaced bool
}

// Segment gives a role and a rule to every line whose Role is empty;
// roles the container assigned (markup, title, dateline) stay. It computes
// the lines' features itself; callers that need them too use NewFeature
// and Run.
func Segment(lines []document.Line, ctx Context) {
	n := normalize.New(normalize.Display)
	feats := make([]Feature, len(lines))
	for i := range lines {
		if lines[i].Role != document.RoleMarkup {
			feats[i] = NewFeature(n, lines[i].Text)
		}
	}
	Run(lines, feats, ctx)
}

// Run gives a role and a rule to every line whose Role is empty, reading
// feats[i] for lines[i] (markup lines' features are not read). In a
// hard-wrapped document the lines a paragraph (or a title) was cut into
// are decided as one, and marked as continuing it (see reflow.go).
func Run(lines []document.Line, feats []Feature, ctx Context) {
	if doubleSpaced(lines, feats) {
		runSpaced(lines, feats, ctx)
		return
	}
	runAny(lines, feats, ctx)
}

func runAny(lines []document.Line, feats []Feature, ctx Context) {
	if w := wrapWidth(lines, feats); w > 0 {
		runWrapped(lines, feats, ctx, w)
		return
	}
	run(lines, feats, ctx, 0)
}

// run runs the stages; wrap is the column the document was wrapped at, 0
// when it was not.
func run(lines []document.Line, feats []Feature, ctx Context, wrap int) {
	s := newState(lines, feats, ctx)
	s.wrap = wrap
	for _, st := range stages {
		if st.when == nil || st.when(s) {
			st.run(s)
		}
	}
	if lm := ctx.lineModel(); lm != nil {
		reconsider(s, lm)
	}
}

// stage is one step of Run.
type stage struct {
	name  string
	run   func(*state)
	when  func(*state) bool // nil: always
	rules []*Rule           // the rules the stage can decide by
}

// stages are the steps of Run, in order. The first, reflow, is done
// before the others (it decides what a unit is), and is listed for its rule.
var stages = []stage{
	{name: "reflow", run: func(*state) {}, rules: []*Rule{ruleWrapped}},
	{name: "local", run: local, rules: localRules},
	{name: "starred-title", run: starredTitle, when: func(s *state) bool { return !s.ctx.HasTitle }, rules: []*Rule{ruleStarredTitle}},
	{name: "quoted-sayings", run: quotedSayings, rules: []*Rule{ruleQuotedSaying}},
	{name: "image-tickers", run: imageTickers, rules: []*Rule{ruleImageTicker}},
	{name: "page-chrome", run: pageChrome, rules: []*Rule{rulePageChrome, rulePageTitle, rulePageTail}},
	{name: "image-captions", run: imageCaptions, rules: []*Rule{ruleImageToken, ruleImageCaption}},
	{name: "bylines-under-title", run: bylinesUnderTitle, rules: []*Rule{ruleBylineUnderTitle, ruleDateUnderTitle}},
	{name: "link-cuts", run: linkCuts, rules: []*Rule{ruleLinkCut}},
	{name: "timeline-rows", run: timelineRows, rules: []*Rule{ruleTimelineRow}},
	{name: "counted-lists", run: countedLists},
	{name: "ordinal-items", run: ordinalItems, rules: []*Rule{ruleOrdinalItem}},
	{name: "marked-interview", run: markedInterview, rules: []*Rule{ruleMarkedQuestion, ruleMarkedAnswer}},
	{name: "answered-interview", run: answeredInterview, rules: []*Rule{ruleAnsweredQuestion}},
	{name: "title-under-top-lines", run: titleUnderTopLines, when: func(s *state) bool { return !s.ctx.HasTitle }},
	{name: "section-name", run: sectionName, when: func(s *state) bool { return !s.ctx.HasTitle }, rules: []*Rule{ruleSectionName}},
	{name: "kicker", run: kicker, when: func(s *state) bool { return !s.ctx.HasTitle }, rules: []*Rule{ruleKicker}},
	{name: "title-repeats", run: titleRepeats, when: func(s *state) bool { return !s.ctx.HasTitle }, rules: []*Rule{ruleTitleRepeated}},
	{name: "decks", run: decks, rules: []*Rule{ruleDeck}},
	{name: "read-also-items", run: readAlsoItems, rules: []*Rule{ruleReadAlsoItem}},
	{name: "embed-text", run: embedText, rules: []*Rule{ruleEmbedText}},
	// unheaded lists of other stories come with container pages (BBC); in
	// raw bodies short unpunctuated runs are mostly verse
	{name: "link-lists", run: linkLists, when: func(s *state) bool { return s.ctx.HasTitle }, rules: []*Rule{ruleLinkList}},
	{name: "glyph-bullets", run: glyphBullets, rules: []*Rule{ruleGlyphBullet}},
	{name: "unmarked-lists", run: unmarkedLists, rules: []*Rule{ruleKeyValue, ruleDefinition, ruleUnmarked, ruleListHeading}},
	{name: "starred-headings", run: starredHeadings, rules: []*Rule{ruleStarredHeading}},
	{name: "repeated-lists", run: repeatedLists, rules: []*Rule{ruleRepeatedList}},
	{name: "label-rows", run: labelRows, rules: []*Rule{ruleLabelRows}},
	{name: "marked-lists", run: markedLists, rules: []*Rule{ruleListContinued, ruleListBetween}},
	{name: "dash-speech", run: dashSpeech, rules: []*Rule{ruleDashSpeech}},
	{name: "numbered-headings", run: numberedHeadings, rules: []*Rule{ruleNumberedHeading}},
	{name: "signoff", run: signoff, rules: []*Rule{ruleSignoff}},
	{name: "labelled-questions", run: labelledQuestions},
	{name: "interview", run: interview, rules: []*Rule{ruleInterview}},
	{name: "section-numbers", run: sectionNumbers, rules: []*Rule{ruleSectionNumber}},
	{name: "context", run: context, rules: contextRules},
	{name: "name-signoffs", run: nameSignoffs, rules: []*Rule{ruleNameSignoff}},
	{name: "footer-menus", run: footerMenus, rules: []*Rule{ruleFooterMenu}},
	{name: "dated-teasers", run: datedTeasers, rules: []*Rule{ruleDatedTeasers}},
	{name: "decks-under-title", run: decksUnderTitle, rules: []*Rule{ruleDeckUnderTitle}},
	{name: "heading-stacks", run: headingStacks, rules: []*Rule{ruleHeadingStack}},
	{name: "over-list-headings", run: overListHeadings, rules: []*Rule{ruleOverListHeading}},
	{name: "starred-source", run: starredSource, rules: []*Rule{ruleStarredSource}},
	{name: "one-attribution", run: oneAttribution, rules: []*Rule{ruleExtraAttribution}},
	{name: "container-teasers", run: containerTeasers, when: func(s *state) bool {
		return strings.EqualFold(strings.TrimSpace(s.ctx.Source), "cnn")
	}, rules: []*Rule{ruleTeasers}},
}

// state is an article being segmented.
type state struct {
	lines []document.Line
	feats []Feature
	ctx   Context
	// firstContent is the index of the first free line that is not blank,
	// -1 when there is none.
	firstContent int
	// firstBody is the index of the first line that reads as body text
	// (Feature.Bodyish), len(lines) when none does.
	firstBody int
	// titleAt is where a raw article's title stands: its first content
	// line, or the line after a kicker (see kicker.go).
	titleAt int
	// nth[i] is the 1-based place of line i among the article's non-blank
	// lines (those the container decided included).
	nth []int

	// wrap is the column the document was hard-wrapped at, 0 when none
	wrap int
	// blanks is 1 when the document sets blank lines between its blocks,
	// -1 when it does not, 0 before blankBetweenBlocks is asked
	blanks int

	// the line the context rules are deciding, and its neighbours
	cur, prev, next int
	nextBody        bool

	// paraWords caches paragraphWords, -1 until computed
	paraWords int
	// screen caches screenWidth, -1 until computed
	screen int
	// qaPairs caches interviewPairs, -1 until computed
	qaPairs int
	// verseRun is the run of short lines inVerse read last, [from, to),
	// and verseOK its answer
	verseRun [2]int
	verseOK  bool
}

func newState(lines []document.Line, feats []Feature, ctx Context) *state {
	s := &state{lines: lines, feats: feats, ctx: ctx, firstContent: -1, titleAt: -1, nth: make([]int, len(lines)), paraWords: -1, qaPairs: -1, screen: -1}
	seen := 0
	s.firstBody = len(lines)
	for i := range lines {
		if s.firstBody == len(lines) && lines[i].Role != document.RoleMarkup && feats[i].Bodyish() {
			s.firstBody = i
		}
		if !s.free(i) {
			if r := lines[i].Role; r != document.RoleMarkup && r != document.RoleBlank {
				seen++
			}
			continue
		}
		if feats[i].Blank() {
			continue
		}
		if s.firstContent < 0 {
			s.firstContent, s.titleAt = i, i
		}
		seen++
		s.nth[i] = seen
	}
	return s
}

// free reports whether line i has no role yet.
func (s *state) free(i int) bool { return s.lines[i].Role == "" }

// set gives line i the role of rule r.
func (s *state) set(i int, r *Rule) { s.lines[i].Role, s.lines[i].Rule = r.Role, r.Name }

// prevNonBlank is PrevWithText of s's lines.
func (s *state) prevNonBlank(i int) int { return PrevWithText(s.lines, i) }

// nextNonBlank is NextWithText of s's lines.
func (s *state) nextNonBlank(i int) int { return NextWithText(s.lines, i) }

// PrevWithText is the index of the nearest line before i that holds text
// and is neither blank nor markup, -1 when none.
func PrevWithText(lines []document.Line, i int) int {
	for j := i - 1; j >= 0; j-- {
		if holdsText(&lines[j]) {
			return j
		}
	}
	return -1
}

// NextWithText is the index of the nearest line after i that holds text
// and is neither blank nor markup, -1 when none.
func NextWithText(lines []document.Line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if holdsText(&lines[j]) {
			return j
		}
	}
	return -1
}

func holdsText(l *document.Line) bool {
	return l.Role != document.RoleBlank && l.Role != document.RoleMarkup && strings.TrimSpace(l.Text) != ""
}

// local decides each free line by itself, or leaves it for the context
// rules.
func local(s *state) {
	for i := range s.lines {
		if s.free(i) {
			decide(s, i, localRules)
		}
	}
}

// context decides each free line from its neighbours.
func context(s *state) {
	for i := range s.lines {
		if !s.free(i) {
			continue
		}
		s.cur = i
		s.prev, s.next = s.prevNonBlank(i), s.nextNonBlank(i)
		n := s.next
		s.nextBody = n >= 0 && (s.free(n) || s.lines[n].Role == document.RoleParagraph || s.lines[n].Role == document.RoleListItem) && s.feats[n].Bodyish()
		decide(s, i, contextRules)
	}
}

// decide gives line i the role of the first of rules that matches it.
func decide(s *state, i int, rules []*Rule) {
	for _, r := range rules {
		if r.Match(s, i) {
			s.set(i, r)
			return
		}
	}
}
