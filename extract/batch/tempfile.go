package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Temporary files. Every output is written to a hidden temporary file in
// its target's folder, then renamed into place, so that no output is ever
// seen half-written. A temporary is named PREFIX + PID + "-" + N + ".tmp",
// PID the writing process's: a run that was killed (kill -9, a power cut)
// leaves its temporaries behind, and a later run writing in that folder
// removes those whose process is gone. Files are created with mode
// OutputPerm, which the umask narrows as it does for any program.

// treeTempPrefix starts the names of an output tree's temporaries.
const treeTempPrefix = ".sahifa-"

// createTemp creates a new temporary file in dir, named after prefix.
func createTemp(dir, prefix string) (*os.File, error) {
	pid := strconv.Itoa(os.Getpid())
	for range 1000 {
		name := filepath.Join(dir, prefix+pid+"-"+strconv.FormatUint(uint64(rand.Uint32()), 10)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, OutputPerm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, &os.PathError{Op: "createtemp", Path: filepath.Join(dir, prefix+"*.tmp"), Err: fs.ErrExist}
}

// removeStale removes from dir the temporaries named after prefix whose
// process no longer runs, and returns how many it removed.
func removeStale(dir, prefix string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") {
			continue
		}
		pid, _, ok := strings.Cut(strings.TrimSuffix(name[len(prefix):], ".tmp"), "-")
		p, err := strconv.Atoi(pid)
		if !ok || err != nil || p <= 0 || p == os.Getpid() || processAlive(p) {
			continue
		}
		if os.Remove(filepath.Join(dir, name)) == nil {
			n++
		}
	}
	return n
}

// TempFile creates the temporary file that target is written to, beside
// it and hidden (see createTemp): renamed to target once complete, an
// output is never seen half-written. Temporaries of target left by a
// killed run are removed first.
func TempFile(target string) (*os.File, error) {
	prefix := "." + filepath.Base(target) + "."
	removeStale(filepath.Dir(target), prefix)
	f, err := createTemp(filepath.Dir(target), prefix)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot write: %v", target, UnwrapPath(err))
	}
	return f, nil
}
