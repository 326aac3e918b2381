package batch

import (
	"context"
	"fmt"
	"io"
	"path"
	"sync/atomic"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/charset"
	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/source"
)

// cut turns one input into units and sends them: a whole file, or its JSON
// Lines records, TREC <DOC>s or WARC records one by one (streamed, so
// that a file of any size costs a few documents of memory; maxSize bounds
// each). It reports false when the batch is stopping.
func cut(ctx context.Context, it *source.Item, opt extract.Options, maxSize int64, send func(*Unit) bool, skipped *atomic.Int64) bool {
	u := &Unit{Path: it.Path, Rel: it.Rel, Source: it.Source, Unsafe: it.Unsafe, Warnings: it.Warnings}
	if it.Err != nil {
		u.Err = it.Err
		return send(u)
	}
	in := opt.In
	head := it.Peek(4096)
	if in == "auto" || in == "" {
		in = container.SniffRaw(head)
		if name := it.Source.Name(); in == "" && container.MayBeJSONL(name, head) {
			in = extract.Sniff(path.Base(name), head, opt)
		}
	}
	switch {
	case len(head) == 0 && it.Size > maxSize:
		// announced too large and not opened (a zip member): ReadAll says so
	case in == container.JSONL:
		return records(ctx, it, u, maxSize, send)
	case in == container.WARC, in == container.TREC && opt.Encoding != "utf-16" && !charset.IsUTF16(head):
		return streamParts(ctx, it, u, in, maxSize, send, skipped)
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

// streamParts streams a container input document by document (TREC, WARC), each
// bounded by limit; skipped counts its records that hold no article.
func streamParts(ctx context.Context, it *source.Item, base *Unit, format string, limit int64, send func(*Unit) bool, skipped *atomic.Int64) bool {
	sp := container.NewSplitter(format, it.Reader(), limit)
	defer func() { skipped.Add(int64(sp.Skipped())) }()
	for {
		if ctx.Err() != nil {
			return false
		}
		p, err := sp.Next()
		if err == io.EOF {
			return true
		}
		u := *base
		if err != nil {
			u.Err = &source.Error{Code: document.ErrRead, Msg: err.Error()}
			return send(&u)
		}
		if p.N > 0 {
			u.Path = fmt.Sprintf("%s#%d", base.Path, p.N)
		}
		u.Part, u.Format, u.Data, u.cost = p, format, p.Data, int64(len(p.Data))
		if !send(&u) {
			return false
		}
	}
}
