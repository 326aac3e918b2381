package main

// UI rules, written down once:
//   - the payload goes to stdout, and only the payload;
//   - every diagnostic goes to stderr with the "sahifa: " prefix, lower case,
//     no final period, the file (and line) first, on one line, its controls
//     escaped (package termsafe: nothing from the input drives the terminal);
//   - a usage error prints a one-line hint, never the whole help;
//   - colour is decided for stdout and stderr separately: --color wins, then
//     NO_COLOR and TERM=dumb, then whether that stream is a terminal.

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/fatih/color"
	"github.com/mattn/go-isatty"

	"github.com/sahifa/sahifa/extract/termsafe"
)

// Exit codes of the spec (cli.md).
const (
	exitOK       = 0 // every article extracted
	exitFailure  = 1 // some article failed, or an output conflict
	exitUsage    = 2 // bad flag, bad value
	exitWarnings = 3 // --strict and there were warnings
	exitNoInput  = 4 // no input matched
)

// app holds the streams and environment of one run, so that tests can run
// the whole command line in-process with buffers.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string

	// stdinTTY, stdoutTTY and stderrTTY say whether each stream is a
	// terminal; tests set them directly.
	stdinTTY, stdoutTTY, stderrTTY bool

	colorMode string // auto, always, never

	// exitCode is raised by commands that finish but must report failure
	// (some articles failed, warnings under --strict).
	exitCode int

	// signalStatus, when set, gives the exit status of the signal that
	// interrupted the run (128 + its number), 0 when none came.
	signalStatus func() int
}

func newApp() *app {
	return &app{
		stdin:     os.Stdin,
		stdout:    os.Stdout,
		stderr:    os.Stderr,
		getenv:    os.Getenv,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
		colorMode: "auto",
	}
}

func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

func run() int { return newApp().run(os.Args[1:]) }

// useColor decides whether to colour a stream that is (or is not) a terminal.
func (a *app) useColor(tty bool) bool {
	switch a.colorMode {
	case "always":
		return true
	case "never":
		return false
	}
	if a.getenv("NO_COLOR") != "" {
		return false
	}
	if a.getenv("TERM") == "dumb" {
		return false
	}
	return tty
}

// errColor returns a colour for stderr messages, honouring the policy.
func (a *app) errColor(attrs ...color.Attribute) *color.Color {
	c := color.New(attrs...)
	if a.useColor(a.stderrTTY) {
		c.EnableColor()
	} else {
		c.DisableColor()
	}
	return c
}

// errorf prints an error message on stderr. Every message is one line
// passed through termsafe.String: names and fields from the input cannot
// drive the terminal.
func (a *app) errorf(format string, args ...any) {
	fmt.Fprintf(a.stderr, "%s%s\n", a.errColor(color.FgRed, color.Bold).Sprint("sahifa: "), termsafe.String(fmt.Sprintf(format, args...)))
}

// warningf prints a warning on stderr, escaped as errorf.
func (a *app) warningf(format string, args ...any) {
	fmt.Fprintf(a.stderr, "%s%s\n", a.errColor(color.FgYellow).Sprint("sahifa: "), termsafe.String(fmt.Sprintf(format, args...)))
}

// infof prints a plain diagnostic (a summary line) on stderr, escaped as
// errorf.
func (a *app) infof(format string, args ...any) {
	fmt.Fprintf(a.stderr, "sahifa: %s\n", termsafe.String(fmt.Sprintf(format, args...)))
}

// raise records an exit code, keeping the most severe one seen.
func (a *app) raise(code int) {
	if code > a.exitCode {
		a.exitCode = code
	}
}

// usageError is a bad flag or a bad value: exit 2 with a one-line hint.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// exitError carries an exit code for an error that was already reported, or
// that is reported with its message.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// exitCodeOf maps an error to the exit code of the spec.
func exitCodeOf(err error) int {
	var ue *usageError
	var ee *exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return exitUsage
	case errors.As(err, &ee):
		return ee.code
	default:
		return exitFailure
	}
}
