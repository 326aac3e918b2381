package main

import "github.com/sahifa/sahifa/extract/document"

// remedyHints phrase the library's remedies (document.Remedy) in this
// command line's terms: its flags. The library's messages state facts;
// the hint is appended to the message it is about.
var remedyHints = map[document.Remedy]string{
	document.RemedyEncoding:  "; use --encoding to choose",
	document.RemedyUTF16:     "; if it is UTF-16 text, use --encoding utf-16",
	document.RemedyMaxSize:   "; use --max-size",
	document.RemedyTextField: "; use --text-field to name another",
	document.RemedyContainer: ", or read it with --in trec or --in jsonl",
	document.RemedyAsFile:    "; give it as a file",
	document.RemedyNULList:   "; use -0 (--null) to read it",
}

// addHints appends to d's error and warning messages the hints of their
// remedies, once: the remedy is cleared when its hint is added.
func addHints(d *document.Document) {
	if e := d.Error; e != nil && e.Remedy != document.RemedyNone {
		e.Message += remedyHints[e.Remedy]
		e.Remedy = document.RemedyNone
	}
	for i := range d.Warnings {
		if w := &d.Warnings[i]; w.Remedy != document.RemedyNone {
			w.Message += remedyHints[w.Remedy]
			w.Remedy = document.RemedyNone
		}
	}
}
