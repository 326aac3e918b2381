package batch

import (
	"fmt"
	"path"
	"strings"
)

// claim makes rel, a target of the input where, the run's own: a target
// already decided for another document of this run (a.txt and a.md both
// giving a.json, a member name twice in one archive, a/./c.txt beside
// a/c.txt, the ids g1, g1, g1-2) gets the first free name instead, the
// input's own extension kept for a whole-file target (a.md.json), else a
// number (g1-2-2), and Renamed is told of it, naming both inputs. Names
// are decided in input order: a run is deterministic. It returns the
// target to write.
func (t *TreeSink) claim(rel, where, orig string) string {
	if t.claimed == nil {
		t.claimed = map[string]string{}
	}
	key := path.Clean(rel)
	other, taken := t.claimed[key]
	if !taken {
		t.claimed[key] = where
		return key
	}
	ext := t.enc.Ext()
	base := strings.TrimSuffix(key, ext)
	var cands []string
	if orig != "" {
		cands = append(cands, path.Clean(orig)+ext)
	}
	for k := 2; ; k++ {
		c := fmt.Sprintf("%s-%d%s", base, k, ext)
		if len(cands) > 0 {
			if _, used := t.claimed[cands[0]]; !used {
				c = cands[0]
			}
			cands = nil
		}
		if _, used := t.claimed[c]; !used {
			t.claimed[c] = where
			if t.Renamed != nil {
				t.Renamed(where, fmt.Sprintf("%s is the output of %s in this run; written as %s", key, other, c))
			}
			return c
		}
	}
}
