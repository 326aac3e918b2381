package document

import (
	"bytes"
	"encoding/json"
	"github.com/sahifa/sahifa/extract/internal/jsonesc"
)

// MarshalJSON writes d as the spec's JSON document: the keys of the struct
// tags in their order; an unknown value null, never a zero value; a list
// [] and a map {}, never null; an error record (Error set) with only
// schema_version, id (when known), input and error. HTML characters are
// escaped only when the caller's encoder asks for it: Arabic, <, > and &
// stay readable with an Encoder whose SetEscapeHTML is false.
//
// The encoders of package encode write the same bytes, faster.
func (d Document) MarshalJSON() ([]byte, error) {
	if d.Error != nil {
		return marshal(struct {
			SchemaVersion int     `json:"schema_version"`
			ID            *string `json:"id,omitempty"`
			Input         Input   `json:"input"`
			Error         *Error  `json:"error"`
		}{d.SchemaVersion, d.ID, d.Input, d.Error})
	}
	type plain Document // the fields and tags of Document, without this method
	p := plain(d)
	p.Cluster, p.DuplicateOf = nil, nil // written below, both or neither
	p.Captions = nonNil(p.Captions)
	p.Blocks = nonNil(p.Blocks)
	for i := range p.Blocks {
		if p.Blocks[i].Lines == nil {
			if i == 0 { // copy the blocks before changing one
				p.Blocks = append([]Block(nil), p.Blocks...)
			}
			p.Blocks[i].Lines = []int{}
		}
	}
	p.Residue = nonNil(p.Residue)
	p.Warnings = nonNil(p.Warnings)
	if a := p.Attribution; a != nil && a.Names == nil {
		c := *a
		c.Names = []string{}
		p.Attribution = &c
	}
	if n := p.Normalization; n != nil && n.Changes == nil {
		c := *n
		c.Changes = map[string]int{}
		p.Normalization = &c
	}
	b, err := marshal(p)
	if err != nil || d.Cluster == nil {
		return b, err
	}
	c, _ := marshal(struct {
		Cluster     *string `json:"cluster"`
		DuplicateOf *string `json:"duplicate_of"`
	}{d.Cluster, d.DuplicateOf})
	// {...,"error":null} + ,"cluster":…,"duplicate_of":…}
	return append(append(b[:len(b)-1], ','), c[1:]...), nil
}

// MarshalJSON writes in as a document's "input": the format, the size and
// the digest are null for an input whose bytes were never read (Format and
// SHA256 empty).
func (in Input) MarshalJSON() ([]byte, error) {
	v := struct {
		Path     string  `json:"path"`
		Member   *string `json:"member"`
		Format   *string `json:"format"`
		Encoding *string `json:"encoding"`
		Bytes    *int64  `json:"bytes"`
		SHA256   *string `json:"sha256"`
		Record   *int    `json:"record,omitempty"`
	}{Path: in.Path, Member: in.Member, Encoding: in.Encoding, Record: in.Record}
	if in.Format != "" {
		v.Format = &in.Format
	}
	if in.SHA256 != "" { // the digest and the size are known together
		v.SHA256, v.Bytes = &in.SHA256, &in.Bytes
	}
	return marshal(v)
}

// marshal is json.Marshal without HTML escaping and without a final
// newline, the C1 controls escaped (U+0085 as \u0085: see jsonesc).
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return jsonesc.C1(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))), nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
