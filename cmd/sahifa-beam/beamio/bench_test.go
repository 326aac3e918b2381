package beamio

import (
	"os"
	"path/filepath"
	"testing"
)

// bench is the folder of the bench archives, beside the main module's
// folder; the test skips when it is absent.
var bench = filepath.Join(root, "../shared/bench")

// TestBenchSaudiNewsNet: the saudinewsnet bench archive through the
// pipeline gives its 10,572 documents, identical as a set to batch.Run's.
func TestBenchSaudiNewsNet(t *testing.T) {
	arc := filepath.Join(bench, "saudinewsnet-10k.tar.gz")
	if _, err := os.Stat(arc); err != nil {
		t.Skipf("no bench archive (%v): the bench folder ../shared/bench beside the module is not here", err)
	}
	if testing.Short() {
		t.Skip("the bench archive is slow: skipped in -short mode")
	}
	docs, errs := cliLines(t, Config{}, arc)
	if len(docs) != 10572 {
		t.Fatalf("batch.Run gave %d documents (and %d error records), want 10572", len(docs), len(errs))
	}
	runPipeline(t, Config{}, []string{arc}, docs, len(errs))
}
