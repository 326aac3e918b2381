package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

func (a *app) newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "sahifa",
		Short: "Turn raw Arabic news article dumps into structured documents",
		Long: `sahifa reads raw text dumps of Arabic news articles (plain text, TREC/SGML
<DOC> files, JSON Lines; files, folders, stdin, .zip and .tar.gz archives),
separates title, captions, body, headings, attribution and page residue,
normalizes Arabic script, and writes JSON, JSON Lines, Markdown or HTML.

The reference: sahifa help cli, formats, document or normalization.`,
		Version:       versionString(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetIn(a.stdin)
	root.SetVersionTemplate("sahifa {{.Version}}\n")
	enumFlag(root, root.PersistentFlags(), &a.colorMode, "color", "", "when", "auto", "colour output: auto, always or never",
		choice[string]{"auto", "auto"}, choice[string]{"always", "always"}, choice[string]{"never", "never"})
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return flagError(suggestFlag(cmd, err)) })
	root.AddCommand(
		a.newExtractCmd(),
		a.newNormalizeCmd(),
		a.newInspectCmd(),
		a.newDedupCmd(),
		a.newSchemaCmd(),
		a.newVersionCmd(),
		a.newManCmd(),
	)
	root.SetHelpCommand(a.newHelpCmd())
	return root
}

// run executes the command line and returns the exit code.
func (a *app) run(args []string) int {
	root := a.newRootCmd()
	root.SetArgs(args)
	err := root.Execute()
	if err != nil && !isBrokenPipe(err) {
		var ue *usageError
		if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") {
			a.errorf("%s", err)
			name := "sahifa"
			if c, _, ferr := root.Find(args); ferr == nil && c != nil && c != root {
				name = c.CommandPath()
			}
			fmt.Fprintf(a.stderr, "Run '%s --help' for usage.\n", name)
			return exitUsage
		}
		if msg := err.Error(); msg != "" {
			a.errorf("%s", msg)
		}
		code := exitCodeOf(err)
		if code > a.exitCode {
			return code
		}
		return a.exitCode
	}
	return a.exitCode
}

// isBrokenPipe reports whether err comes from writing to a closed pipe
// (`sahifa extract … | head -1`): that ends the run quietly.
func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, io.ErrClosedPipe)
}
