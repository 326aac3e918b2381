package main

import (
	"errors"
	"regexp"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// unknownFlag is pflag's message for a long flag it does not know.
var unknownFlag = regexp.MustCompile(`^unknown flag: --([^ =]+)$`)

// suggestFlag adds to an unknown-flag error the nearest flag of cmd, as
// git and cargo do: `unknown flag: --fromat (did you mean --format?)`.
// A flag is near when at most two edits away, or when the typed name is
// the start of exactly one flag.
func suggestFlag(cmd *cobra.Command, err error) error {
	m := unknownFlag.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	typed := m[1]
	best, bestD, prefixes := "", 3, []string{}
	visit := func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		if strings.HasPrefix(f.Name, typed) {
			prefixes = append(prefixes, f.Name)
		}
		if d := levenshtein.ComputeDistance(typed, f.Name); d < bestD {
			best, bestD = f.Name, d
		}
	}
	cmd.Flags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
	if best == "" && len(prefixes) == 1 {
		best = prefixes[0]
	}
	if best == "" {
		return err
	}
	return errors.New(err.Error() + " (did you mean --" + best + "?)")
}
