package main

// The extract pipeline: one reader goroutine walks the inputs (package
// extract/source) and cuts them into units (a whole file, or one JSON Lines
// record); N workers turn units into documents; the calling goroutine
// writes the results in input order. Memory is bounded by the pipeline, not
// by the input: at most `window` units, holding at most `budget` bytes
// (or one unit larger than that), are between the reader and the writer.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/source"
)

// flushDelay is how long written output may wait in the buffer: a slow
// trickle of JSON Lines input still gets its output promptly.
const flushDelay = 5 * time.Millisecond

// pipelineBudget bounds the bytes of input held between reader and writer.
const pipelineBudget = 64 << 20

// unit is what a worker converts: a whole input, or one JSON Lines record.
type unit struct {
	seq    int
	path   string // display path, for messages ("a.jsonl:12" for a record)
	rel    string // relative path, for an output tree
	src    extract.Source
	unsafe bool
	data   []byte
	record int  // the record's line (0 on standard input, where it is not counted)
	isRec  bool // a JSON Lines record
	err    error
	cost   int64
}

type result struct {
	u    *unit
	docs []*extract.Document
	enc  rendered
}

// rendered holds documents already written out by the workers, so that
// encoding is done in parallel and the writer only copies bytes.
type rendered map[*extract.Document][]byte

// sink receives the documents of each unit, in input order.
type sink interface {
	// render writes out one document ahead, in a worker; nil when the sink
	// does it itself. It must be safe for concurrent use.
	render(d *extract.Document) []byte
	// write writes the documents of one unit that are to be written; enc
	// holds those rendered ahead.
	write(u *unit, docs []*extract.Document, enc rendered) error
	// buffered reports whether output waits in a buffer.
	buffered() bool
	flush() error
	// close finishes the output; ok is false when the run was cut short.
	close(ok bool) error
}

// stats are the figures of the summary line.
type stats struct {
	inputs   int // items the walk yielded
	articles int
	failed   int
	warnings int
	bytes    int64
}

// budget is a counting semaphore on bytes: acquire blocks while the bytes
// in flight would pass the limit, unless nothing is in flight.
type budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	used  int64
	limit int64
}

func newBudget(limit int64) *budget {
	b := &budget{limit: limit}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *budget) acquire(ctx context.Context, n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.used > 0 && b.used+n > b.limit {
		if ctx.Err() != nil {
			return false
		}
		b.cond.Wait()
	}
	b.used += n
	return ctx.Err() == nil
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// wake unblocks waiters so that they see a cancelled context.
func (b *budget) wake() { b.cond.Broadcast() }

type pipeline struct {
	a    *app
	o    *extractOptions
	eopt extract.Options
	sopt source.Options
	out  sink
	prog *progress

	st       stats
	consumed atomic.Int64
}

// The conversions; tests replace them to exercise the plumbing.
var (
	extractDocs   = extract.Extract
	extractRecord = extract.ExtractRecord
)

// errFailFast stops the run at the first failure (--on-error fail).
var errFailFast = errors.New("stopped at the first failure")

// run runs the pipeline to the end, or until ctx is cancelled or a write
// fails.
func (p *pipeline) run(ctx context.Context) error {
	jobs := max(p.o.jobs, 1)
	// Articles in flight: news articles are small, and a window of a few
	// dozen lets the reader run ahead rather than wake a worker for each
	// one (a third of the context switches of a window of 16); the
	// budget bounds the bytes.
	window := max(4*jobs, 64)
	pctx, stop := context.WithCancel(ctx)
	defer stop()

	slots := make(chan struct{}, window)
	bud := newBudget(max(pipelineBudget, p.o.maxSize+1))
	units := make(chan *unit, window)
	results := make(chan result, window)
	var inputs atomic.Int64

	p.sopt.Consumed = &p.consumed
	producerDone := make(chan struct{})
	go func() {
		defer close(producerDone)
		defer close(units)
		seq := 0
		send := func(u *unit) bool {
			u.seq = seq
			seq++
			select {
			case slots <- struct{}{}:
			case <-pctx.Done():
				return false
			}
			if !bud.acquire(pctx, u.cost) {
				return false
			}
			select {
			case units <- u:
				return true
			case <-pctx.Done():
				return false
			}
		}
		for it := range source.Walk(p.o.args, p.sopt) {
			inputs.Add(1)
			if !p.cut(pctx, it, send) {
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var u *unit
				select {
				case u = <-units:
				case <-pctx.Done(): // the reader may be stuck on a pipe
					return
				}
				if u == nil {
					return
				}
				r := result{u: u, docs: p.convert(u)}
				for _, d := range r.docs {
					if b := p.out.render(d); b != nil {
						if r.enc == nil {
							r.enc = make(rendered, len(r.docs))
						}
						r.enc[d] = b
					}
				}
				select {
				case results <- r:
				case <-pctx.Done():
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	err := p.write(ctx, results, slots, bud)
	stop()
	bud.wake()
	for range results { // let the workers finish
	}
	select {
	case <-producerDone:
	case <-time.After(2 * time.Second): // blocked reading a pipe
	}
	p.st.inputs = int(inputs.Load())
	return err
}

// cut turns one input into units: a whole file, or its JSON Lines records.
func (p *pipeline) cut(ctx context.Context, it *source.Item, send func(*unit) bool) bool {
	u := &unit{path: it.Path, rel: it.Rel, src: it.Source, unsafe: it.Unsafe}
	if it.Err != nil {
		u.err = it.Err
		return send(u)
	}
	name := it.Source.Path
	if it.Source.Member != "" {
		name = it.Source.Member
	}
	in := p.eopt.In
	if in == "auto" || in == "" {
		in = "text"
		if head := it.Peek(4096); mayBeJSONL(name, head) {
			in = extract.Sniff(path.Base(name), head, p.eopt)
		}
	}
	if in == "jsonl" {
		return p.records(ctx, it, u, send)
	}
	u.data, u.err = it.ReadAll()
	u.cost = int64(len(u.data))
	return send(u)
}

// mayBeJSONL is a cheap test before extract.Sniff (which decodes the head):
// JSON Lines is named .jsonl or .ndjson, or starts with "{" (in UTF-16, the
// head holds NUL bytes). Inputs that fail it are not streamed record by
// record; extract still reads them whole, whatever they hold.
func mayBeJSONL(name string, head []byte) bool {
	n := strings.ToLower(strings.TrimSuffix(name, ".gz"))
	if strings.HasSuffix(n, ".jsonl") || strings.HasSuffix(n, ".ndjson") {
		return true
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("\xef\xbb\xbf")), " \t\r\n")
	return bytes.HasPrefix(h, []byte("{")) || bytes.IndexByte(head, 0) >= 0
}

// records streams a JSON Lines input line by line, with no line-length
// limit but the per-article size limit.
func (p *pipeline) records(ctx context.Context, it *source.Item, base *unit, send func(*unit) bool) bool {
	br := it.Reader()
	limit := p.o.maxSize
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return false
		}
		line, tooLong, ok, err := readLine(br, limit)
		u := *base
		u.path = fmt.Sprintf("%s:%d", base.path, n)
		if !ok {
			if err != nil {
				u.err = &source.Error{Code: source.CodeRead, Msg: err.Error()}
				return send(&u)
			}
			return true
		}
		u.isRec = true
		u.record = n
		if base.src.Path == "-" && base.src.Member == "" {
			// Standard input is a stream of independent records: the same
			// record gives the same output wherever it stands (scale-out).
			u.record = 0
		}
		if tooLong {
			u.err = &source.Error{Code: source.CodeTooLarge, Msg: "record too large: more than the limit of " + source.FormatSize(limit), Limit: limit, Size: -1}
		} else {
			u.data = line
			u.cost = int64(len(line))
		}
		if !send(&u) {
			return false
		}
	}
}

// readLine reads one line without its terminator ("\n" or "\r\n"); ok is
// false at the end of the input (err is then nil or a read error). A line
// longer than limit is read to its end and dropped: tooLong is set.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong, ok bool, err error) {
	var n int64
	for {
		chunk, e := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			if n > limit+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil && e != io.EOF {
			return nil, false, false, e
		}
		if n == 0 {
			return nil, false, false, nil
		}
		break
	}
	if tooLong {
		return nil, true, true, nil
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if int64(len(line)) > limit {
		return nil, true, true, nil
	}
	return line, false, true, nil
}

// convert turns a unit into its documents; it never panics.
func (p *pipeline) convert(u *unit) (docs []*extract.Document) {
	defer func() {
		if r := recover(); r != nil {
			docs = []*extract.Document{extract.ErrorRecord(u.src, extract.ErrRead, fmt.Sprintf("internal error: %v; please report it", r))}
		}
	}()
	switch {
	case u.err != nil:
		// The hint goes into the record, which stderr repeats.
		d := extract.ErrorRecord(u.src, source.Code(u.err), u.err.Error()+hint(u.err))
		if u.isRec {
			// The record it stands for: a JSON Lines record, this line.
			d.Input.Format = extract.FormatJSONL
			if u.record > 0 {
				n := u.record
				d.Input.Record = &n
			}
		}
		return []*extract.Document{d}
	case u.isRec:
		return []*extract.Document{extractRecord(u.src, u.data, u.record, p.eopt)}
	}
	return extractDocs(u.src, u.data, p.eopt)
}

// hint is what the command line adds to a message of package source, which
// states the fact and names no flag: the flag that lifts the limit, or
// the way around it; "" when there is nothing to add.
func hint(err error) string {
	if source.Code(err) != string(source.CodeTooLarge) {
		return ""
	}
	if e := (*source.Error)(nil); errors.As(err, &e) && e.StdinZip {
		return "; give it as a file"
	}
	return "; use --max-size"
}

// write is the writer: results in input order, messages, counts, flushes.
func (p *pipeline) write(ctx context.Context, results <-chan result, slots <-chan struct{}, bud *budget) error {
	pending := map[int]result{}
	next := 0
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	armed := false
	for {
		select {
		case r, ok := <-results:
			if !ok {
				if len(pending) > 0 {
					return fmt.Errorf("internal error: %d results lost", len(pending))
				}
				return p.out.flush()
			}
			pending[r.u.seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				err := p.handle(r)
				<-slots
				bud.release(r.u.cost)
				if err != nil {
					return err
				}
				if ctx.Err() != nil {
					return ctx.Err()
				}
			}
			if !armed && p.out.buffered() {
				timer.Reset(flushDelay)
				armed = true
			}
		case <-timer.C:
			armed = false
			if err := p.out.flush(); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// handle counts, reports and writes the documents of one unit.
func (p *pipeline) handle(r result) error {
	u := r.u
	p.st.bytes += int64(len(u.data))
	if p.prog != nil {
		defer p.prog.update(p.st.articles, p.st.bytes, p.consumed.Load())
	}
	keep := r.docs[:0:0]
	for i, d := range r.docs {
		p.st.articles++
		where := u.path
		if len(r.docs) > 1 {
			where = fmt.Sprintf("%s#%d", u.path, i+1)
		}
		if d.Error != nil {
			p.st.failed++
			msg := d.Error.Message
			if u.isRec {
				// extract says "line N: " of a file's record; the path says it already.
				msg = strings.TrimPrefix(msg, fmt.Sprintf("line %d: ", u.record))
			}
			p.a.errorf("%s: %s", where, msg)
			switch p.o.onError {
			case "fail":
				if err := p.out.write(u, keep, r.enc); err != nil {
					return err
				}
				return errFailFast
			case "skip":
				continue
			}
		} else if len(d.Warnings) > 0 {
			p.st.warnings += len(d.Warnings)
			if p.o.strict {
				for _, w := range d.Warnings {
					if w.Line > 0 && !u.isRec {
						p.a.warningf("%s:%d: %s", where, w.Line, w.Message)
					} else {
						p.a.warningf("%s: %s", where, w.Message)
					}
				}
			}
		}
		keep = append(keep, d)
	}
	return p.out.write(u, keep, r.enc)
}
