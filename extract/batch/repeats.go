package batch

import (
	"context"
	"path"
	"path/filepath"
	"slices"
	"sync/atomic"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
)

// Repeated lines: a site's name, its menu, its footer stand in every
// article of a source, in the same words; the article's own lines do not.
// With Config.Repeats = K, a batch reads its inputs twice: the first pass
// counts, for each group of articles (a folder, an archive's folder), in
// how many articles each short line stands (extract.RepeatKey); the
// second converts, and a line standing in K articles of its group or more
// is residue (segment.RuleRepeated) when the segmenter took it for text.
//
// The counts are a count-min sketch of fixed size (RepeatsMemory bytes,
// 4 MiB, whatever the input): a count can only be too high, by the lines
// that share its cells, never too low; with a few million distinct lines
// in a run the cells fill and rare lines start to look repeated. The hash is FNV-1a, fixed, and the
// counts are sums (the order the workers add in does not matter), so the
// output is the same from run to run and for any number of jobs. A single
// article is never changed: K is at least 2. Standard input and a
// --files-from list cannot be read twice: there the batch converts once,
// as without Repeats.

// DefaultRepeats is a K for Config.Repeats that a few sites' menus pass
// and an article's own lines do not: a line in five articles of a folder.
const DefaultRepeats = 5

// sketch dimensions: repeatsRows rows of repeatsWidth 16-bit counters
// (two to a word; a counter stops at 65535).
const (
	repeatsRows  = 4
	repeatsWidth = 1 << 19
	// RepeatsMemory is what the counts take.
	RepeatsMemory = repeatsRows * repeatsWidth * 2
)

// repeats counts keys per group.
type repeats struct {
	cells [repeatsRows][repeatsWidth / 2]atomic.Uint32
	min   uint32
}

func newRepeats(k int) *repeats { return &repeats{min: uint32(max(k, 2))} }

// hash is the key's hash in its group: FNV-1a (64 bits) of the group, a
// NUL and the key, cut in two for the rows.
func (r *repeats) hash(group, key string) (h1, h2 uint32) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(group); i++ {
		h = (h ^ uint64(group[i])) * prime
	}
	h *= prime // the NUL
	for i := 0; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * prime
	}
	return uint32(h), uint32(h>>32) | 1
}

// add counts one article's distinct keys.
func (r *repeats) add(group string, keys []string) {
	for _, k := range keys {
		h1, h2 := r.hash(group, k)
		for row := range repeatsRows {
			r.inc(row, (h1+uint32(row)*h2)%repeatsWidth)
		}
	}
}

// inc adds one to counter i of row, unless it is full: the sum stays the
// same whatever the order of the adds.
func (r *repeats) inc(row int, i uint32) {
	w, shift := &r.cells[row][i/2], 16*(i%2)
	for {
		old := w.Load()
		if old>>shift&0xffff == 0xffff || w.CompareAndSwap(old, old+1<<shift) {
			return
		}
	}
}

// count is the number of articles of group key was counted in, or more.
func (r *repeats) count(group, key string) uint32 {
	h1, h2 := r.hash(group, key)
	c := ^uint32(0)
	for row := range repeatsRows {
		i := (h1 + uint32(row)*h2) % repeatsWidth
		c = min(c, r.cells[row][i/2].Load()>>(16*(i%2))&0xffff)
	}
	return c
}

// group is the group of articles a unit belongs to: the folder of the
// file, or of the member inside its archive.
func group(u *Unit) string {
	if u.Source.Member != "" {
		return u.Source.Path + "!" + path.Dir(u.Source.Member)
	}
	return filepath.Dir(u.Source.Path)
}

// rereadable reports whether the inputs of cfg can be read twice.
func rereadable(cfg Config) bool {
	return cfg.Source.FilesFrom == nil && !slices.Contains(cfg.Inputs, "-")
}

// repeatPass is what a pass tells its units: count their lines (the
// first), or which recur (the second).
type repeatPass struct {
	r        *repeats
	counting bool
}

// options are opt with the hooks of the pass for unit u; opt itself when
// p is nil (no repeats).
func (p *repeatPass) options(u *Unit, opt extract.Options) extract.Options {
	if p == nil {
		return opt
	}
	g, r := group(u), p.r
	if p.counting {
		opt.Count = func(keys []string) { r.add(g, keys) }
	} else {
		opt.Recurs = func(key string) bool {
			if extract.IsLongKey(key) {
				return r.count(g, key) >= 2
			}
			return r.count(g, key) >= r.min
		}
	}
	return opt
}

// countRepeats is the first pass: it reads every input and converts it
// with convert, counting its articles' short lines. It reports nothing
// and writes nothing.
func countRepeats(ctx context.Context, cfg Config, convert Convert) (*repeats, error) {
	r := newRepeats(cfg.Repeats)
	pass := cfg
	pass.Repeats = 0
	pass.OnError = OnErrorRecord
	b := &batch{cfg: pass, convert: convert, sink: discard{}, repeats: &repeatPass{r: r, counting: true}}
	if err := b.run(ctx); err != nil {
		return nil, err
	}
	return r, nil
}

// discard is the sink of the first pass.
type discard struct{}

func (discard) Render(*document.Document) []byte { return nil }
func (discard) Write(*Unit, []*document.Document, map[*document.Document][]byte) error {
	return nil
}
func (discard) Buffered() bool   { return false }
func (discard) Flush() error     { return nil }
func (discard) Close(bool) error { return nil }
