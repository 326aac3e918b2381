package main

import "github.com/spf13/cobra"

func (a *app) newExtractCmd() *cobra.Command {
	return &cobra.Command{Use: "extract", Short: "not yet implemented", RunE: func(*cobra.Command, []string) error { return usagef("extract: not yet implemented") }}
}
