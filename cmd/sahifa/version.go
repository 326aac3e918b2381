package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// it comes from the module's build information.
var version = ""

// versionString is the version, the commit and its date when the binary
// was built from a checkout (the VCS settings of the build information,
// "+dirty" for uncommitted changes), and the Go version:
// `v1.2.0 (commit 1a2b3c4d5e6f, 2026-12-01T10:00:00Z) go1.26.8`.
func versionString() string {
	v, commit, date, dirty := version, "", "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.time":
				date = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	if commit != "" {
		if len(commit) > 12 {
			commit = commit[:12]
		}
		if dirty {
			commit += "+dirty"
		}
		if date != "" {
			commit += ", " + date
		}
		v += " (commit " + commit + ")"
	}
	return v + " " + runtime.Version()
}

func (a *app) newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of sahifa, its commit and date, and the Go version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(a.stdout, "sahifa %s\n", versionString())
			return err
		},
	}
}

// newManCmd is `sahifa man DIR`: the manual pages of every command,
// generated from the commands and their flags. It is a build step (`make
// man`, as gh's and pandoc's pages are made when packaging), not a command
// of a user's day: hidden from the command list, the completions and the
// pages it writes.
func (a *app) newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "man DIR",
		Short:  "Write the manual pages of sahifa (section 1) into DIR",
		Long:   "Man writes the manual pages of sahifa and of each command (section 1) into\nDIR, generated from the commands: `make man` runs it (MANDIR=bin/man).",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := os.MkdirAll(args[0], 0o755); err != nil {
				return fmt.Errorf("%s: cannot make the folder: %v", args[0], err)
			}
			root := cmd.Root()
			root.DisableAutoGenTag = true
			h := &doc.GenManHeader{Title: "SAHIFA", Section: "1", Source: "sahifa " + versionString()}
			return doc.GenManTree(root, h, args[0])
		},
	}
}
