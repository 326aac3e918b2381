package dedup

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/sahifa/sahifa/extract/encode"
)

// record is what dedup reads of a JSON Lines document: its id and text,
// whether it is an error record, and where its members are, so that it is
// written back with cluster and duplicate_of without being decoded whole.
type record struct {
	id, text *string
	isError  bool
	members  [][2]int // [start, end) of each member but cluster and duplicate_of
}

// scanRecord reads the top level of one JSON object, skipping the values it
// does not need without decoding them. It checks the structure it walks,
// not every byte of the values it skips: dedup reads sahifa's output.
func scanRecord(line []byte) (record, error) {
	var r record
	i := skipSpace(line, 0)
	if i == len(line) || line[i] != '{' {
		return r, errors.New("not a JSON object")
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		return r, checkEnd(line, i+1)
	}
	for {
		if i == len(line) || line[i] != '"' {
			return r, fmt.Errorf("byte %d: a member name was expected", i+1)
		}
		start := i
		kend, err := stringEnd(line, i)
		if err != nil {
			return r, err
		}
		key := line[i+1 : kend-1]
		i = skipSpace(line, kend)
		if i == len(line) || line[i] != ':' {
			return r, fmt.Errorf("byte %d: ':' was expected", i+1)
		}
		vstart := skipSpace(line, i+1)
		vend, err := valueEnd(line, vstart)
		if err != nil {
			return r, err
		}
		value := line[vstart:vend]
		switch string(key) {
		case "id":
			r.id, err = stringValue(value, "id")
		case "text":
			r.text, err = stringValue(value, "text")
		case "error":
			r.isError = string(value) != "null"
		}
		if err != nil {
			return r, err
		}
		if k := string(key); k != "cluster" && k != "duplicate_of" {
			r.members = append(r.members, [2]int{start, vend})
		}
		i = skipSpace(line, vend)
		if i == len(line) {
			return r, errors.New("the object is not closed")
		}
		switch line[i] {
		case ',':
			i = skipSpace(line, i+1)
		case '}':
			return r, checkEnd(line, i+1)
		default:
			return r, fmt.Errorf("byte %d: ',' or '}' was expected", i+1)
		}
	}
}

func checkEnd(line []byte, i int) error {
	if skipSpace(line, i) != len(line) {
		return fmt.Errorf("byte %d: text after the object", i+1)
	}
	return nil
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// stringEnd returns the index after the closing quote of the string that
// opens at b[i]: the first quote not escaped by an odd run of backslashes.
func stringEnd(b []byte, i int) (int, error) {
	for j := i + 1; j < len(b); {
		k := bytes.IndexByte(b[j:], '"')
		if k < 0 {
			break
		}
		j += k
		n := 0
		for b[j-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return j + 1, nil
		}
		j++
	}
	return 0, fmt.Errorf("byte %d: the string is not closed", i+1)
}

// valueEnd returns the index after the JSON value that starts at b[i].
func valueEnd(b []byte, i int) (int, error) {
	if i == len(b) {
		return 0, errors.New("a value was expected")
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				e, err := stringEnd(b, j)
				if err != nil {
					return 0, err
				}
				j = e - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, nil
				}
			}
		}
		return 0, fmt.Errorf("byte %d: the value is not closed", i+1)
	}
	j := i
	for j < len(b) && !isDelimiter(b[j]) {
		j++
	}
	if c := b[i]; j == i || !(c == '-' || c >= '0' && c <= '9' || c == 't' || c == 'f' || c == 'n') {
		return 0, fmt.Errorf("byte %d: not a JSON value", i+1)
	}
	return j, nil
}

func isDelimiter(c byte) bool {
	return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// stringValue decodes a JSON string or null.
func stringValue(v []byte, name string) (*string, error) {
	if string(v) == "null" {
		return nil, nil
	}
	if len(v) < 2 || v[0] != '"' {
		return nil, fmt.Errorf("%q is not a string", name)
	}
	s, err := unquote(v[1 : len(v)-1])
	if err != nil {
		return nil, fmt.Errorf("%q: %v", name, err)
	}
	return &s, nil
}

// unquote decodes the inside of a JSON string as encoding/json does (a
// lone surrogate is U+FFFD).
func unquote(v []byte) (string, error) {
	k := bytes.IndexByte(v, '\\')
	if k < 0 {
		return string(v), nil
	}
	out := make([]byte, 0, len(v))
	for k >= 0 {
		out = append(out, v[:k]...)
		if k+1 == len(v) {
			return "", errors.New("a string ends in a backslash")
		}
		switch c := v[k+1]; c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'r':
			out = append(out, '\r')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'u':
			r, n := hex4(v[k+2:])
			if n == 0 {
				return "", errors.New("invalid \\u escape")
			}
			if utf16.IsSurrogate(r) {
				r2, n2 := rune(-1), 0
				if len(v) >= k+12 && v[k+6] == '\\' && v[k+7] == 'u' {
					r2, n2 = hex4(v[k+8:])
				}
				if d := utf16.DecodeRune(r, r2); n2 > 0 && d != utf8.RuneError {
					r, n = d, n+6
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
			v = v[k+2+n:]
			k = bytes.IndexByte(v, '\\')
			continue
		default:
			return "", fmt.Errorf("invalid escape \\%c", c)
		}
		v = v[k+2:]
		k = bytes.IndexByte(v, '\\')
	}
	return string(append(out, v...)), nil
}

// hex4 reads the 4 hex digits of a \u escape; n is 0 when they are not.
func hex4(b []byte) (r rune, n int) {
	if len(b) < 4 {
		return 0, 0
	}
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, 0
		}
		r = r<<4 | rune(c)
	}
	return r, 4
}

// appendWithCluster appends the record's line with cluster and
// duplicate_of set (replacing those it had), as compact JSON.
func (r *record) appendWithCluster(dst, line []byte, cluster, duplicateOf *string) []byte {
	dst = append(dst, '{')
	open := len(dst)
	for k, m := range r.members {
		if k > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, line[m[0]:m[1]]...)
	}
	dst = encode.AppendCluster(dst, cluster, duplicateOf)
	if len(r.members) == 0 { // no member before: drop the leading comma
		dst = append(dst[:open], dst[open+1:]...)
	}
	return append(dst, '}')
}
