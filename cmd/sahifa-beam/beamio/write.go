package beamio

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	// The file systems a pipeline writes to: local paths, gs://, s3://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeShardFn{})
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// ShardName is the name of shard i of n written under prefix:
// PREFIX-00001-of-00004.jsonl (ext is the format's extension).
func ShardName(prefix string, i, n int, ext string) string {
	return fmt.Sprintf("%s-%05d-of-%05d.%s", prefix, i, n, ext)
}

// Write writes lines (JSON Lines documents, as Extract gives them) in
// shards files named by ShardName, in format "jsonl" or "parquet"; each
// line goes to the shard its hash names, and a shard's lines are sorted,
// so that a run, or a bundle retried, writes the same files. A shard that
// gets no line is not written. It returns the names of the files
// written.
func Write(s beam.Scope, prefix, format string, shards int, lines beam.PCollection) beam.PCollection {
	s = s.Scope("sahifa.Write")
	shards = max(shards, 1)
	keyed := beam.ParDo(s, &shardFn{N: shards}, lines)
	return beam.ParDo(s, &writeShardFn{Prefix: prefix, N: shards, Format: format}, beam.GroupByKey(s, keyed))
}

type shardFn struct{ N int }

func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.N)), line)
}

type writeShardFn struct {
	Prefix string
	N      int
	Format string
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, iter func(*string) bool, emit func(string)) error {
	var lines []string
	var l string
	for iter(&l) {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	ext := f.Format
	if ext == "" {
		ext = "jsonl"
	}
	name := ShardName(f.Prefix, shard, f.N, ext)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: cannot write: %v", name, err)
	}
	if ext == "parquet" {
		err = writeParquet(w, lines)
	} else {
		bw := bufio.NewWriterSize(w, 64<<10)
		for _, l := range lines {
			bw.WriteString(l)
			bw.WriteByte('\n')
		}
		err = bw.Flush()
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: cannot write: %v", name, err)
	}
	emit(name)
	return nil
}
