package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/sahifa/sahifa/extract/source"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// enum is the value of a flag that is one of a fixed set of names: it is
// parsed once, when the flag is, into the type the code uses, and its
// names complete in the shell.
type enum[T comparable] struct {
	p     *T
	names []string
	vals  []T
	noun  string // shown in the help: --format format

	// other spellings accepted, not listed nor completed (-f markdown)
	aliasNames []string
	aliasVals  []T
}

// alias accepts name as another spelling of the value v, not listed in
// the help nor completed.
func (e *enum[T]) alias(name string, v T) *enum[T] {
	e.aliasNames = append(e.aliasNames, name)
	e.aliasVals = append(e.aliasVals, v)
	return e
}

func (e *enum[T]) Set(s string) error {
	for i, n := range e.names {
		if s == n {
			*e.p = e.vals[i]
			return nil
		}
	}
	for i, n := range e.aliasNames {
		if s == n {
			*e.p = e.aliasVals[i]
			return nil
		}
	}
	return fmt.Errorf("valid values are %s", strings.Join(e.names, ", "))
}

func (e *enum[T]) String() string {
	if e.p == nil {
		return ""
	}
	for i, v := range e.vals {
		if v == *e.p {
			return e.names[i]
		}
	}
	return ""
}

func (e *enum[T]) Type() string { return e.noun }

// choice is one name of an enum and the value it stands for.
type choice[T any] struct {
	name string
	val  T
}

// enumFlag adds to cmd the flag name (shorthand short, "" for none) whose
// value is one of choices, stored in p, def by default, and registers the
// completion of its names.
func enumFlag[T comparable](cmd *cobra.Command, f *pflag.FlagSet, p *T, name, short, noun, def, usage string, choices ...choice[T]) *enum[T] {
	e := &enum[T]{p: p, noun: noun}
	for _, c := range choices {
		e.names = append(e.names, c.name)
		e.vals = append(e.vals, c.val)
	}
	if err := e.Set(def); err != nil {
		panic("enumFlag: default " + def + " of --" + name + ": " + err.Error())
	}
	f.VarP(e, name, short, usage)
	_ = cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(e.names, cobra.ShellCompDirectiveNoFileComp))
	return e
}

// alias adds a hidden second spelling of a flag, sharing its value: an
// older name that keeps working.
func alias(f *pflag.FlagSet, v pflag.Value, name, short string) {
	f.VarP(v, name, short, "")
	_ = f.MarkHidden(name)
}

// sizeValue is the value of a size flag: bytes, or a number with a unit
// (see source.ParseSize).
type sizeValue struct {
	n    *int64
	text string
}

func (v *sizeValue) Set(s string) error {
	n, err := source.ParseSize(s)
	if err != nil {
		return err
	}
	*v.n, v.text = n, s
	return nil
}

func (v *sizeValue) String() string { return v.text }
func (v *sizeValue) Type() string   { return "size" }

// sizeFlag adds the size flag name to f, stored in p, def by default.
func sizeFlag(f *pflag.FlagSet, p *int64, name, def, usage string) {
	v := &sizeValue{n: p}
	if err := v.Set(def); err != nil {
		panic("sizeFlag: default " + def + ": " + err.Error())
	}
	f.Var(v, name, usage)
}

// pflagValueError is pflag's message for a value its Value refused.
var pflagValueError = regexp.MustCompile(`^invalid argument (".*") for "(.*)" flag: (.*)$`)

// flagError turns pflag's messages into sahifa's: a bad value of one of
// sahifa's own flag types reads `invalid value "yaml" for -f, --format:
// valid values are jsonl, json, md, parquet`; numbers keep pflag's message.
func flagError(err error) error {
	msg := strings.TrimSuffix(err.Error(), "\n")
	if m := pflagValueError.FindStringSubmatch(msg); m != nil && !strings.HasPrefix(m[3], "strconv.") {
		msg = fmt.Sprintf("invalid value %s for %s: %s", m[1], m[2], m[3])
	}
	return usagef("%s", msg)
}
