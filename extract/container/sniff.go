package container

import (
	"bytes"
	"io"
	"strings"

	"github.com/klauspost/compress/gzip"
)

// SniffName is the format a file name says: JSONL for .jsonl and .ndjson,
// WARC for .warc and .wet (also gzipped), else "" (the content decides).
func SniffName(name string) string {
	lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch {
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".ndjson"):
		return JSONL
	case strings.HasSuffix(lower, ".warc"), strings.HasSuffix(lower, ".wet"):
		return WARC
	}
	return ""
}

// Sniff decides the format of an input from its name and its decoded
// text, which may be only its head: JSONL for a .jsonl or .ndjson name;
// TREC when the text starts with <DOC (after a BOM and white space); JSONL
// when the first line is a JSON object holding textField ("text" when
// empty) as a string; else Text.
func Sniff(name, text, textField string) string {
	if f := SniffName(name); f != "" {
		return f
	}
	if textField == "" {
		textField = "text"
	}
	s := strings.TrimLeft(text, " \t\r\n\uFEFF")
	if len(s) >= 5 && strings.EqualFold(s[:4], "<DOC") && (s[4] == '>' || s[4] == ' ' || s[4] == '\t' || s[4] == '\n') {
		return TREC
	}
	if strings.HasPrefix(s, "<?xml") && DocElement([]byte(s[:min(len(s), recordHead)])) != "" {
		return TREC // XML records (xmlrecord.go)
	}
	if strings.HasPrefix(s, "{") {
		first, _, _ := strings.Cut(s, "\n")
		if HasTopLevelString(first, textField) {
			return JSONL
		}
	}
	return Text
}

// SniffRaw decides the formats that are known by their raw first bytes,
// before any decoding: WARC when the head starts with a WARC/1. line,
// also inside a gzip member (.warc.gz, .wet.gz); TREC when it starts with
// <DOC (after a UTF-8 BOM and white space) in an ASCII-compatible
// encoding; else "" (Sniff decides on the decoded text).
func SniffRaw(head []byte) string {
	if bytes.HasPrefix(head, gzipMagic) {
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return ""
		}
		// the head may end inside the member: what inflates decides
		var b [len("WARC/1.")]byte
		if n, _ := io.ReadFull(zr, b[:]); n < len("WARC/") || !bytes.HasPrefix(warcMagic, b[:n]) {
			return ""
		}
		return WARC
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(h, warcMagic):
		return WARC
	case len(h) >= 5 && bytes.EqualFold(h[:4], []byte("<DOC")) && (h[4] == '>' || h[4] == ' ' || h[4] == '\t' || h[4] == '\n' || h[4] == '\r'):
		return TREC
	case bytes.HasPrefix(h, []byte("<?xml")) && DocElement(h) != "":
		return TREC
	}
	return ""
}

// MayBeJSONL is a cheap test of an input's raw head before Sniff, which
// needs it decoded: JSON Lines is named .jsonl or .ndjson, or starts with
// "{" (in UTF-16, the head holds NUL bytes). Inputs that fail it are not
// JSON Lines.
func MayBeJSONL(name string, head []byte) bool {
	if SniffName(name) == JSONL {
		return true
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("\xef\xbb\xbf")), " \t\r\n")
	return bytes.HasPrefix(h, []byte("{")) || bytes.IndexByte(head, 0) >= 0
}
