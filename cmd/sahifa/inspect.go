package main

import "github.com/spf13/cobra"

func (a *app) newInspectCmd() *cobra.Command {
	return &cobra.Command{Use: "inspect", Short: "not yet implemented", RunE: func(*cobra.Command, []string) error { return usagef("inspect: not yet implemented") }}
}
