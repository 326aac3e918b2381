package batch

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
	_ "github.com/sahifa/sahifa/extract/encode/parquet"
)

func shardDocs(n int) []*document.Document {
	docs := make([]*document.Document, n)
	for i := range docs {
		text := "نص الخبر"
		docs[i] = &document.Document{SchemaVersion: document.SchemaVersion, Input: document.Input{Path: "a.txt"}, Text: &text}
	}
	return docs
}

func parts(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	hidden, _ := filepath.Glob(filepath.Join(dir, ".*"))
	return append(names, hidden...)
}

func TestShardSink(t *testing.T) {
	enc := encode.ByName("parquet")
	dir := t.TempDir()
	s := NewShardSink(dir, enc, 1, false) // every document fills a shard
	if err := s.Write(&Unit{}, shardDocs(3), nil); err != nil {
		t.Fatal(err)
	}
	if got := len(parts(t, dir)); got != 3 {
		t.Fatalf("%d files before Close, want 3 complete shards", got)
	}
	if err := s.Close(true); err != nil {
		t.Fatal(err)
	}
	if len(s.Shards) != 3 || filepath.Base(s.Shards[2]) != "part-00002.parquet" {
		t.Fatalf("shards %v", s.Shards)
	}

	// an interrupted run leaves its complete shards, and no temporary file
	dir = t.TempDir()
	s = NewShardSink(dir, enc, 0, false)
	if err := s.Write(&Unit{}, shardDocs(5), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(false); err != nil {
		t.Fatal(err)
	}
	if got := parts(t, dir); len(got) != 0 {
		t.Fatalf("interrupted: %v left", got)
	}

	// no document: one empty shard, which holds the schema
	s = NewShardSink(dir, enc, 0, false)
	if err := s.Close(true); err != nil || len(s.Shards) != 1 {
		t.Fatalf("empty run: %v %v", err, s.Shards)
	}

	// an existing shard is a conflict, unless overwritten
	s = NewShardSink(dir, enc, 0, false)
	if err := s.Write(&Unit{}, shardDocs(1), nil); err != ErrConflict || len(s.Conflicts) != 1 {
		t.Fatalf("conflict: %v %v", err, s.Conflicts)
	}
	os.WriteFile(filepath.Join(dir, "part-00007.parquet"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "part-x.parquet"), nil, 0o644)
	s = NewShardSink(dir, enc, 0, true)
	if err := s.Write(&Unit{}, shardDocs(1), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(true); err != nil {
		t.Fatal(err)
	}
	if got := parts(t, dir); len(got) != 2 { // part-00000 and part-x
		t.Fatalf("after overwrite: %v", got)
	}
}
