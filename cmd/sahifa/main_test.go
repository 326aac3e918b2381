package main

import (
	"flag"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "update golden files and testscript archives")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"sahifa": func() { os.Exit(run()) },
	})
}

// TestScript runs the command-line tests in testdata/script/*.txtar against
// the real binary's main, as a user would run it.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		// genfile, genzip, gentgz, gengz, truncate: fixtures txtar cannot
		// hold (binary, large, damaged); exitcode N: the exact status.
		// See bad_test.go.
		Cmds: scriptCmds(),
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "")
			return nil
		},
	})
}
