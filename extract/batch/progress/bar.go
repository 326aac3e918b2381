// Package progress draws the progress bar of a batch on a terminal. It is
// a package of its own so that the batch package, which programs such as
// the Beam pipeline import, carries no terminal library.
package progress

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/sahifa/sahifa/extract/batch"
)

// Bar is the progress bar of a batch, for a terminal. Its bar and ETA
// compare the input bytes consumed (compressed, for archives) with the
// size on disk of the inputs (a spinner when that is unknown); its text
// is batch.ProgressText: the articles, their MB and rate, as Summary counts
// them. It is drawn only once the batch has run for Delay. Update is a
// batch.Report.Progress; a Bar is used from the goroutine that writes.
type Bar struct {
	// Delay is how long a batch runs before the bar shows: a short run
	// shows none. NewBar sets it to half a second.
	Delay time.Duration

	w     io.Writer
	total int64
	start time.Time
	bar   *progressbar.ProgressBar
}

// NewBar returns a bar drawn on w for inputs of total bytes on disk (-1
// when unknown: see source.SizeOnDisk).
func NewBar(w io.Writer, total int64) *Bar {
	return &Bar{Delay: 500 * time.Millisecond, w: w, total: total, start: time.Now()}
}

// Update draws the figures after an input; it is a batch.Report.Progress.
func (p *Bar) Update(st batch.Stats, consumed int64) {
	if p.bar == nil {
		if time.Since(p.start) < p.Delay {
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

// Done removes the bar, if it was drawn, before the summary line.
func (p *Bar) Done() {
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
		fmt.Fprint(p.w, "\r\033[K")
	}
}
