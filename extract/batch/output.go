package batch

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/sahifa/sahifa/extract/encode"
)

// Output says where the documents of a batch go: one stream (the file
// File, or W when File is ""), or, when Dir is set, one file per article
// under Dir (a TreeSink), or shards for a columnar encoder (a ShardSink).
type Output struct {
	Dir  string
	File string
	W    io.Writer
	// Exist is what the tree does with a target that exists; the shards
	// of a columnar encoder are replaced under ExistOverwrite only.
	Exist     Exist
	ShardSize int64
	// Problem is told of each target of a tree not written, and why;
	// Renamed of a document written under another name (TreeSink.Renamed).
	Problem, Renamed func(where, msg string)
}

// Opened is the sink of an Output, with the tree or the shards it is
// (both nil for a stream).
type Opened struct {
	Sink
	Tree   *TreeSink
	Shards *ShardSink
}

// Open makes the folder of a tree or of shards and returns the sink that
// writes o in enc's format.
func Open(o Output, enc encode.Encoder) (*Opened, error) {
	if o.Dir == "" {
		return &Opened{Sink: NewStreamSink(enc, o.W, o.File)}, nil
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: cannot make the output folder: %v", o.Dir, UnwrapPath(err))
	}
	if encode.IsColumnar(enc) {
		s := NewShardSink(o.Dir, enc, o.ShardSize, o.Exist == ExistOverwrite)
		return &Opened{Sink: s, Shards: s}, nil
	}
	t := NewTreeSink(o.Dir, enc, o.Exist, o.Problem)
	t.Renamed = o.Renamed
	return &Opened{Sink: t, Tree: t}, nil
}

// Conflicts are the targets that existed and were left untouched.
func (o *Opened) Conflicts() []string {
	switch {
	case o.Tree != nil:
		return o.Tree.Conflicts
	case o.Shards != nil:
		return o.Shards.Conflicts
	}
	return nil
}

// Summary is the line that closes the batch (see Summary), or "" when
// the batch needs none: one clean article written to a stream, nothing
// skipped beside it, as jq or pandoc print nothing on success.
func (o *Opened) Summary(st Stats, d time.Duration) string {
	if st.Inputs <= 1 && st.Articles == 1 && st.Failed == 0 && st.Warnings == 0 && o.Tree == nil &&
		st.SkippedRecords == 0 && st.Skipped == 0 && st.LinksSkipped == 0 && st.OthersSkipped == 0 {
		return ""
	}
	return Summary(st, d, o.Tree, o.Shards)
}

// ConflictsShown is how many conflicts ConflictLines names.
const ConflictsShown = 20

// ConflictLines list the targets that existed, as Conflicts gives them:
// "TARGET: exists, left untouched" for the first ConflictsShown, then
// "… and N more".
func ConflictLines(conflicts []string) []string {
	var lines []string
	for i, c := range conflicts {
		if i == ConflictsShown {
			return append(lines, fmt.Sprintf("… and %d more", len(conflicts)-ConflictsShown))
		}
		lines = append(lines, c+": exists, left untouched")
	}
	return lines
}
