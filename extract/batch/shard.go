package batch

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
)

// DefaultShardSize is the size at which a ShardSink starts a new shard.
const DefaultShardSize = 256 << 20

// ErrConflict stops a batch whose output exists and may not be replaced;
// the sink lists the file in its Conflicts.
var ErrConflict = errors.New("output exists")

// ShardSink writes every document, in input order, to shards of a
// columnar format (encode.Columnar) under a folder: part-00000.parquet,
// part-00001.parquet, …, a new one started when the one being written
// reaches its size (an estimate: a shard may pass it by a row group). Each
// shard is written to a temporary file beside it and renamed when it is
// complete, so that a reader never sees half a shard, and a failed or
// interrupted batch leaves only complete ones. Error records are written
// like articles: a Parquet reader filters them on the error column.
//
// An existing shard is a conflict (ErrConflict) unless overwrite is set;
// then the shards of an earlier, longer run past the last one written are
// removed, so that the folder holds this run's documents only.
type ShardSink struct {
	dir       string
	enc       encode.Encoder
	size      int64
	overwrite bool

	f      *os.File // the temporary file of the shard being written
	w      *bufio.Writer
	stream encode.SizedStream

	// Shards are the files written, in order; Conflicts the shards that
	// existed (then the batch stopped).
	Shards, Conflicts []string
}

// NewShardSink returns a sink writing shards of enc, a columnar format,
// of about size bytes (DefaultShardSize when 0 or less) under dir.
func NewShardSink(dir string, enc encode.Encoder, size int64, overwrite bool) *ShardSink {
	if size <= 0 {
		size = DefaultShardSize
	}
	return &ShardSink{dir: dir, enc: enc, size: size, overwrite: overwrite}
}

// shardName is the file name of the n-th shard (0-based).
func (s *ShardSink) shardName(n int) string {
	return filepath.Join(s.dir, fmt.Sprintf("part-%05d%s", n, s.enc.Ext()))
}

func (s *ShardSink) open() error {
	target := s.shardName(len(s.Shards))
	if _, err := os.Lstat(target); err == nil && !s.overwrite {
		s.Conflicts = append(s.Conflicts, target)
		return ErrConflict
	}
	f, err := TempFile(target)
	if err != nil {
		return err
	}
	s.f, s.w = f, bufio.NewWriterSize(f, 256<<10)
	st, ok := s.enc.NewStream(s.w).(encode.SizedStream)
	if !ok {
		s.abort()
		return fmt.Errorf("internal error: format %s has no sized stream", s.enc.Name())
	}
	s.stream = st
	return nil
}

// finish completes the shard being written and renames it into place.
func (s *ShardSink) finish() error {
	target := s.shardName(len(s.Shards))
	err := s.stream.Close()
	if err == nil {
		err = s.w.Flush()
	}
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(s.f.Name(), target)
	}
	if err != nil {
		os.Remove(s.f.Name())
		s.f = nil
		return fmt.Errorf("%s: cannot write: %v", target, UnwrapPath(err))
	}
	s.f = nil
	s.Shards = append(s.Shards, target)
	return nil
}

func (s *ShardSink) abort() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
		s.f = nil
	}
}

// Render implements Sink: documents are written as they come.
func (s *ShardSink) Render(*document.Document) []byte { return nil }

// Write implements Sink.
func (s *ShardSink) Write(_ *Unit, docs []*document.Document, _ map[*document.Document][]byte) error {
	for _, d := range docs {
		if s.f == nil {
			if err := s.open(); err != nil {
				return err
			}
		}
		if err := s.stream.Write(d, nil); err != nil {
			return fmt.Errorf("%s: %v", s.shardName(len(s.Shards)), err)
		}
		if s.stream.Size() >= s.size {
			if err := s.finish(); err != nil {
				return err
			}
		}
	}
	return nil
}

// Buffered implements Sink: a shard is readable only once complete.
func (s *ShardSink) Buffered() bool { return false }

// Flush implements Sink.
func (s *ShardSink) Flush() error { return nil }

// Close implements Sink: it completes the last shard when ok (a run of no
// document writes one empty shard, which holds the schema), or removes it.
func (s *ShardSink) Close(ok bool) error {
	if !ok {
		s.abort()
		return nil
	}
	if s.f == nil && len(s.Shards) == 0 {
		if err := s.open(); err != nil {
			return err
		}
	}
	if s.f != nil {
		if err := s.finish(); err != nil {
			return err
		}
	}
	if s.overwrite {
		return s.removeStale()
	}
	return nil
}

// removeStale removes the shards numbered past the last one written.
func (s *ShardSink) removeStale() error {
	names, err := filepath.Glob(filepath.Join(s.dir, "part-*"+s.enc.Ext()))
	if err != nil {
		return err
	}
	re := regexp.MustCompile(`^part-(\d{5,})` + regexp.QuoteMeta(s.enc.Ext()) + `$`)
	for _, name := range names {
		m := re.FindStringSubmatch(filepath.Base(name))
		if m == nil {
			continue
		}
		if n, err := strconv.Atoi(m[1]); err == nil && n >= len(s.Shards) {
			if err := os.Remove(name); err != nil {
				return fmt.Errorf("%s: cannot remove a shard of an earlier run: %v", name, UnwrapPath(err))
			}
		}
	}
	return nil
}
