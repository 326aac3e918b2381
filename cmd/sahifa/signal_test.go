package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdSigexit: sigexit SIGNAL N FIFO PROG [ARGS...]
//
// starts PROG reading the named pipe FIFO, writes the start of an article
// into the pipe, sends SIGNAL (TERM, HUP or INT) while PROG waits for the
// rest, and checks that PROG exits with status N within 10 seconds. PROG's
// standard error is kept in the file "sigexit.stderr".
func cmdSigexit(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 4 {
		ts.Fatalf("usage: sigexit SIGNAL N FIFO PROG [ARGS...]")
	}
	sigs := map[string]syscall.Signal{"TERM": syscall.SIGTERM, "HUP": syscall.SIGHUP, "INT": syscall.SIGINT}
	sig, ok := sigs[args[0]]
	if !ok {
		ts.Fatalf("sigexit: unknown signal %q: give TERM, HUP or INT", args[0])
	}
	want, err := strconv.Atoi(args[1])
	ts.Check(err)
	prog, err := exec.LookPath(args[3])
	if err != nil {
		// the test's own PATH, where testscript put the programs
		for _, dir := range filepath.SplitList(ts.Getenv("PATH")) {
			if p := filepath.Join(dir, args[3]); fileExists(p) {
				prog, err = p, nil
				break
			}
		}
	}
	ts.Check(err)
	errf, err := os.Create(ts.MkAbs("sigexit.stderr"))
	ts.Check(err)
	defer errf.Close()
	cmd := exec.Command(prog, args[4:]...)
	cmd.Dir = ts.MkAbs(".")
	cmd.Env = []string{"PATH=" + ts.Getenv("PATH"), "HOME=" + ts.Getenv("HOME"), "TMPDIR=" + ts.Getenv("TMPDIR"), "NO_COLOR=1"}
	cmd.Stderr = errf
	ts.Check(cmd.Start())
	fifo, err := os.OpenFile(ts.MkAbs(args[2]), os.O_WRONLY, 0) // blocks until PROG opens it
	ts.Check(err)
	defer fifo.Close()
	_, err = fifo.WriteString("عنوان\n\nفقرة أولى")
	ts.Check(err)
	time.Sleep(300 * time.Millisecond)
	ts.Check(cmd.Process.Signal(sig))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-done
		ts.Fatalf("%s did not exit within 10s of SIG%s", args[3], args[0])
	}
	got := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		got = ee.ExitCode()
	} else if err != nil {
		ts.Fatalf("%s: %v", args[3], err)
	}
	if got != want {
		ts.Fatalf("%s exited with status %d after SIG%s, want %d", args[3], got, args[0], want)
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
