// Package batch converts many inputs at once: it walks them (package
// source), cuts each into units (a whole file, or one JSON Lines record),
// converts the units on N workers, and hands the documents to a Sink in
// input order, whatever N. It is `sahifa extract` without the command
// line: a Go program runs a batch with Run and a Config, and the two sinks
// here write one stream (StreamSink) or one file per article (TreeSink).
//
// Memory is bounded by the pipeline, not by the input: at most Window
// units, holding at most Budget bytes (or one unit larger than that), are
// between the reader and the writer.
package batch

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/source"
)

// OnError says what a batch does with an article that failed.
type OnError int

// The policies of OnError.
const (
	// OnErrorRecord writes the error record with the documents and goes on.
	OnErrorRecord OnError = iota
	// OnErrorSkip writes nothing for it and goes on.
	OnErrorSkip
	// OnErrorFail stops the batch at the first failure (ErrFailFast).
	OnErrorFail
)

// Config is what a batch converts, and how.
type Config struct {
	// Inputs are paths of files, folders and archives; "-" is
	// Source.Stdin.
	Inputs []string
	// Source says how inputs are walked and read (globs, size limit).
	Source source.Options
	// Extract says how articles are read and normalized.
	Extract extract.Options
	// Jobs is the number of workers (1 when less).
	Jobs int
	// OnError is what to do with a failed article.
	OnError OnError
	// Repeats, when 2 or more, makes a short line found in that many
	// articles of one folder page chrome (see repeats.go); 0 is off. It
	// applies to the Converts built on Extract.
	Repeats int
}

// Unit is what a worker converts: a whole input, one JSON Lines record, or
// one document of a container read as a stream (a TREC <DOC>, a WARC
// record: Part).
type Unit struct {
	// Path is the name messages give it: the input's path, PATH:LINE for
	// a JSON Lines record.
	Path string
	// Rel is its path relative to the folder it was found in (an output
	// tree mirrors it).
	Rel string
	// Source names the input.
	Source document.Source
	// Unsafe is set for an archive member whose name would escape an
	// output tree.
	Unsafe bool
	// Warnings are the input's own (source.Item.Warnings), given to each
	// of its documents.
	Warnings []document.Warning
	// Data is the input's bytes, or the record's line.
	Data []byte
	// Record is the record's 1-based line, 0 on standard input where
	// records are not counted; IsRecord says the unit is a record.
	Record   int
	IsRecord bool
	// Err is set when the input could not be read: the unit gives one
	// error record.
	Err error
	// Part is the document of a container read as a stream, of format
	// Format (Data is its Data); nil for a whole input or a record.
	Part   *container.Part
	Format string

	seq     int
	cost    int64
	repeats *repeatPass
}

// Convert turns a unit into its documents; it must never return none, and
// must be safe for concurrent use. Extract is the usual one.
type Convert func(u *Unit) []*document.Document

// Extract returns the Convert of opt: extract.Extract on a whole input,
// extract.ExtractRecord on a record, an error record for a unit that
// could not be read. It never panics.
func Extract(opt extract.Options) Convert {
	return func(u *Unit) (docs []*document.Document) {
		defer func() {
			if r := recover(); r != nil {
				docs = []*document.Document{extract.ErrorRecord(u.Source, document.ErrRead, fmt.Sprintf("internal error: %v; please report it", r))}
			}
			for _, d := range docs {
				d.Warnings = append(d.Warnings, u.Warnings...)
			}
		}()
		switch {
		case u.Err != nil:
			d := extract.ErrorRecord(u.Source, source.Code(u.Err), u.Err.Error())
			d.Error.Remedy = source.RemedyOf(u.Err)
			if u.IsRecord {
				// The record it stands for: a JSON Lines record, this line.
				d.Input.Format = "jsonl"
				if u.Record > 0 {
					n := u.Record
					d.Input.Record = &n
				}
			}
			return []*document.Document{d}
		}
		opt := u.repeats.options(u, opt)
		switch {
		case u.IsRecord:
			return []*document.Document{extract.ExtractRecord(u.Source, u.Data, u.Record, opt)}
		case u.Part != nil:
			return extract.ExtractPart(u.Source, u.Format, u.Part, opt)
		}
		return extract.Extract(u.Source, u.Data, opt)
	}
}

// Sink receives the documents of each unit, in input order.
type Sink interface {
	// Render writes out one document ahead, in a worker; nil when the
	// sink does it itself. It must be safe for concurrent use.
	Render(d *document.Document) []byte
	// Write writes the documents of one unit that are to be written;
	// rendered holds those Render wrote out.
	Write(u *Unit, docs []*document.Document, rendered map[*document.Document][]byte) error
	// Buffered reports whether output waits in a buffer (Flush writes it).
	Buffered() bool
	Flush() error
	// Close finishes the output; ok is false when the run was cut short.
	Close(ok bool) error
}

// Report receives what a batch has to say, in input order, from the
// goroutine that writes; any of its functions may be nil.
type Report struct {
	// Failed is called for each error record; where names the document:
	// the unit's Path, with #N for the N-th document of an input holding
	// several.
	Failed func(where string, u *Unit, d *document.Document)
	// Warned is called for each document that has warnings.
	Warned func(where string, u *Unit, d *document.Document)
	// Progress is called after each unit with the figures so far and the
	// input bytes consumed (compressed, for archives).
	Progress func(st Stats, consumed int64)
	// Skipped is told, once the walk is over, of the first MaxSkippedList
	// archive members not read (Stats.Skipped counts them all): "PATH: why".
	Skipped func(what string)
	// Noticed is told, once the walk is over, of the first MaxSkippedList
	// notices of the folder walk: links and files left out, links
	// followed outside a folder.
	Noticed func(source.Notice)
}

// Stats are the figures of a batch.
type Stats struct {
	Inputs   int   // inputs the walk yielded
	Articles int   // documents, error records included
	Failed   int   // error records
	Warnings int   // warnings of the documents
	Bytes    int64 // bytes of the articles read
	Skipped  int   // archive members not read (links, special files)
	// SkippedRecords are the records of containers that hold no article
	// (WARC request or metadata records): counted, not errors.
	SkippedRecords int
	// LinksSkipped are the symbolic links of folders not followed;
	// OthersSkipped the files of folders not taken (not article-like, or
	// left out by the globs).
	LinksSkipped, OthersSkipped int
}

// MaxSkippedList bounds how many skipped members Report.Skipped is told
// of.
const MaxSkippedList = 1000

// ErrFailFast is returned by Run when OnErrorFail stopped it.
var ErrFailFast = errors.New("stopped at the first failure")

// Window and Budget bound the units between the reader and the writer:
// news articles are small, and a window of a few dozen lets the reader run
// ahead rather than wake a worker for each one (a third of the context
// switches of a window of 16); the budget bounds the bytes.
const (
	Window = 64
	Budget = 64 << 20
)

// flushDelay is how long written output may wait in the sink's buffer: a
// slow trickle of JSON Lines input still gets its output promptly.
const flushDelay = 5 * time.Millisecond

// Run runs a batch to the end, or until ctx is cancelled (then it returns
// ctx's error) or a write fails. convert is Extract(cfg.Extract) when nil.
func Run(ctx context.Context, cfg Config, convert Convert, sink Sink, rep Report) (Stats, error) {
	if convert == nil {
		convert = Extract(cfg.Extract)
	}
	b := &batch{cfg: cfg, convert: convert, sink: sink, rep: rep}
	if cfg.Repeats > 0 && rereadable(cfg) {
		r, err := countRepeats(ctx, cfg, convert)
		if err != nil {
			return Stats{}, err
		}
		b.repeats = &repeatPass{r: r}
	}
	err := b.run(ctx)
	b.st.SkippedRecords = int(b.skippedRecords.Load())
	return b.st, err
}

// MaxJobs is the most workers a batch takes: more cost memory and buy no
// speed (each holds an article, and the window grows with them).
func MaxJobs() int { return max(256, 4*runtime.NumCPU()) }

type batch struct {
	cfg            Config
	convert        Convert
	sink           Sink
	rep            Report
	st             Stats
	consumed       atomic.Int64
	skippedRecords atomic.Int64 // Stats.SkippedRecords, counted by the reader
	skipMu         sync.Mutex   // guards skipped, written by the walk
	skipped        []string
	nSkipped       int
	notices        notices
	repeats        *repeatPass // what the units are told of repeated lines
}

type result struct {
	u    *Unit
	docs []*document.Document
	enc  map[*document.Document][]byte
}

func (b *batch) run(ctx context.Context) error {
	jobs := min(max(b.cfg.Jobs, 1), MaxJobs())
	window := max(4*jobs, Window)
	pctx, stop := context.WithCancel(ctx)
	defer stop()

	maxSize := b.cfg.Source.MaxSize
	if maxSize <= 0 {
		maxSize = source.DefaultMaxSize
	}
	slots := make(chan struct{}, window)
	bud := newBudget(max(Budget, maxSize+1))
	units := make(chan *Unit, window)
	results := make(chan result, window)
	var inputs atomic.Int64

	sopt := b.cfg.Source
	sopt.Consumed = &b.consumed
	sopt.Skipped = func(p, why string) {
		b.skipMu.Lock()
		defer b.skipMu.Unlock()
		if b.nSkipped++; len(b.skipped) < MaxSkippedList {
			b.skipped = append(b.skipped, p+": "+why)
		}
	}
	sopt.Notice = b.notices.add
	producerDone := make(chan struct{})
	go func() {
		defer close(producerDone)
		defer close(units)
		seq := 0
		send := func(u *Unit) bool {
			u.seq, u.repeats = seq, b.repeats
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
		for it := range source.Walk(b.cfg.Inputs, sopt) {
			inputs.Add(1)
			if !cut(pctx, it, b.cfg.Extract, maxSize, send, &b.skippedRecords) {
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
				var u *Unit
				select {
				case u = <-units:
				case <-pctx.Done(): // the reader may be stuck on a pipe
					return
				}
				if u == nil {
					return
				}
				r := result{u: u, docs: b.convert(u)}
				for _, d := range r.docs {
					if out := b.sink.Render(d); out != nil {
						if r.enc == nil {
							r.enc = make(map[*document.Document][]byte, len(r.docs))
						}
						r.enc[d] = out
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

	err := b.write(ctx, results, slots, bud)
	stop()
	bud.wake()
	for range results { // let the workers finish
	}
	select {
	case <-producerDone:
	case <-time.After(2 * time.Second): // blocked reading a pipe
	}
	b.st.Inputs = int(inputs.Load())
	b.skipMu.Lock()
	b.st.Skipped = b.nSkipped
	b.skipMu.Unlock()
	b.notices.report(&b.st, b.rep)
	if b.rep.Skipped != nil {
		for _, s := range b.skipped {
			b.rep.Skipped(s)
		}
	}
	return err
}

// write is the writer: results in input order, reports, counts, flushes.
func (b *batch) write(ctx context.Context, results <-chan result, slots <-chan struct{}, bud *budget) error {
	pending := map[int]result{}
	next := 0
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	armed := false
	for {
		select {
		case r, ok := <-results:
			if !ok {
				if err := ctx.Err(); err != nil {
					return err // the workers stopped for it, maybe before this select saw it
				}
				if len(pending) > 0 {
					return fmt.Errorf("internal error: %d results lost", len(pending))
				}
				return b.sink.Flush()
			}
			pending[r.u.seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				err := b.handle(r)
				<-slots
				bud.release(r.u.cost)
				if err != nil {
					return err
				}
				if ctx.Err() != nil {
					return ctx.Err()
				}
			}
			if !armed && b.sink.Buffered() {
				timer.Reset(flushDelay)
				armed = true
			}
		case <-timer.C:
			armed = false
			if err := b.sink.Flush(); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// handle counts, reports and writes the documents of one unit.
func (b *batch) handle(r result) error {
	u := r.u
	b.st.Bytes += int64(len(u.Data))
	if b.rep.Progress != nil {
		defer func() { b.rep.Progress(b.st, b.consumed.Load()) }()
	}
	keep := r.docs[:0:0]
	for i, d := range r.docs {
		b.st.Articles++
		where := u.Path
		if len(r.docs) > 1 {
			where = fmt.Sprintf("%s#%d", u.Path, i+1)
		}
		if d.Error != nil {
			b.st.Failed++
			if b.rep.Failed != nil {
				b.rep.Failed(where, u, d)
			}
			switch b.cfg.OnError {
			case OnErrorFail:
				if err := b.sink.Write(u, keep, r.enc); err != nil {
					return err
				}
				return ErrFailFast
			case OnErrorSkip:
				continue
			}
		} else if len(d.Warnings) > 0 {
			b.st.Warnings += len(d.Warnings)
			if b.rep.Warned != nil {
				b.rep.Warned(where, u, d)
			}
		}
		keep = append(keep, d)
	}
	return b.sink.Write(u, keep, r.enc)
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

// TuneGC trades memory for speed: a batch allocates much short-lived
// garbage, and GOGC=400 spends a quarter less CPU than the default while the
// heap stays far below the 100 MB budget; the soft memory limit makes the
// collector work harder before that budget is reached. GOGC and GOMEMLIMIT
// in the environment win.
func TuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(80 << 20)
	}
}
