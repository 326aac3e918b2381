package main

import (
	"archive/zip"
	"os"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdMvq: mvq OLD NEW
//
// renames OLD to NEW, NEW written with Go escapes (\x1b, \a, \u009b), so
// that a script makes file names holding control characters.
func cmdMvq(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mvq OLD NEW")
	}
	ts.Check(os.Rename(ts.MkAbs(args[0]), ts.MkAbs(string(unquote(ts, args[1])))))
}

// cmdGenzipq: genzipq ARCHIVE NAME FILE
//
// writes a zip archive of one member named NAME (Go escapes allowed)
// holding the content of FILE.
func cmdGenzipq(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: genzipq ARCHIVE NAME FILE")
	}
	data, err := os.ReadFile(ts.MkAbs(args[2]))
	ts.Check(err)
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	zw := zip.NewWriter(f)
	w, err := zw.Create(string(unquote(ts, args[1])))
	ts.Check(err)
	_, err = w.Write(data)
	ts.Check(err)
	ts.Check(zw.Close())
	ts.Check(f.Close())
}
