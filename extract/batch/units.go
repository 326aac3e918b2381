package batch

import (
	"context"
	"iter"
	"sync/atomic"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/source"
)

// Units yields the units of one input exactly as Run cuts them: the whole
// input, or its JSON Lines records, TREC <DOC>s or WARC records one by one,
// streamed (maxSize bounds each; source.DefaultMaxSize when not positive).
// An input that cannot be read yields one unit with Err. skipped, when not
// nil, counts the container records that hold no article (as
// Stats.SkippedRecords). Breaking out of the loop stops the reading.
//
// With Extract(opt) on each unit it makes the documents `sahifa extract`
// writes, for programs that schedule the units themselves (a Beam
// pipeline).
func Units(ctx context.Context, it *source.Item, opt extract.Options, maxSize int64, skipped *atomic.Int64) iter.Seq[*Unit] {
	if maxSize <= 0 {
		maxSize = source.DefaultMaxSize
	}
	if skipped == nil {
		skipped = new(atomic.Int64)
	}
	return func(yield func(*Unit) bool) {
		cut(ctx, it, opt, maxSize, yield, skipped)
	}
}
