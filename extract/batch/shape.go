package batch

import (
	"os"
	"strings"

	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/source"
)

// containerExts are the extensions of files that hold many documents
// (JSON Lines, TREC/SGML, WARC/WET), by name alone.
var containerExts = []string{".jsonl", ".ndjson", ".trec", ".sgml", ".warc", ".wet", ".warc.gz", ".wet.gz"}

// OneInput reports whether a command line names one article: one input
// (a file, or "-" for standard input) that is not a folder, an archive or
// a container by its name, read with in ("auto" or "text"; "trec",
// "jsonl" and "warc" read containers), and no list of more paths
// (filesFrom). It decides the shape of a JSON stream from the command
// line, never from the data: one article is one object, anything else an
// array, even of one document, so that a script knows what it will read.
// The one case the data decides: a single input taken as one article
// whose content is sniffed as a container (TREC, JSON Lines, WARC) of
// several documents is written as an array by the JSON encoder all the
// same (with in "text" it is one article, tags and all).
func OneInput(inputs []string, in string, filesFrom bool) bool {
	if filesFrom || len(inputs) != 1 {
		return false
	}
	switch in {
	case "", "auto", "text":
	default:
		return false
	}
	p := inputs[0]
	if p == "-" {
		return true
	}
	if source.IsArchiveName(p) {
		return false
	}
	l := strings.ToLower(p)
	for _, e := range containerExts {
		if strings.HasSuffix(l, e) {
			return false
		}
	}
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		return false
	}
	return true
}

// Shaped returns enc as the command line shapes it: a JSON stream of
// inputs that are not one article (see OneInput) is always an array.
func Shaped(enc encode.Encoder, inputs []string, in string, filesFrom bool) encode.Encoder {
	if _, ok := enc.(encode.JSON); ok && !OneInput(inputs, in, filesFrom) {
		return encode.JSON{Array: true}
	}
	return enc
}
