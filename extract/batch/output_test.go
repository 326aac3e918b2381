package batch

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sahifa/sahifa/extract/encode"
)

func TestOpen(t *testing.T) {
	tests := []struct {
		name        string
		dir         bool
		format      string
		exist       Exist
		tree, shard bool
		overwrite   bool // the shard sink replaces shards
	}{
		{"stream", false, "jsonl", ExistConflict, false, false, false},
		{"stream, columnar", false, "parquet", ExistConflict, false, false, false},
		{"tree", true, "json", ExistSkip, true, false, false},
		{"shards", true, "parquet", ExistConflict, false, true, false},
		{"shards, overwrite", true, "parquet", ExistOverwrite, false, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Output{W: &bytes.Buffer{}, Exist: tt.exist, Renamed: func(string, string) {}}
			if tt.dir {
				o.Dir = filepath.Join(t.TempDir(), "a", "b")
			}
			s, err := Open(o, encode.ByName(tt.format))
			if err != nil {
				t.Fatal(err)
			}
			if (s.Tree != nil) != tt.tree || (s.Shards != nil) != tt.shard {
				t.Fatalf("tree %v, shards %v; want %v, %v", s.Tree != nil, s.Shards != nil, tt.tree, tt.shard)
			}
			if s.Tree != nil && (s.Tree.exist != tt.exist || s.Tree.Renamed == nil) {
				t.Errorf("tree: exist %v, Renamed set %v", s.Tree.exist, s.Tree.Renamed != nil)
			}
			if s.Shards != nil && s.Shards.overwrite != tt.overwrite {
				t.Errorf("shards: overwrite %v, want %v", s.Shards.overwrite, tt.overwrite)
			}
			if st, err := os.Stat(o.Dir); tt.dir && (err != nil || !st.IsDir()) {
				t.Errorf("the folder was not made: %v", err)
			}
			if s.Conflicts() != nil {
				t.Errorf("conflicts before a run: %q", s.Conflicts())
			}
		})
	}
}

func TestOpenFolderError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(Output{Dir: filepath.Join(file, "out")}, encode.JSON{}); err == nil {
		t.Error("no error for a folder under a file")
	}
}

func TestOpenedSummary(t *testing.T) {
	stream := &Opened{}
	tree := &Opened{Tree: &TreeSink{Written: 1}}
	tests := []struct {
		name string
		o    *Opened
		st   Stats
		want string
	}{
		{"one clean article", stream, Stats{Inputs: 1, Articles: 1}, ""},
		{"two inputs", stream, Stats{Inputs: 2, Articles: 2}, "2 articles, 0 failed, 0.0 MB in 1.00s"},
		{"one input, two articles", stream, Stats{Inputs: 1, Articles: 2}, "2 articles, 0 failed, 0.0 MB in 1.00s"},
		{"no article", stream, Stats{Inputs: 1}, "0 articles, 0 failed, 0.0 MB in 1.00s"},
		{"failed", stream, Stats{Inputs: 1, Articles: 1, Failed: 1}, "1 article, 1 failed, 0.0 MB in 1.00s"},
		{"warned", stream, Stats{Inputs: 1, Articles: 1, Warnings: 1}, "1 article, 0 failed, 0.0 MB in 1.00s, 1 warning"},
		{"a tree", tree, Stats{Inputs: 1, Articles: 1}, "1 article, 0 failed, 0.0 MB in 1.00s; 1 file written"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.o.Summary(tt.st, time.Second); got != tt.want {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}

func TestConflictLines(t *testing.T) {
	many := make([]string, ConflictsShown+3)
	for i := range many {
		many[i] = fmt.Sprintf("f%d.json", i)
	}
	tests := []struct {
		name      string
		conflicts []string
		n         int
		last      string
	}{
		{"none", nil, 0, ""},
		{"one", []string{"a/b.json"}, 1, "a/b.json: exists, left untouched"},
		{"all shown", many[:ConflictsShown], ConflictsShown, fmt.Sprintf("f%d.json: exists, left untouched", ConflictsShown-1)},
		{"cut", many, ConflictsShown + 1, "… and 3 more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ConflictLines(tt.conflicts)
			if len(got) != tt.n || tt.n > 0 && got[len(got)-1] != tt.last {
				t.Errorf("%d lines ending %q, want %d ending %q", len(got), got, tt.n, tt.last)
			}
		})
	}
}
