package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/sahifa/sahifa/internal/buildinfo"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// it comes from the module's build information.
var version = ""

// versionString is the version line of this binary (package buildinfo):
// `v1.2.0 (commit 1a2b3c4d5e6f, 2026-12-01T10:00:00Z) go1.26.8`.
func versionString() string { return buildinfo.String(version) }

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
