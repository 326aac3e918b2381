package segment

import (
	"slices"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/normalize"
)

// inVerse reads a run of short lines once for all its lines: it must
// answer each line as a fresh reading does, whatever order the lines are
// asked in, across runs side by side.
func TestInVerseRunCache(t *testing.T) {
	verse := []string{"لا ملك جبار ولا سفاح", "والكون في أسراره مفتاح", "للفكر لا لوغى ولا لسلاح", "رمل تناوله مهب رياح"}
	long := para + " " + para // too long to be one of a run of short lines
	list := []string{"الملعب الأولمبي", "الجمهور ستون ألفا", "الحكم بدرو بروينسا"}
	for _, tc := range []struct {
		name  string
		lines []string
		verse bool // some line reads as verse
	}{
		{"verse", append([]string{long}, append(verse, long)...), true},
		{"verse, a longgraph, a list", append(append(append([]string{long}, verse...), long), append(list, long)...), true},
		{"a list then verse, no line apart", append(append([]string{long}, list...), append(verse, long)...), false},
		{"verse split by a blank", append(append([]string{long}, verse[:2]...), append([]string{""}, append(verse[2:], long)...)...), false},
	} {
		n := normalize.New(normalize.Display)
		lines := make([]document.Line, len(tc.lines))
		feats := make([]Feature, len(tc.lines))
		for i, l := range tc.lines {
			lines[i], feats[i] = document.Line{N: i + 1, Text: l}, NewFeature(n, l)
		}
		var want []bool
		for i := range lines {
			if feats[i].Blank() {
				want = append(want, false)
				continue
			}
			want = append(want, newState(lines, feats, Context{}).inVerse(i))
		}
		if slices.Contains(want, true) != tc.verse {
			t.Errorf("%s: inVerse %v, want some line read as verse: %v", tc.name, want, tc.verse)
		}
		for _, order := range [][]int{ascending(len(lines)), descending(len(lines))} {
			s := newState(lines, feats, Context{})
			got := make([]bool, len(lines))
			for _, i := range order {
				if !feats[i].Blank() {
					got[i] = s.inVerse(i)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: inVerse asked in order %v = %v, fresh %v", tc.name, order, got, want)
			}
		}
	}
}

func ascending(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func descending(n int) []int {
	out := ascending(n)
	slices.Reverse(out)
	return out
}
