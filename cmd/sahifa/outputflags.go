package main

import "github.com/spf13/cobra"

// checkOutputNames reads -o and -O as pandoc and tar do: "-o -" is
// standard output, and an empty name is a usage error rather than a
// silent fall back to standard output.
func checkOutputNames(cmd *cobra.Command, o *extractOptions) error {
	f := cmd.Flags()
	if f.Changed("output") && o.output == "" {
		return usagef("-o, --output needs a file name (- for standard output)")
	}
	if f.Changed("output-dir") && o.outDir == "" {
		return usagef("-O, --output-dir needs a folder name; without -O the articles go to standard output")
	}
	if o.output == "-" {
		o.output = "" // standard output
	}
	return nil
}

// outDirs is the folder of -O, which a walk of an input folder holding it
// leaves out (the documents written are not read back as articles).
func outDirs(dir string) []string {
	if dir == "" {
		return nil
	}
	return []string{dir}
}
