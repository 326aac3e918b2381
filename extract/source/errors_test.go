package source

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// ErrTooLarge is what a too-large error is, and only that.
func TestErrTooLarge(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"big.txt": strings.Repeat("a", 2<<10), "ok.txt": "ok"})
	read := func(name string) error {
		var err error
		for it := range Walk([]string{filepath.Join(dir, name)}, Options{MaxSize: 1 << 10}) {
			_, err = it.ReadAll()
		}
		return err
	}
	if err := read("big.txt"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too large: %v is not ErrTooLarge", err)
	}
	if err := read("missing.txt"); err == nil || errors.Is(err, ErrTooLarge) {
		t.Errorf("missing: %v is ErrTooLarge", err)
	}
	if err := read("ok.txt"); err != nil {
		t.Errorf("ok: %v", err)
	}
	if errors.Is(&Error{Code: document.ErrRead, Msg: "m"}, ErrTooLarge) || errors.Is(&Error{Code: document.ErrTooLarge, Msg: "m"}, errors.New("too large")) {
		t.Errorf("Is matches what it should not")
	}
}

// Code finds the code of an Error anywhere in the chain.
func TestCodes(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want document.ErrorCode
	}{
		{&Error{Code: document.ErrTooLarge, Msg: "m"}, document.ErrTooLarge},
		{fmt.Errorf("wrapped: %w", &Error{Code: document.ErrRead, Msg: "m"}), document.ErrRead},
		{ErrTooLarge, document.ErrTooLarge},
		{errors.New("anything else"), document.ErrRead},
	} {
		if got := Code(tt.err); got != tt.want {
			t.Errorf("Code(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// A too-large error carries the fact: the limit, the size when it is
// announced, and which limit it is; its message names no flag.
func TestTooLargeFacts(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("a", 10<<10)
	write(t, dir, map[string]string{"big.txt": big})
	os.WriteFile(filepath.Join(dir, "big.txt.gz"), gz([]byte(big)), 0o644)
	os.WriteFile(filepath.Join(dir, "big.tar"), tarBytes(t, []member{{"top/big.txt", big}}, nil), 0o644)
	os.WriteFile(filepath.Join(dir, "big.zip"), zipBytes(t, []member{{"big.txt", big}}), 0o644)
	zipData := zipBytes(t, []member{{"a.txt", "a"}})
	type fact struct {
		Msg         string
		Limit, Size int64
		StdinZip    bool
	}
	for _, tt := range []struct {
		name string
		opt  Options
		want fact
	}{
		{"big.txt", Options{}, fact{"too large: 10 KiB, more than the limit of 1 KiB", 1 << 10, 10 << 10, false}},
		{"big.txt.gz", Options{}, fact{"too large: more than the limit of 1 KiB", 1 << 10, -1, false}},
		{"big.tar", Options{}, fact{"too large: 10 KiB, more than the limit of 1 KiB", 1 << 10, 10 << 10, false}},
		{"big.zip", Options{}, fact{"too large: 10 KiB, more than the limit of 1 KiB", 1 << 10, 10 << 10, false}},
		{"-", Options{Stdin: bytes.NewReader(zipData), MaxStdinZip: 100}, fact{"zip on standard input larger than 100 bytes", 100, -1, true}},
	} {
		arg := tt.name
		if arg != "-" {
			arg = filepath.Join(dir, tt.name)
		}
		tt.opt.MaxSize = 1 << 10
		var errs []error
		for it := range Walk([]string{arg}, tt.opt) {
			if _, err := it.ReadAll(); err != nil {
				errs = append(errs, err)
			}
		}
		if len(errs) != 1 {
			t.Errorf("%s: %d errors, want 1: %v", tt.name, len(errs), errs)
			continue
		}
		var e *Error
		if !errors.As(errs[0], &e) || e.Code != document.ErrTooLarge {
			t.Errorf("%s: %#v, want an *Error with document.ErrTooLarge", tt.name, errs[0])
			continue
		}
		if got := (fact{e.Msg, e.Limit, e.Size, e.StdinZip}); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
		if !errors.Is(errs[0], ErrTooLarge) || !errors.Is(fmt.Errorf("wrapped: %w", errs[0]), ErrTooLarge) {
			t.Errorf("%s: %v is not ErrTooLarge", tt.name, errs[0])
		}
	}
}

// No message of this package names a command-line flag: a message is
// the fact, and the command line adds the flag.
func TestMessagesNameNoFlag(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("a", 10<<10)
	write(t, dir, map[string]string{"big.txt": big, "list": strings.Repeat("x", maxListLine+1)})
	full := gz(tarBytes(t, []member{{"top/a.txt", big}, {"top/b.txt", big}}, nil))
	os.WriteFile(filepath.Join(dir, "cut.tgz"), full[:len(full)/2], 0o644)
	os.WriteFile(filepath.Join(dir, "bad.zip"), []byte("PK\x03\x04 not really"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.gz"), []byte("not gzip"), 0o644)
	list, _ := os.Open(filepath.Join(dir, "list"))
	defer list.Close()
	opts := []Options{
		{MaxSize: 1 << 10},
		{Stdin: bytes.NewReader(zipBytes(t, []member{{"a.txt", "a"}})), MaxStdinZip: 100},
		{FilesFrom: list},
	}
	args := []string{filepath.Join(dir, "big.txt"), filepath.Join(dir, "cut.tgz"), filepath.Join(dir, "bad.zip"),
		filepath.Join(dir, "bad.gz"), filepath.Join(dir, "missing"), "-"}
	n := 0
	for _, opt := range opts {
		for it := range Walk(args, opt) {
			for _, err := range []error{it.Err, func() error { _, err := it.ReadAll(); return err }()} {
				if err == nil {
					continue
				}
				n++
				if strings.Contains(err.Error(), "--") || strings.Contains(it.Path, "--") {
					t.Errorf("%s: %q names a flag", it.Path, err)
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d errors seen", n)
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{12: "12 bytes", 32 << 20: "32 MiB", 1536: "1.5 KiB", 1 << 30: "1 GiB"} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// RemedyOf names the way around each limit, and none for a read error.
func TestRemedyOf(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want document.Remedy
	}{
		{tooLarge(10, 5), document.RemedyMaxSize},
		{fmt.Errorf("x: %w", tooLarge(-1, 5)), document.RemedyMaxSize},
		{ErrTooLarge, document.RemedyMaxSize},
		{&Error{Code: document.ErrTooLarge, Msg: "zip on standard input larger than 1 GiB", StdinZip: true}, document.RemedyAsFile},
		{&Error{Code: document.ErrRead, Msg: "entry 1 holds a NUL byte", NULList: true}, document.RemedyNULList},
		{&Error{Code: document.ErrRead, Msg: "no such file or directory"}, document.RemedyNone},
		{errors.New("anything"), document.RemedyNone},
	} {
		if got := RemedyOf(tt.err); got != tt.want {
			t.Errorf("RemedyOf(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}
