package parquet

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// nodeModules is where .ci/run installs @duckdb/node-api, or
// SAHIFA_NODE_MODULES.
func nodeModules(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SAHIFA_NODE_MODULES")
	if dir == "" {
		dir, _ = filepath.Abs("../../../.ci/node/node_modules")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("no node: the DuckDB check is skipped")
	}
	if _, err := os.Stat(filepath.Join(dir, "@duckdb", "node-api")); err != nil {
		t.Skipf("no @duckdb/node-api in %s (.ci/run installs it): the DuckDB check is skipped", dir)
	}
	return dir
}

// DuckDB reads the files: every row, metadata as a STRUCT, blocks as a
// LIST of STRUCT, the text column equal to the documents' text.
func TestDuckDB(t *testing.T) {
	mods := nodeModules(t)
	docs := testDocs(t)
	name := filepath.Join(t.TempDir(), "docs.parquet")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	s := Format{}.NewStream(f)
	var texts []string
	errors := 0
	for _, d := range docs {
		if err := s.Write(d, nil); err != nil {
			t.Fatal(err)
		}
		text := "<null>"
		if d.Text != nil {
			text = *d.Text
		}
		texts = append(texts, text)
		if d.Error != nil {
			errors++
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cmd := exec.Command("node", "../../../scripts/duckdb-check.cjs", name)
	cmd.Env = append(os.Environ(), "NODE_PATH="+mods)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("duckdb-check: %v\n%s", err, out)
	}
	var raw map[string]any
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	sum := md5.Sum([]byte(strings.Join(texts, "\x1e")))
	if raw["rows"] != strconv.Itoa(len(docs)) || raw["errors"] != strconv.Itoa(errors) || raw["text_md5"] != hex.EncodeToString(sum[:]) {
		t.Errorf("DuckDB read %v; want %d rows, %d errors, text md5 %x", raw, len(docs), errors, sum)
	}
	types := raw["types"].(map[string]any)
	for col, prefix := range map[string]string{"metadata": "STRUCT(schema_version INTEGER", "blocks": `STRUCT("type" VARCHAR`, "captions": "STRUCT(", "cluster": "VARCHAR"} {
		if typ, _ := types[col].(string); !strings.HasPrefix(typ, prefix) {
			t.Errorf("column %s: DuckDB type %q, want %s…", col, typ, prefix)
		}
	}
	if typ, _ := types["blocks"].(string); !strings.HasSuffix(typ, "[]") {
		t.Errorf("blocks: %q is not a list", typ)
	}
}
