package dedup

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"

	pq "github.com/parquet-go/parquet-go"

	"github.com/sahifa/sahifa/extract/batch"
	"github.com/sahifa/sahifa/extract/container"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/encode/parquet"
)

// Config is what Run reads and writes.
type Config struct {
	// Inputs are files of sahifa's documents, JSON Lines or Parquet
	// (told apart by their first bytes); "-" is Stdin, which is copied to
	// a temporary file, as every input is read twice.
	Inputs []string
	Stdin  io.Reader
	// Threshold is the estimated Jaccard similarity from which two
	// documents are near-duplicates (DefaultThreshold when 0).
	Threshold float64
	// Drop writes only the keepers: every document but the duplicates.
	Drop bool
	// Jobs is the number of workers computing signatures (1 when less).
	Jobs int
	// Format is the output's format: JSON Lines when nil, else a format
	// of package encode (Parquet).
	Format encode.Encoder
	// File is the output file, written to a temporary file and renamed
	// when done; Output the writer used when File is "".
	File   string
	Output io.Writer
}

// Stats are the figures of a run.
type Stats struct {
	Documents  int // documents read, error records included
	Errors     int // error records: written unchanged, in no cluster
	Clusters   int // clusters of two documents or more
	Duplicates int // documents in a cluster that are not its first
	Dropped    int // duplicates not written (Drop)
	drop       bool
}

// String is the summary of a run: "10572 documents, 1060 duplicates in 683
// clusters", and "; 1060 dropped" when they were.
func (st Stats) String() string {
	s := fmt.Sprintf("%s, %d duplicates in %s", batch.Plural(st.Documents, "document"), st.Duplicates, batch.Plural(st.Clusters, "cluster"))
	if st.drop {
		s += fmt.Sprintf("; %d dropped", st.Dropped)
	}
	return s
}

// memberName is how a document is named in cluster and duplicate_of: its
// id, or "#N" for the N-th document of the input (from 1) when it has none.
func memberName(ids []*string, i int) *string {
	if p := ids[i]; p != nil && *p != "" {
		return p
	}
	s := "#" + strconv.Itoa(i+1)
	return &s
}

// input is one input file, read twice.
type input struct {
	name, path string
	parquet    bool
	remove     bool // a temporary copy of standard input
}

// readBatch is how many documents a worker signs at a time.
const readBatch = 256

type job struct {
	in    *input
	base  int   // index of the first document
	lnums []int // JSON Lines: the line of each (blank lines are skipped)
	lines [][]byte
	recs  []record      // Parquet: read already
	rows  []parquet.Row // Parquet: the rows, for the second pass
}

type signed struct {
	base int
	ids  []*string
	sigs []Signature
	has  []bool
	errs []bool
	err  error
}

// Run reads the inputs, clusters their documents and writes them with
// cluster and duplicate_of set (see document.Document), in input order.
func Run(ctx context.Context, cfg Config) (st Stats, err error) {
	if cfg.Threshold == 0 {
		cfg.Threshold = DefaultThreshold
	}
	inputs, err := openInputs(cfg)
	defer func() {
		for _, in := range inputs {
			if in.remove {
				os.Remove(in.path)
			}
		}
	}()
	if err != nil {
		return st, err
	}
	ids, sigs, has, errs, err := sign(ctx, inputs, max(cfg.Jobs, 1))
	if err != nil {
		return st, err
	}
	keeper := Clusters(sigs, has, cfg.Threshold)
	sigs = nil
	st.Documents = len(ids)
	size := make(map[int32]int)
	for i, k := range keeper {
		if errs[i] {
			st.Errors++
		} else if int(k) != i {
			st.Duplicates++
			size[k]++
		}
	}
	st.Clusters = len(size)
	if st.drop = cfg.Drop; cfg.Drop {
		st.Dropped = st.Duplicates
	}
	return st, write(ctx, cfg, inputs, ids, keeper, errs)
}

func openInputs(cfg Config) ([]*input, error) {
	var out []*input
	for _, name := range cfg.Inputs {
		in := &input{name: name, path: name}
		out = append(out, in)
		if name == "-" {
			f, err := os.CreateTemp("", "sahifa-dedup-*.tmp")
			if err != nil {
				return out, fmt.Errorf("cannot copy standard input: %v", err)
			}
			in.path, in.remove, in.name = f.Name(), true, "standard input"
			_, err = io.Copy(f, cfg.Stdin)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return out, fmt.Errorf("cannot copy standard input: %v", err)
			}
		}
		f, err := os.Open(in.path)
		if err != nil {
			return out, fmt.Errorf("%s: %v", in.name, batch.UnwrapPath(err))
		}
		head := make([]byte, 4)
		n, _ := io.ReadFull(f, head)
		f.Close()
		in.parquet = n == 4 && string(head) == "PAR1"
	}
	return out, nil
}

// sign is the first pass: every document's id and signature, on jobs
// workers, placed by index so that the order of the workers does not
// matter.
func sign(ctx context.Context, inputs []*input, jobs int) (ids []*string, sigs []Signature, has, errs []bool, err error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	work := make(chan job, jobs)
	done := make(chan signed, jobs)
	var readErr error
	go func() {
		defer close(work)
		readErr = readAll(ctx, inputs, func(j job) bool {
			select {
			case work <- j:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := NewSigner()
			for j := range work {
				done <- signJob(g, j)
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	var firstErr error
	firstAt := -1
	for s := range done {
		if s.err != nil {
			if firstAt < 0 || s.base < firstAt {
				firstErr, firstAt = s.err, s.base
			}
			cancel()
			continue
		}
		if end := s.base + len(s.ids); end > len(ids) {
			ids = append(ids, make([]*string, end-len(ids))...)
			sigs = append(sigs, make([]Signature, end-len(sigs))...)
			has = append(has, make([]bool, end-len(has))...)
			errs = append(errs, make([]bool, end-len(errs))...)
		}
		copy(ids[s.base:], s.ids)
		copy(sigs[s.base:], s.sigs)
		copy(has[s.base:], s.has)
		copy(errs[s.base:], s.errs)
	}
	switch {
	case firstErr != nil:
		return nil, nil, nil, nil, firstErr
	case readErr != nil:
		return nil, nil, nil, nil, readErr
	}
	return ids, sigs, has, errs, ctx.Err()
}

func signJob(g *Signer, j job) signed {
	n := max(len(j.lines), len(j.recs))
	s := signed{base: j.base, ids: make([]*string, n), sigs: make([]Signature, n), has: make([]bool, n), errs: make([]bool, n)}
	for k := range n {
		var r record
		if j.recs != nil {
			r = j.recs[k]
		} else {
			var err error
			if r, err = scanRecord(j.lines[k]); err != nil {
				s.err = fmt.Errorf("%s:%d: %v", j.in.name, j.lnums[k], err)
				return s
			}
		}
		s.ids[k], s.errs[k] = r.id, r.isError
		if r.text != nil && !r.isError {
			s.sigs[k], s.has[k] = g.Sign(*r.text)
		}
	}
	return s
}

// readAll reads every input in batches for the workers.
func readAll(ctx context.Context, inputs []*input, send func(job) bool) error {
	base := 0
	for _, in := range inputs {
		err := eachDocument(in, readBatch, func(j job) error {
			j.base = base
			base += max(len(j.lines), len(j.recs))
			if !send(j) {
				return ctx.Err()
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// eachDocument reads an input's documents n at a time: JSON Lines as lines
// (copied), Parquet as rows.
func eachDocument(in *input, n int, fn func(job) error) error {
	f, err := os.Open(in.path)
	if err != nil {
		return fmt.Errorf("%s: %v", in.name, batch.UnwrapPath(err))
	}
	defer f.Close()
	if in.parquet {
		return eachRow(in, f, n, func(rows []parquet.Row) error {
			j := job{in: in, recs: make([]record, len(rows)), rows: rows}
			for k := range rows {
				j.recs[k] = record{id: rows[k].ID, text: rows[k].Text, isError: rows[k].Error != nil}
			}
			return fn(j)
		})
	}
	rr := container.NewRecordReader(bufio.NewReaderSize(f, 1<<20), 1<<31)
	j := job{in: in}
	for {
		line, ln, _, err := rr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %v", in.name, err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue // a blank line is no document, in both passes
		}
		j.lines = append(j.lines, bytes.Clone(line))
		j.lnums = append(j.lnums, ln)
		if len(j.lines) == n {
			if err := fn(j); err != nil {
				return err
			}
			j = job{in: in}
		}
	}
	if len(j.lines) > 0 {
		return fn(j)
	}
	return nil
}

// eachRow reads a Parquet input's rows, n at a time.
func eachRow(in *input, f *os.File, n int, fn func([]parquet.Row) error) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	pf, err := pq.OpenFile(f, fi.Size())
	if err != nil {
		return fmt.Errorf("%s: not a Parquet file sahifa can read: %v", in.name, err)
	}
	r := pq.NewGenericReader[parquet.Row](pf)
	defer r.Close()
	for {
		rows := make([]parquet.Row, n)
		k, err := r.Read(rows)
		if k > 0 {
			if err := fn(rows[:k]); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %v", in.name, err)
		}
	}
}

// write is the second pass: every document again, with its cluster.
func write(ctx context.Context, cfg Config, inputs []*input, ids []*string, keeper []int32, errs []bool) (err error) {
	w := cfg.Output
	var tmp *os.File
	if cfg.File != "" {
		if tmp, err = batch.TempFile(cfg.File); err != nil {
			return err
		}
		defer func() {
			if cerr := tmp.Close(); err == nil {
				err = cerr
			}
			if err == nil {
				err = os.Rename(tmp.Name(), cfg.File)
			}
			if err != nil {
				os.Remove(tmp.Name())
			}
		}()
		w = tmp
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	var stream encode.Stream
	if cfg.Format != nil && cfg.Format.Name() != "jsonl" {
		stream = cfg.Format.NewStream(bw)
	}
	i := 0
	var out []byte
	for _, in := range inputs {
		err := eachDocument(in, readBatch, func(j job) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			n := max(len(j.lines), len(j.recs))
			for k := range n {
				doc := i
				i++
				var cluster, dup *string
				if !errs[doc] {
					cluster = memberName(ids, int(keeper[doc]))
					if int(keeper[doc]) != doc {
						if cfg.Drop {
							continue
						}
						dup = cluster
					}
				}
				out = out[:0]
				var err error
				switch {
				case stream == nil && j.lines != nil:
					out, err = rewrite(out, j.lines[k], cluster, dup)
				case j.lines != nil:
					err = writeDoc(stream, j.lines[k], nil, cluster, dup)
				case stream == nil:
					out, err = appendRow(out, &j.rows[k], cluster, dup)
				default:
					err = writeDoc(stream, nil, &j.rows[k], cluster, dup)
				}
				if err == nil && len(out) > 0 {
					_, err = bw.Write(out)
				}
				if err != nil {
					return fmt.Errorf("%s: document %d: %v", in.name, doc+1, err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if i != len(ids) {
		return fmt.Errorf("the inputs changed while they were read: %d documents, then %d", len(ids), i)
	}
	if stream != nil {
		if err := stream.Close(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// rewrite appends a JSON Lines document with its cluster (an error record,
// cluster nil, as it is) and a newline.
func rewrite(dst, line []byte, cluster, dup *string) ([]byte, error) {
	if cluster == nil {
		return append(append(dst, line...), '\n'), nil
	}
	r, err := scanRecord(line)
	if err != nil {
		return dst, err
	}
	return append(r.appendWithCluster(dst, line, cluster, dup), '\n'), nil
}

// decodeDocument decodes a JSON Lines document, or a Parquet row, and sets its
// cluster.
func decodeDocument(line []byte, row *parquet.Row, cluster, dup *string) (*document.Document, error) {
	var d *document.Document
	if row != nil {
		var err error
		if d, err = row.Document(); err != nil {
			return nil, err
		}
	} else {
		d = new(document.Document)
		if err := json.Unmarshal(line, d); err != nil {
			return nil, err
		}
	}
	if cluster != nil {
		d.Cluster, d.DuplicateOf = cluster, dup
	}
	return d, nil
}

func writeDoc(s encode.Stream, line []byte, row *parquet.Row, cluster, dup *string) error {
	d, err := decodeDocument(line, row, cluster, dup)
	if err != nil {
		return err
	}
	return s.Write(d, nil)
}

func appendRow(dst []byte, row *parquet.Row, cluster, dup *string) ([]byte, error) {
	d, err := decodeDocument(nil, row, cluster, dup)
	if err != nil {
		return dst, err
	}
	return encode.AppendJSON(dst, d, false)
}
