package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressDelay: a run shorter than this shows no progress bar.
const progressDelay = 500 * time.Millisecond

// progress draws a bar on stderr: articles, bytes, rate and ETA. The total
// is the size on disk of the inputs (compressed, for archives), compared
// with the bytes consumed so far; -1 when unknown (a spinner).
type progress struct {
	w     io.Writer
	total int64
	start time.Time
	bar   *progressbar.ProgressBar
}

func newProgress(w io.Writer, total int64) *progress {
	return &progress{w: w, total: total, start: time.Now()}
}

// update is called by the writer after each input.
func (p *progress) update(articles int, bytes, consumed int64) {
	if p.bar == nil {
		if time.Since(p.start) < progressDelay {
			return
		}
		p.bar = progressbar.NewOptions64(p.total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionUseANSICodes(true),
			progressbar.OptionSetRenderBlankState(true),
		)
	}
	p.bar.Describe(fmt.Sprintf("%d articles", articles))
	n := consumed
	if p.total < 0 {
		n = bytes
	}
	_ = p.bar.Set64(n)
}

// done removes the bar before the summary line.
func (p *progress) done() {
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
		fmt.Fprint(p.w, "\r\033[K")
	}
}
