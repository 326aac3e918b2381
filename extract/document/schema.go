package document

import _ "embed"

//go:embed schema.json
var schemaJSON []byte

// Schema returns the JSON Schema (draft 2020-12) of the document that
// the JSON encoders write: an article with every key present, or an error record
// holding only schema_version, id, input and error. `sahifa schema` prints
// it. The caller may modify the returned slice; it is a copy.
func Schema() []byte {
	return append([]byte(nil), schemaJSON...)
}
