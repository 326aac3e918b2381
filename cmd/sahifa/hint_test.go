package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/source"
)

// Package source states the fact; the command line adds the flag.
func TestHint(t *testing.T) {
	tooLarge := &source.Error{Code: source.CodeTooLarge, Msg: "too large: 2.6 MiB, more than the limit of 1 MiB", Limit: 1 << 20, Size: 2726297}
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"too large", tooLarge, "; use --max-size"},
		{"wrapped", fmt.Errorf("x: %w", tooLarge), "; use --max-size"},
		{"zip on stdin", &source.Error{Code: source.CodeTooLarge, Msg: "zip on standard input larger than 1 GiB", Limit: 1 << 30, Size: -1, StdinZip: true}, "; give it as a file"},
		{"read", &source.Error{Code: source.CodeRead, Msg: "no such file or directory"}, ""},
		{"not from source", errors.New("too large"), ""},
		{"the sentinel", source.ErrTooLarge, "; use --max-size"},
	} {
		if got := hint(tt.err); got != tt.want {
			t.Errorf("%s: hint = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// The hint is in the error record's message, and so in the message on
// stderr, once: the same text as when package source wrote it itself.
func TestHintInRecordAndMessage(t *testing.T) {
	for _, tt := range []struct {
		u    unit
		want string // the message, in the record and on stderr
	}{
		{unit{path: "big.txt", err: &source.Error{Code: source.CodeTooLarge, Msg: "too large: 2.6 MiB, more than the limit of 1 MiB", Limit: 1 << 20, Size: 2726297}},
			"too large: 2.6 MiB, more than the limit of 1 MiB; use --max-size"},
		{unit{path: "a.tgz!/b.txt", err: &source.Error{Code: source.CodeTooLarge, Msg: "too large: more than the limit of 1 MiB", Limit: 1 << 20, Size: -1}},
			"too large: more than the limit of 1 MiB; use --max-size"},
		{unit{path: "-", err: &source.Error{Code: source.CodeTooLarge, Msg: "zip on standard input larger than 1 GiB", Limit: 1 << 30, Size: -1, StdinZip: true}},
			"zip on standard input larger than 1 GiB; give it as a file"},
		{unit{path: "missing.txt", err: &source.Error{Code: source.CodeRead, Msg: "no such file or directory"}},
			"no such file or directory"},
	} {
		tt.u.src = extract.Source{Path: tt.u.path}
		var out, errs bytes.Buffer
		p := &pipeline{
			a:   &app{stderr: &errs, getenv: func(string) string { return "" }, colorMode: "never"},
			o:   &extractOptions{onError: "record"},
			out: newStreamSink("jsonl", &out, ""),
		}
		docs := p.convert(&tt.u)
		if len(docs) != 1 || docs[0].Error == nil || docs[0].Error.Message != tt.want || docs[0].Error.Code != source.Code(tt.u.err) {
			t.Errorf("%s: record %+v, want the message %q", tt.u.path, docs[0].Error, tt.want)
			continue
		}
		if err := p.handle(result{u: &tt.u, docs: docs}); err != nil {
			t.Fatal(err)
		}
		p.out.flush()
		if got, want := errs.String(), "sahifa: "+tt.u.path+": "+tt.want+"\n"; got != want {
			t.Errorf("stderr %q, want %q", got, want)
		}
		if !strings.Contains(out.String(), `"message":"`+tt.want+`"}`) {
			t.Errorf("stdout %s, want the message %q", out.String(), tt.want)
		}
	}
}
