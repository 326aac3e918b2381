package container

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/fields"
	"github.com/sahifa/sahifa/extract/internal/script"
)

// jsonlFormat reads JSON Lines decoded as a whole (UTF-16 input, which
// cannot be cut into lines before it is decoded): one article per
// non-blank line. Other JSON Lines input is read record by record, each
// line decoded on its own (see RecordReader and Record).
type jsonlFormat struct{}

func (jsonlFormat) Name() string { return JSONL }

// Articles makes one article per non-blank line of a decoded JSON Lines
// text; a text with no record gives one empty article.
func (jsonlFormat) Articles(in *Input, text string) []*Article {
	var out []*Article
	eachLine(text, 1, func(l document.Line) bool {
		if isBlank(l.Text) {
			return true
		}
		rin := *in
		rin.Doc = NewDocInput(in.Source, []byte(l.Text))
		rin.Doc.Format, rin.Doc.Encoding = JSONL, in.Doc.Encoding
		n := l.N
		rin.Doc.Record = &n
		out = append(out, Record(&rin, l.Text))
		return true
	})
	if len(out) == 0 {
		return []*Article{readText(in, text)}
	}
	return out
}

// Record makes the article of one decoded JSON Lines record: the text
// field (in.TextField) holds its text, the id field (in.IDField) its id,
// string fields title, url, date and author are taken over, and every
// other field is kept in the container. A blank record is an empty
// article; a record that is not a JSON object with a string text field is
// an Article with Error set (code syntax).
func Record(in *Input, text string) *Article {
	inp := in.Doc
	if isBlank(text) {
		// No lines: the builder gives it an "empty" warning.
		return &Article{Input: inp, Warnings: in.Warnings, Fields: Fields{ID: recordID(in)}}
	}
	var obj map[string]any
	fail := func(msg string, remedy document.Remedy) *Article {
		id := recordID(in)
		if v := jsonID(obj[in.idField()]); v != nil {
			id = v // an error record keeps the id the record had
		}
		return &Article{Input: inp, Fields: Fields{ID: id},
			Error: &document.Error{Code: document.ErrSyntax, Message: msg, Remedy: remedy}}
	}
	if jsonTooDeep(text) {
		return fail(fmt.Sprintf("nested deeper than %d levels: not an article record", maxJSONDepth), document.RemedyNone)
	}
	obj, err := parseObject(text)
	if err != nil {
		obj = nil
		return fail(err.Error(), document.RemedyNone)
	}
	warnings := in.Warnings
	if n, first := loneSurrogates(text); n > 0 {
		warnings = append(warnings[:len(warnings):len(warnings)], document.Warning{Code: document.WarnLoneSurrogate, Message: surrogateWarning(n, first)})
	}
	tf := in.textField()
	raw, ok := obj[tf]
	if !ok {
		return fail(fmt.Sprintf("no %q field (the article text)", tf), document.RemedyTextField)
	}
	body, ok := raw.(string)
	if !ok {
		return fail(fmt.Sprintf("field %q is %s, not a string", tf, jsonKind(raw)), document.RemedyTextField)
	}
	f := Fields{ID: recordID(in), Container: make(map[string]any, len(obj))}
	for k, v := range obj {
		if k != tf {
			f.Container[k] = v
		}
	}
	if id := jsonID(obj[in.idField()]); id != nil {
		f.ID = id
	}
	f.Title = jsonString(obj["title"])
	f.URL = jsonString(obj["url"])
	f.Author = jsonString(obj["author"])
	if d := jsonString(obj["date"]); d != nil {
		f.Date = fields.ParseDate(*d)
	}
	return &Article{
		Input:    inp,
		Lines:    splitLines(strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\r", "\n"), 1),
		HasTitle: f.Title != nil,
		Fields:   f,
		Warnings: warnings,
	}
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
	s = script.TrimSpace(s)
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

// HasTopLevelString reports whether line starts a JSON object that has key
// at its top level holding a string. line may be cut short (a sniffed
// head): what was read decides.
func HasTopLevelString(line, key string) bool {
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

// recordID is the id of a record that gives none: the input's default id
// followed by the record's line ("noid:3"), so that ids stay unique within
// a run; nil for standard input, which has no name.
func recordID(in *Input) *string {
	base := in.Source.DefaultID()
	if base == nil || in.Doc.Record == nil {
		return base
	}
	id := *base + ":" + strconv.Itoa(*in.Doc.Record)
	return &id
}
