package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/sahifa/sahifa/extract/batch"
)

// progressDelay: a run shorter than this shows no progress bar (a
// variable for the tests).
var progressDelay = 500 * time.Millisecond

// progress draws a bar on stderr. The bar and its ETA compare the input
// bytes consumed (compressed, for archives) with the size on disk of the
// inputs (a spinner when unknown, -1); its text gives the articles, the
// article bytes and their rate, as the summary counts them
// (batch.ProgressText).
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
func (p *progress) update(st batch.Stats, consumed int64) {
	if p.bar == nil {
		if time.Since(p.start) < progressDelay {
			return
		}
		p.bar = progressbar.NewOptions64(p.total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionUseANSICodes(true),
			progressbar.OptionSetRenderBlankState(true),
			progressbar.OptionSetDescription(batch.ProgressText(st, time.Since(p.start))),
		)
	}
	p.bar.Describe(batch.ProgressText(st, time.Since(p.start)))
	n := consumed
	if p.total < 0 {
		n = st.Bytes
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
