package extract

import (
	"strings"

	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/internal/script"
	"github.com/sahifa/sahifa/extract/segment"
)

// Lines repeated across articles (a batch's page chrome): a batch counts
// the short lines of each article in a first pass (Options.Count), then
// converts again telling the builder which lines recur (Options.Recurs).
// A line that recurs and that the segmenter took for text (a title, a
// heading, a paragraph, a list item, a caption) becomes residue by the
// rule segment.RuleRepeated, and the article is segmented again around
// it, so that its title is sought among the other lines.

// RepeatKey is the key a line is counted by: its cleaned text folded
// (script.Fold, its first runes), "" for a line without a letter. long
// says the line is too long to be chrome (segment.RepeatedMaxWords): it is
// counted, by its first bytes as cleaned, to tell an article reprinted in
// the batch, whose lines recur with it.
func RepeatKey(f *segment.Feature) (key string, long bool) {
	if f.Blank() || f.LetterWords == 0 {
		return "", false
	}
	if f.Words > segment.RepeatedMaxWords {
		// only told apart from other articles' lines: its start as written
		return f.Clean[:min(len(f.Clean), longKeyBytes)], true
	}
	return script.Fold(f.Clean, script.FullKey), false
}

// longKeyBytes is how much of a long line its key holds.
const longKeyBytes = 256

// longKeyMark opens the key of a long line, so that a short line and the
// start of a long one never share a key.
const longKeyMark = "\x01"

// IsLongKey reports the key of a long line (see RepeatKey).
func IsLongKey(k string) bool { return strings.HasPrefix(k, longKeyMark) }

// lineKey is the key given to Options.Count and Options.Recurs.
func lineKey(f *segment.Feature) string {
	k, long := RepeatKey(f)
	if long {
		k = longKeyMark + k
	}
	return k
}

// countRepeats gives opt.Count the distinct keys of a's lines.
func countRepeats(a *container.Article, feats []segment.Feature, count func([]string)) {
	seen := map[string]bool{}
	var keys []string
	for i := range a.Lines {
		if a.Lines[i].Role == document.RoleMarkup {
			continue
		}
		if k := lineKey(&feats[i]); k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	count(keys)
}

// applyRepeats makes the repeated lines of a, segmented, residue and
// segments it again around them; pre are the roles and rules the
// container gave. It reports whether a line was repeated.
func applyRepeats(a *container.Article, feats []segment.Feature, pre []document.Line, recurs func(string) bool, ctx segment.Context) bool {
	var rep []int
	for i := range a.Lines {
		if pre[i].Role != "" {
			continue
		}
		k := lineKey(&feats[i])
		switch {
		case k == "" || !recurs(k):
		case IsLongKey(k):
			return false // a reprint: its lines recur with it
		case segment.Repeatable(&a.Lines[i]):
			rep = append(rep, i)
		}
	}
	if len(rep) == 0 {
		return false
	}
	for i := range a.Lines {
		a.Lines[i].Role, a.Lines[i].Rule, a.Lines[i].Continues = pre[i].Role, pre[i].Rule, pre[i].Continues
	}
	for _, i := range rep {
		segment.MarkRepeated(&a.Lines[i])
	}
	segment.Run(a.Lines, feats, ctx)
	return true
}
