package container

import (
	"bytes"
	"strings"
)

// SniffName is the format a file name says: JSONL for .jsonl and .ndjson
// (also gzipped), else "" (the content decides).
func SniffName(name string) string {
	lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
	if strings.HasSuffix(lower, ".jsonl") || strings.HasSuffix(lower, ".ndjson") {
		return JSONL
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
	if strings.HasPrefix(s, "{") {
		first, _, _ := strings.Cut(s, "\n")
		if HasTopLevelString(first, textField) {
			return JSONL
		}
	}
	return Text
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
