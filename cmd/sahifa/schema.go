package main

import "github.com/spf13/cobra"

func (a *app) newSchemaCmd() *cobra.Command {
	return &cobra.Command{Use: "schema", Short: "not yet implemented", RunE: func(*cobra.Command, []string) error { return usagef("schema: not yet implemented") }}
}
