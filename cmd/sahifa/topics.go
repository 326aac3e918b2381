package main

import (
	"embed"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// topicFiles are the reference of sahifa, `sahifa help TOPIC`: the
// command line, the output formats, the document and normalization, in
// help/TOPIC.md. Tests keep them true (every flag, every schema field,
// every command they show is run).
//
//go:embed help/*.md
var topicFiles embed.FS

// topics are the help topics, in the order `sahifa help` lists them.
var topics = []struct{ name, short string }{
	{"cli", "the command line: commands, flags, inputs, outputs, exit codes"},
	{"formats", "input and output formats, and the shape of each output"},
	{"document", "the article document: every field of the JSON, the Markdown"},
	{"normalization", "the normalization profiles and what each rule does"},
}

// topicText is the text of a help topic, or "" when there is none.
func topicText(name string) string {
	b, err := topicFiles.ReadFile("help/" + name + ".md")
	if err != nil {
		return ""
	}
	return string(b)
}

// newHelpCmd is `sahifa help [COMMAND | TOPIC]`: cobra's help of a
// command, or a topic of the reference.
func (a *app) newHelpCmd() *cobra.Command {
	names := make([]string, len(topics))
	var list strings.Builder
	for i, t := range topics {
		names[i] = t.name
		fmt.Fprintf(&list, "  %-14s %s\n", t.name, t.short)
	}
	return &cobra.Command{
		Use:   "help [COMMAND | TOPIC]",
		Short: "Help about a command, or a topic of the reference: " + strings.Join(names, ", "),
		Long:  "Help about any command, or one of the topics of sahifa's reference:\n\n" + strings.TrimRight(list.String(), "\n"),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			out := append([]string(nil), names...)
			for _, c := range cmd.Root().Commands() {
				if c.IsAvailableCommand() {
					out = append(out, c.Name())
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				if t := topicText(args[0]); t != "" {
					_, err := a.stdout.Write([]byte(t))
					return err
				}
			}
			c, _, err := cmd.Root().Find(args)
			if err != nil || c == nil || len(args) > 0 && c == cmd.Root() {
				return usagef("no command or help topic %q: topics are %s", strings.Join(args, " "), strings.Join(names, ", "))
			}
			c.SetOut(a.stdout)
			return c.Help()
		},
	}
}
