package main

import "github.com/spf13/cobra"

func (a *app) newNormalizeCmd() *cobra.Command {
	return &cobra.Command{Use: "normalize", Short: "not yet implemented", RunE: func(*cobra.Command, []string) error { return usagef("normalize: not yet implemented") }}
}
