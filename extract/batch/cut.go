package batch

import (
	"context"
	"fmt"
	"io"
	"path"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/source"
)

// cut turns one input into units and sends them: a whole file, or its JSON
// Lines records one by one (streamed, so that a file of any size costs one
// record of memory). It reports false when the batch is stopping.
func cut(ctx context.Context, it *source.Item, opt extract.Options, maxSize int64, send func(*Unit) bool) bool {
	u := &Unit{Path: it.Path, Rel: it.Rel, Source: it.Source, Unsafe: it.Unsafe, Warnings: it.Warnings}
	if it.Err != nil {
		u.Err = it.Err
		return send(u)
	}
	in := opt.In
	if in == "auto" || in == "" {
		in = container.Text
		name := it.Source.Name()
		if head := it.Peek(4096); container.MayBeJSONL(name, head) {
			in = extract.Sniff(path.Base(name), head, opt)
		}
	}
	if in == container.JSONL {
		return records(ctx, it, u, maxSize, send)
	}
	u.Data, u.Err = it.ReadAll()
	u.cost = int64(len(u.Data))
	return send(u)
}

// records streams a JSON Lines input record by record, with no
// line-length limit but the per-article size limit.
func records(ctx context.Context, it *source.Item, base *Unit, limit int64, send func(*Unit) bool) bool {
	rr := container.NewRecordReader(it.Reader(), limit)
	stdin := base.Source.Path == "-" && base.Source.Member == ""
	for {
		if ctx.Err() != nil {
			return false
		}
		line, n, tooLong, err := rr.Next()
		if err == io.EOF {
			return true
		}
		u := *base
		if err != nil {
			u.Path = fmt.Sprintf("%s:%d", base.Path, rr.Records()+1)
			u.Err = &source.Error{Code: document.ErrRead, Msg: err.Error()}
			return send(&u)
		}
		u.Path = fmt.Sprintf("%s:%d", base.Path, n)
		u.IsRecord, u.Record = true, n
		if stdin {
			// Standard input is a stream of independent records: the same
			// record gives the same output wherever it stands (scale-out).
			u.Record = 0
		}
		if tooLong {
			u.Err = &source.Error{Code: document.ErrTooLarge, Msg: fmt.Sprintf("record too large: more than the limit of %s", source.FormatSize(limit))}
		} else {
			u.Data = line
			u.cost = int64(len(line))
		}
		if !send(&u) {
			return false
		}
	}
}
