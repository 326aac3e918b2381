package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/charset"
)

// linePrefix is "line n: ", or nothing when n is 0.
func linePrefix(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("line %d: ", n)
}

// readJSONL makes one document per non-blank line of a decoded JSON Lines
// file; a file with no record gives one document with an "empty" warning.
func readJSONL(src Source, inp Input, text string, warns []Warning, opt Options) []*Document {
	var docs []*Document
	eachLine(text, 1, func(l rawLine) bool {
		if isBlank(l.Text) {
			return true
		}
		rin := newInput(src, []byte(l.Text))
		rin.Format, rin.Encoding = FormatJSONL, inp.Encoding
		n := l.N
		rin.Record = &n
		docs = append(docs, readRecord(src, rin, l.Text, warns, n, opt))
		return true
	})
	if len(docs) == 0 {
		return []*Document{buildSafe(readText(inp, text, warns, src.defaultID()), opt)}
	}
	return docs
}

// readJSONLRaw makes one document per non-blank line of a JSON Lines file
// that is not UTF-16, each line read by ExtractRecord as the streaming
// reader reads it (a line end is LF or CRLF); a file with no record gives
// one document with an "empty" warning.
func readJSONLRaw(src Source, data []byte, opt Options) []*Document {
	var docs []*Document
	rest := data
	for n := 1; len(rest) > 0; n++ {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		docs = append(docs, ExtractRecord(src, line, n, opt))
	}
	if len(docs) == 0 {
		inp := newInput(src, data)
		inp.Format = FormatJSONL
		text, res, err := charset.Decode(data, opt.Encoding)
		if err != nil {
			return []*Document{decodeError(inp, err)}
		}
		inp.Encoding = &res.Encoding
		return []*Document{buildSafe(readText(inp, text, convertWarnings(res.Warnings), src.defaultID()), opt)}
	}
	return docs
}

// readRecord makes the document of one decoded JSON Lines record, line n.
func readRecord(src Source, inp Input, text string, warns []Warning, n int, opt Options) *Document {
	if isBlank(text) {
		// No lines: the builder gives it an "empty" warning.
		return buildSafe(&article{Input: inp, Warnings: warns, Fields: fields{ID: src.defaultID()}}, opt)
	}
	obj, err := parseObject(text)
	if err != nil {
		return errorDoc(inp, ErrSyntax, linePrefix(n)+err.Error())
	}
	tf := opt.textField()
	raw, ok := obj[tf]
	if !ok {
		return errorDoc(inp, ErrSyntax, fmt.Sprintf("%sno %q field (the article text; use --text-field to name another)", linePrefix(n), tf))
	}
	body, ok := raw.(string)
	if !ok {
		return errorDoc(inp, ErrSyntax, fmt.Sprintf("%sfield %q is %s, not a string", linePrefix(n), tf, jsonKind(raw)))
	}
	f := fields{ID: src.defaultID(), Container: make(map[string]any, len(obj))}
	for k, v := range obj {
		if k != tf {
			f.Container[k] = v
		}
	}
	if id := jsonID(obj[opt.idField()]); id != nil {
		f.ID = id
	}
	f.Title = jsonString(obj["title"])
	f.URL = jsonString(obj["url"])
	f.Author = jsonString(obj["author"])
	if d := jsonString(obj["date"]); d != nil {
		f.Date = parseDate(*d)
	}
	a := &article{
		Input:    inp,
		Lines:    splitLines(strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\r", "\n"), 1),
		HasTitle: f.Title != nil,
		Fields:   f,
		Warnings: warns,
	}
	return buildSafe(a, opt)
}

// parseObject parses one JSON object, numbers kept as json.Number.
func parseObject(text string) (map[string]any, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("invalid JSON: %s", jsonError(err, text))
	}
	if off := dec.InputOffset(); strings.TrimSpace(text[off:]) != "" {
		return nil, fmt.Errorf("invalid JSON: more data after the value (at byte %d)", off)
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("a record must be a JSON object, not %s", jsonKind(v))
	}
	return obj, nil
}

// jsonError says what is wrong with text, where.
func jsonError(err error, text string) string {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		msg := se.Error()
		// encoding/json quotes the offending byte as if it were Latin-1:
		// the first byte of an Arabic letter shows as 'Ø'. Name the letter.
		if i := int(se.Offset) - 1; i >= 0 && i < len(text) && text[i] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(text[i:]); r != utf8.RuneError {
				msg = strings.Replace(msg, "'"+string(rune(text[i]))+"'", fmt.Sprintf("%q", r), 1)
			}
		}
		return fmt.Sprintf("%s (at byte %d)", msg, se.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "unexpected end of input"
	}
	return err.Error()
}

// jsonKind names the JSON type of a decoded value.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number, float64:
		return "a number"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// jsonString is a non-blank string value, trimmed; nil otherwise.
func jsonString(v any) *string {
	s, ok := v.(string)
	if !ok {
		return nil
	}
	s = trimSpace(s)
	if s == "" {
		return nil
	}
	return &s
}

// jsonID is an id value: a non-blank string or a number; nil otherwise.
func jsonID(v any) *string {
	if n, ok := v.(json.Number); ok {
		s := n.String()
		return &s
	}
	return jsonString(v)
}

// hasTopLevelString reports whether line starts a JSON object that has key
// at its top level holding a string. line may be cut short (a sniffed
// head): what was read decides.
func hasTopLevelString(line, key string) bool {
	dec := json.NewDecoder(strings.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return false
		}
		k, ok := t.(string)
		if !ok {
			return false
		}
		if k == key {
			rest := bytes.TrimLeft([]byte(line[dec.InputOffset():]), " \t:")
			return len(rest) > 0 && rest[0] == '"'
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return false
		}
	}
	return false
}
