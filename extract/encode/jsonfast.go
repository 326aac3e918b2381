package encode

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sahifa/sahifa/extract/document"
)

// This file writes a document's compact JSON by hand, without reflection:
// the keys and their order are those of document.Document's struct tags,
// and for a built article the bytes are exactly those of encoding/json (an
// Encoder with SetEscapeHTML(false)) on the Document. A change to the types
// of package document must be made here too: TestAppendDocumentIsTheStructShape
// compares the two on hand-built and corpus documents.

// appendDocument appends d's compact JSON document (without a newline), as
// the rules of json.go say. The error is encoding/json's, for a container
// value it cannot encode.
func appendDocument(dst []byte, d *document.Document) ([]byte, error) {
	dst = append(dst, `{"schema_version":`...)
	dst = strconv.AppendInt(dst, int64(d.SchemaVersion), 10)
	if d.Error != nil {
		if d.ID != nil {
			dst = append(dst, `,"id":`...)
			dst = appendJSONString(dst, *d.ID)
		}
		dst = appendInput(dst, &d.Input)
		dst = append(dst, `,"error":`...)
		dst = appendError(dst, d.Error)
		return append(dst, '}'), nil
	}
	dst = append(dst, `,"id":`...)
	dst = appendStringPtr(dst, d.ID)
	dst = appendInput(dst, &d.Input)
	dst = append(dst, `,"language":`...)
	dst = appendStringPtr(dst, d.Language)
	dst = append(dst, `,"dir":`...)
	dst = appendStringPtr(dst, d.Dir)
	dst = append(dst, `,"title":`...)
	dst = appendStringPtr(dst, d.Title)
	dst = append(dst, `,"date":`...)
	dst = appendStringPtr(dst, d.Date)
	dst = append(dst, `,"date_hijri":`...)
	dst = appendStringPtr(dst, d.DateHijri)
	dst = append(dst, `,"url":`...)
	dst = appendStringPtr(dst, d.URL)
	dst = append(dst, `,"author":`...)
	dst = appendStringPtr(dst, d.Author)
	dst = append(dst, `,"excerpt":`...)
	dst = appendStringPtr(dst, d.Excerpt)

	dst = append(dst, `,"container":`...)
	if d.Container == nil {
		dst = append(dst, "null"...)
	} else {
		var err error
		if dst, err = appendValue(dst, d.Container); err != nil {
			return nil, err
		}
	}

	dst = append(dst, `,"captions":[`...)
	for i := range d.Captions {
		if i > 0 {
			dst = append(dst, ',')
		}
		c := &d.Captions[i]
		dst = append(dst, `{"en":`...)
		dst = appendStringPtr(dst, c.EN)
		dst = append(dst, `,"ar":`...)
		dst = appendStringPtr(dst, c.AR)
		dst = append(dst, `,"credit":`...)
		dst = appendStringPtr(dst, c.Credit)
		dst = append(dst, `,"agency":`...)
		dst = appendStringPtr(dst, c.Agency)
		dst = append(dst, `,"date":`...)
		dst = appendStringPtr(dst, c.Date)
		dst = append(dst, `,"place":`...)
		dst = appendStringPtr(dst, c.Place)
		dst = append(dst, `,"line":`...)
		dst = strconv.AppendInt(dst, int64(c.Line), 10)
		dst = append(dst, '}')
	}

	dst = append(dst, `],"dateline":`...)
	if dl := d.Dateline; dl == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, `{"text":`...)
		dst = appendJSONString(dst, dl.Text)
		dst = append(dst, `,"place":`...)
		dst = appendStringPtr(dst, dl.Place)
		dst = append(dst, `,"agency":`...)
		dst = appendStringPtr(dst, dl.Agency)
		dst = append(dst, `,"line":`...)
		dst = strconv.AppendInt(dst, int64(dl.Line), 10)
		dst = append(dst, '}')
	}

	dst = append(dst, `,"blocks":[`...)
	// Where the texts of the blocks that make up d.Text were written, so
	// that d.Text is written by copying them (see appendText).
	var spanBuf [64]textSpan
	spans := spanBuf[:0]
	for i := range d.Blocks {
		if i > 0 {
			dst = append(dst, ',')
		}
		b := &d.Blocks[i]
		dst = append(dst, `{"type":`...)
		dst = appendJSONString(dst, b.Type)
		dst = append(dst, `,"lang":`...)
		dst = appendJSONString(dst, b.Lang)
		dst = append(dst, `,"text":`...)
		start := len(dst)
		dst = appendJSONString(dst, b.Text)
		switch b.Type {
		case document.BlockParagraph, document.BlockHeading, document.BlockListItem:
			spans = append(spans, textSpan{b.Text, start + 1, len(dst) - 1})
		}
		dst = append(dst, `,"line":`...)
		dst = strconv.AppendInt(dst, int64(b.Line), 10)
		dst = append(dst, `,"lines":[`...)
		for k, n := range b.Lines {
			if k > 0 {
				dst = append(dst, ',')
			}
			dst = strconv.AppendInt(dst, int64(n), 10)
		}
		dst = append(dst, "]}"...)
	}

	dst = append(dst, `],"attribution":`...)
	if a := d.Attribution; a == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, `{"label":`...)
		dst = appendStringPtr(dst, a.Label)
		dst = append(dst, `,"text":`...)
		dst = appendJSONString(dst, a.Text)
		dst = append(dst, `,"names":[`...)
		for i, n := range a.Names {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, n)
		}
		dst = append(dst, `],"line":`...)
		dst = strconv.AppendInt(dst, int64(a.Line), 10)
		dst = append(dst, '}')
	}

	dst = append(dst, `,"residue":[`...)
	for i := range d.Residue {
		if i > 0 {
			dst = append(dst, ',')
		}
		r := &d.Residue[i]
		dst = append(dst, `{"text":`...)
		dst = appendJSONString(dst, r.Text)
		dst = append(dst, `,"kind":`...)
		dst = appendJSONString(dst, r.Kind)
		dst = append(dst, `,"line":`...)
		dst = strconv.AppendInt(dst, int64(r.Line), 10)
		dst = append(dst, '}')
	}

	dst = append(dst, `],"text":`...)
	dst = appendText(dst, d.Text, spans)
	dst = append(dst, `,"fingerprint":`...)
	dst = appendStringPtr(dst, d.Fingerprint)

	dst = append(dst, `,"stats":`...)
	if s := d.Stats; s == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, `{"lines":`...)
		dst = strconv.AppendInt(dst, int64(s.Lines), 10)
		dst = append(dst, `,"paragraphs":`...)
		dst = strconv.AppendInt(dst, int64(s.Paragraphs), 10)
		dst = append(dst, `,"headings":`...)
		dst = strconv.AppendInt(dst, int64(s.Headings), 10)
		dst = append(dst, `,"list_items":`...)
		dst = strconv.AppendInt(dst, int64(s.ListItems), 10)
		dst = append(dst, `,"captions":`...)
		dst = strconv.AppendInt(dst, int64(s.Captions), 10)
		dst = append(dst, `,"words_ar":`...)
		dst = strconv.AppendInt(dst, int64(s.WordsAR), 10)
		dst = append(dst, `,"words_en":`...)
		dst = strconv.AppendInt(dst, int64(s.WordsEN), 10)
		dst = append(dst, '}')
	}

	dst = append(dst, `,"normalization":`...)
	if n := d.Normalization; n == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, `{"profile":`...)
		dst = appendJSONString(dst, n.Profile)
		// A nil map is written as {}: a list or a map is never null.
		dst = append(dst, `,"changes":{`...)
		dst = appendSortedInts(dst, n.Changes)
		dst = append(dst, "}}"...)
	}

	dst = append(dst, `,"warnings":[`...)
	for i := range d.Warnings {
		if i > 0 {
			dst = append(dst, ',')
		}
		w := &d.Warnings[i]
		dst = append(dst, `{"code":`...)
		dst = appendJSONString(dst, string(w.Code))
		dst = append(dst, `,"message":`...)
		dst = appendJSONString(dst, w.Message)
		if w.Line != 0 {
			dst = append(dst, `,"line":`...)
			dst = strconv.AppendInt(dst, int64(w.Line), 10)
		}
		dst = append(dst, '}')
	}
	// Error is nil here: an error record was written above.
	dst = append(dst, `],"error":null`...)
	if d.Cluster != nil {
		dst = AppendCluster(dst, d.Cluster, d.DuplicateOf)
	}
	return append(dst, '}'), nil
}

// AppendCluster appends the members that near-duplicate detection adds to
// a document, `,"cluster":…,"duplicate_of":…` (see document.Document),
// to be written before the closing brace of its JSON object.
func AppendCluster(dst []byte, cluster, duplicateOf *string) []byte {
	dst = append(dst, `,"cluster":`...)
	dst = appendStringPtr(dst, cluster)
	dst = append(dst, `,"duplicate_of":`...)
	return appendStringPtr(dst, duplicateOf)
}

// textSpan is a block's text and where its escaped form lies in the output.
type textSpan struct {
	text       string
	start, end int
}

// appendText appends text as a JSON string. Text is usually the blocks of
// spans joined by blank lines (Document.Text); it is then copied from
// their escaped forms, already in dst, rather than escaped again. Escaping
// commutes with that join: the separator is ASCII, which never continues a
// multi-byte sequence.
func appendText(dst []byte, text *string, spans []textSpan) []byte {
	if text == nil || !joinedBy(*text, spans, "\n\n") {
		return appendStringPtr(dst, text)
	}
	dst = append(dst, '"')
	for i, sp := range spans {
		if i > 0 {
			dst = append(dst, `\n\n`...)
		}
		dst = append(dst, dst[sp.start:sp.end]...)
	}
	return append(dst, '"')
}

// joinedBy reports whether s is the texts of spans joined by sep.
func joinedBy(s string, spans []textSpan, sep string) bool {
	if len(spans) == 0 {
		return false
	}
	for i, sp := range spans {
		if i > 0 {
			if !strings.HasPrefix(s, sep) {
				return false
			}
			s = s[len(sep):]
		}
		if !strings.HasPrefix(s, sp.text) {
			return false
		}
		s = s[len(sp.text):]
	}
	return s == ""
}

// appendInput appends `,"input":` and in as inputJSON.
func appendInput(dst []byte, in *document.Input) []byte {
	dst = append(dst, `,"input":{"path":`...)
	dst = appendJSONString(dst, in.Path)
	dst = append(dst, `,"member":`...)
	dst = appendStringPtr(dst, in.Member)
	dst = append(dst, `,"format":`...)
	if in.Format == "" {
		dst = append(dst, "null"...)
	} else {
		dst = appendJSONString(dst, in.Format)
	}
	dst = append(dst, `,"encoding":`...)
	dst = appendStringPtr(dst, in.Encoding)
	// The digest and the size are known together: an input whose bytes were
	// never read has neither.
	if in.SHA256 == "" {
		dst = append(dst, `,"bytes":null,"sha256":null`...)
	} else {
		dst = append(dst, `,"bytes":`...)
		dst = strconv.AppendInt(dst, in.Bytes, 10)
		dst = append(dst, `,"sha256":`...)
		dst = appendJSONString(dst, in.SHA256)
	}
	if in.Record != nil {
		dst = append(dst, `,"record":`...)
		dst = strconv.AppendInt(dst, int64(*in.Record), 10)
	}
	return append(dst, '}')
}

func appendError(dst []byte, e *document.Error) []byte {
	dst = append(dst, `{"code":`...)
	dst = appendJSONString(dst, string(e.Code))
	dst = append(dst, `,"message":`...)
	dst = appendJSONString(dst, e.Message)
	return append(dst, '}')
}

// appendSortedInts appends the members of m, sorted by key as encoding/json
// sorts them, without the braces.
func appendSortedInts(dst []byte, m map[string]int) []byte {
	if len(m) == 0 {
		return dst
	}
	var a [16]string
	keys := a[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i, k := range keys {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, k)
		dst = append(dst, ':')
		dst = strconv.AppendInt(dst, int64(m[k]), 10)
	}
	return dst
}

// appendValue appends a container value: the types that decoding JSON gives
// by hand, anything else with encoding/json.
func appendValue(dst []byte, v any) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...), nil
	case string:
		return appendJSONString(dst, v), nil
	case bool:
		return strconv.AppendBool(dst, v), nil
	case json.Number:
		if isValidNumber(string(v)) {
			return append(dst, v...), nil
		}
	case float64:
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			return appendFloat64(dst, v), nil
		}
	case int:
		return strconv.AppendInt(dst, int64(v), 10), nil
	case map[string]any:
		if v == nil {
			return append(dst, "null"...), nil
		}
		dst = append(dst, '{')
		var a [16]string
		keys := a[:0]
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var err error
		for i, k := range keys {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, k)
			dst = append(dst, ':')
			if dst, err = appendValue(dst, v[k]); err != nil {
				return nil, err
			}
		}
		return append(dst, '}'), nil
	case []any:
		if v == nil {
			return append(dst, "null"...), nil
		}
		dst = append(dst, '[')
		var err error
		for i, e := range v {
			if i > 0 {
				dst = append(dst, ',')
			}
			if dst, err = appendValue(dst, e); err != nil {
				return nil, err
			}
		}
		return append(dst, ']'), nil
	}
	return appendMarshal(dst, v)
}

// appendFloat64 appends f as encoding/json writes a float64.
func appendFloat64(dst []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// Clean up e-09 to e-9.
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// isValidNumber reports whether s is a JSON number (encoding/json's check of
// a json.Number).
func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	digits := func() {
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		s = s[1:]
		digits()
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && '0' <= s[1] && s[1] <= '9' {
		s = s[2:]
		digits()
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		digits()
	}
	return s == ""
}

// appendMarshal appends v as encoding/json with SetEscapeHTML(false) writes
// it.
func appendMarshal(dst []byte, v any) ([]byte, error) {
	b, err := marshalNoEscape(v)
	if err != nil {
		return nil, err
	}
	return append(dst, b...), nil
}

// maxPooledBuffer is the capacity above which a buffer is not kept for
// reuse: one huge article should not pin its memory.
const maxPooledBuffer = 1 << 22

var bufferPool = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

func getBuffer() *[]byte { return bufferPool.Get().(*[]byte) }

func putBuffer(b *[]byte) {
	if cap(*b) > maxPooledBuffer {
		return
	}
	*b = (*b)[:0]
	bufferPool.Put(b)
}
