package segment

import (
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// fixtureLines cuts a raw text file into lines as the text container does
// (split on \n, \r trimmed), so that the segmenter is tested without the
// containers.
func fixtureLines(text string) []document.Line {
	text = strings.TrimPrefix(text, "\ufeff")
	parts := strings.Split(text, "\n")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	lines := make([]document.Line, len(parts))
	for i, p := range parts {
		lines[i] = document.Line{N: i + 1, Text: strings.TrimSuffix(p, "\r")}
	}
	return lines
}

// fixtureTREC cuts a one-<DOC> TREC file into lines as the TREC container
// does for the lines the segmenter sees: tags and container fields are
// markup, <TITLE> is the title, the lines of <TEXT> are free. It returns
// the context the container gives (a title, the <SRC>).
func fixtureTREC(text string) ([]document.Line, Context) {
	lines := fixtureLines(text)
	ctx := Context{HasTitle: true}
	inText := false
	for i := range lines {
		l := &lines[i]
		t := strings.TrimSpace(l.Text)
		switch {
		case t == "<TEXT>":
			inText = true
			l.Role, l.Rule = document.RoleMarkup, "container-tag"
		case t == "</TEXT>":
			inText = false
			l.Role, l.Rule = document.RoleMarkup, "container-tag"
		case inText:
		case strings.HasPrefix(t, "<TITLE>"):
			l.Role, l.Rule = document.RoleTitle, "container-title"
			l.Text = strings.TrimSuffix(strings.TrimPrefix(t, "<TITLE>"), "</TITLE>")
		default:
			if strings.HasPrefix(t, "<SRC>") {
				ctx.Source = strings.TrimSuffix(strings.TrimPrefix(t, "<SRC>"), "</SRC>")
			}
			l.Role, l.Rule = document.RoleMarkup, "container-field"
		}
	}
	return lines, ctx
}

// fixture segments a fixture read as raw text or, for .trec, as TREC.
func fixture(name, text string) []document.Line {
	if strings.HasSuffix(name, ".trec") {
		lines, ctx := fixtureTREC(text)
		Segment(lines, ctx)
		return lines
	}
	lines := fixtureLines(text)
	Segment(lines, Context{})
	return lines
}

// ruleCase is an article of a table test under a context: its lines, the
// one marked `>>` being checked, and the role and rule that line must get.
type ruleCase struct {
	name  string
	ctx   Context
	lines []string
	role  document.Role
	rule  string
}

// markedCase is a ruleCase whose context the test gives for all its cases.
type markedCase struct {
	name  string
	lines []string
	role  document.Role
	rule  string
}

// checkRuleCases segments each case and reports a line left without a role
// or rule, and a marked line whose role or rule is not the one wanted.
func checkRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lines, at := markedLines(t, tc.lines)
			Segment(lines, tc.ctx)
			for i, l := range lines {
				if l.Role == "" || l.Rule == "" {
					t.Errorf("line %d has no role or rule", i+1)
				}
			}
			if got := lines[at]; got.Role != tc.role || got.Rule != tc.rule {
				t.Errorf("line %d %q: got %s (%s), want %s (%s)", at+1, got.Text, got.Role, got.Rule, tc.role, tc.rule)
			}
		})
	}
}

// checkMarked is checkRuleCases with one context for every case.
func checkMarked(t *testing.T, ctx Context, cases []markedCase) {
	t.Helper()
	all := make([]ruleCase, len(cases))
	for i, c := range cases {
		all[i] = ruleCase{c.name, ctx, c.lines, c.role, c.rule}
	}
	checkRuleCases(t, all)
}

// markedLines numbers an article's lines and finds the one marked `>>`,
// which it unmarks.
func markedLines(t *testing.T, in []string) ([]document.Line, int) {
	t.Helper()
	lines := make([]document.Line, len(in))
	at := -1
	for i, s := range in {
		if rest, ok := strings.CutPrefix(s, ">>"); ok {
			s, at = rest, i
		}
		lines[i] = document.Line{N: i + 1, Text: s}
	}
	if at < 0 {
		t.Fatal("no line marked >>")
	}
	return lines, at
}

// segmentMarked segments an article and returns its line marked `>>`.
func segmentMarked(t *testing.T, ctx Context, in []string) document.Line {
	t.Helper()
	lines, at := markedLines(t, in)
	Segment(lines, ctx)
	return lines[at]
}

// featuredLines are texts as lines, numbered from 1, and their features.
func featuredLines(texts []string) ([]document.Line, []Feature) {
	n := normalize.New(normalize.Display)
	lines := make([]document.Line, len(texts))
	feats := make([]Feature, len(texts))
	for i, l := range texts {
		lines[i] = document.Line{N: i + 1, Text: l}
		feats[i] = NewFeature(n, l)
	}
	return lines, feats
}
