package main

import (
	"github.com/sahifa/sahifa/extract/document"
	"github.com/spf13/cobra"
)

func (a *app) newSchemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the document",
		Long: `Schema prints the JSON Schema (draft 2020-12) of the documents that
"sahifa extract" writes as JSON and JSON Lines: an article with every key
present (unknown values are null), or an error record holding only
schema_version, id, input and error.`,
		Example: `  sahifa schema > sahifa.schema.json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("schema takes no arguments")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := a.stdout.Write(document.Schema())
			return err
		},
	}
}
