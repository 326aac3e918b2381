package batch

import (
	"fmt"
	"strconv"
	"time"
)

// Summary is the line that closes a batch: what it read, what failed,
// what it wrote (tree or shards, nil when not written):
// "10572 articles, 0 failed, 35.2 MB in 0.41s".
func Summary(st Stats, d time.Duration, tree *TreeSink, shards *ShardSink) string {
	s := fmt.Sprintf("%s, %d failed, %.1f MB in %.2fs", Plural(st.Articles, "article"), st.Failed, float64(st.Bytes)/1e6, d.Seconds())
	if st.Warnings > 0 {
		s += ", " + Plural(st.Warnings, "warning")
	}
	if st.SkippedRecords > 0 {
		s += ", " + Plural(st.SkippedRecords, "record") + " without an article skipped"
	}
	if st.Skipped > 0 {
		s += ", " + Plural(st.Skipped, "archive member") + " skipped"
	}
	if st.LinksSkipped > 0 {
		s += ", " + Plural(st.LinksSkipped, "symbolic link") + " not followed"
	}
	if st.OthersSkipped > 0 {
		s += ", " + Plural(st.OthersSkipped, "other file") + " skipped"
	}
	if tree != nil {
		s += "; " + Plural(tree.Written, "file") + " written"
		if tree.Skipped > 0 {
			s += fmt.Sprintf(", %d existing skipped", tree.Skipped)
		}
		if len(tree.Conflicts) > 0 {
			s += ", " + Plural(len(tree.Conflicts), "conflict")
		}
	}
	if shards != nil {
		s += "; " + Plural(len(shards.Shards), "shard") + " written"
	}
	return s
}

// Plural writes a count and its noun: "1 article", "2 articles".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// LeftOut says what the walks of a batch that found no input left out,
// each part after "; ": "; 3 files not article-like skipped; 1 symbolic
// link not followed", or "" when they left nothing out.
func LeftOut(st Stats) string {
	var s string
	if st.OthersSkipped > 0 {
		s += "; " + Plural(st.OthersSkipped, "file") + " not article-like skipped"
	}
	if st.LinksSkipped > 0 {
		s += "; " + Plural(st.LinksSkipped, "symbolic link") + " not followed"
	}
	return s
}
