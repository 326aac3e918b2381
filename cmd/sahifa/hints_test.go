package main

import (
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// Every remedy the library can name has a hint here, and a hint is
// appended once, however often addHints runs.
func TestAddHints(t *testing.T) {
	for r := document.RemedyNone + 1; r <= document.RemedyAsFile; r++ {
		hint, ok := remedyHints[r]
		if !ok || hint == "" {
			t.Errorf("remedy %d has no hint", r)
			continue
		}
		d := &document.Document{
			Error:    &document.Error{Code: document.ErrTooLarge, Message: "fact", Remedy: r},
			Warnings: []document.Warning{{Code: document.WarnEncodingGuessed, Message: "other fact", Remedy: r}, {Message: "plain"}},
		}
		addHints(d)
		addHints(d)
		if got, want := d.Error.Message, "fact"+hint; got != want {
			t.Errorf("remedy %d: error message %q, want %q", r, got, want)
		}
		if got, want := d.Warnings[0].Message, "other fact"+hint; got != want {
			t.Errorf("remedy %d: warning message %q, want %q", r, got, want)
		}
		if d.Warnings[1].Message != "plain" {
			t.Errorf("remedy %d: a warning without a remedy became %q", r, d.Warnings[1].Message)
		}
	}
}
