package batch

import (
	"fmt"
	"time"
)

// ProgressText is what a progress bar says beside its bar: the articles
// so far, the article bytes read and their rate since the start, counted
// as Summary counts them (MB of article text; not the compressed bytes of
// an archive, which only tell how far the reading is):
// "1234 articles, 35.2 MB, 12.3 MB/s". The rate is left out before any
// time has passed.
func ProgressText(st Stats, elapsed time.Duration) string {
	mb := float64(st.Bytes) / 1e6
	s := fmt.Sprintf("%s, %.1f MB", Plural(st.Articles, "article"), mb)
	if sec := elapsed.Seconds(); sec > 0 {
		s += fmt.Sprintf(", %.1f MB/s", mb/sec)
	}
	return s
}
