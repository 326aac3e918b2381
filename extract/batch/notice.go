package batch

import (
	"sync"

	"github.com/sahifa/sahifa/extract/source"
)

// notices gathers what the folder walk tells (source.Notice): counted all,
// the first MaxSkippedList kept for Report.Noticed.
type notices struct {
	mu     sync.Mutex
	kept   []source.Notice
	links  int // links not followed, loops included
	others int // files not taken
}

func (n *notices) add(x source.Notice) {
	n.mu.Lock()
	defer n.mu.Unlock()
	switch x.Kind {
	case source.NoticeLink, source.NoticeLoop:
		n.links++
	case source.NoticeOther:
		n.others++
	}
	if len(n.kept) < MaxSkippedList {
		n.kept = append(n.kept, x)
	}
}

// report puts the counts in st and tells rep.Noticed, once the walk is
// over.
func (n *notices) report(st *Stats, rep Report) {
	n.mu.Lock()
	defer n.mu.Unlock()
	st.LinksSkipped, st.OthersSkipped = n.links, n.others
	if rep.Noticed != nil {
		for _, x := range n.kept {
			rep.Noticed(x)
		}
	}
}
