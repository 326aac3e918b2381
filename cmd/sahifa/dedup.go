package main

import (
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/sahifa/sahifa/extract/dedup"
	"github.com/sahifa/sahifa/extract/encode"
)

func (a *app) newDedupCmd() *cobra.Command {
	cfg := dedup.Config{Stdin: a.stdin, Output: a.stdout}
	var quiet bool
	cmd := &cobra.Command{
		Use:   "dedup [flags] [FILE.jsonl | FILE.parquet | -]...",
		Short: "Mark near-duplicate documents: cluster and duplicate_of",
		Long:  helpText("dedup"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cfg.Threshold <= 0 || cfg.Threshold > 1 {
				return usagef("invalid value %g for --threshold: give a similarity above 0 and at most 1", cfg.Threshold)
			}
			if encode.IsColumnar(cfg.Format) && cfg.File == "" {
				return usagef("-f %s is written whole to a file: give -o FILE", cfg.Format.Name())
			}
			if cfg.Inputs = args; len(args) == 0 && !a.stdinTTY {
				cfg.Inputs = []string{"-"}
			} else if len(args) == 0 {
				return usagef("no input: give files of sahifa's JSON Lines or Parquet, or pipe them to standard input")
			}
			start := time.Now()
			st, err := dedup.Run(cmd.Context(), cfg)
			if err == nil && !quiet {
				a.infof("%s, threshold %g, in %.2fs", st, cfg.Threshold, time.Since(start).Seconds())
			}
			return err
		},
	}
	f := cmd.Flags()
	f.Float64Var(&cfg.Threshold, "threshold", dedup.DefaultThreshold, "estimated Jaccard similarity from which two documents are near-duplicates")
	f.BoolVar(&cfg.Drop, "drop", false, "write the keepers only: every document but the duplicates")
	enumFlag(cmd, f, &cfg.Format, "format", "f", "format", "jsonl", "output format: jsonl or parquet",
		choice[encode.Encoder]{"jsonl", encode.JSONL{}}, choice[encode.Encoder]{"parquet", encode.ByName("parquet")})
	f.StringVarP(&cfg.File, "output", "o", "", "write to `FILE` (replaced when complete)")
	f.IntVarP(&cfg.Jobs, "jobs", "j", runtime.NumCPU(), "documents signed in parallel")
	f.BoolVarP(&quiet, "quiet", "q", false, "no summary line")
	return cmd
}
