package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var (
	compiledSchemaOnce sync.Once
	compiledSchema     *jsonschema.Schema
	compiledSchemaErr  error
)

// documentSchema compiles document.Schema() once for all tests.
func documentSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	compiledSchemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(document.Schema()))
		if err != nil {
			compiledSchemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if err := c.AddResource("schema.json", doc); err != nil {
			compiledSchemaErr = err
			return
		}
		compiledSchema, compiledSchemaErr = c.Compile("schema.json")
	})
	if compiledSchemaErr != nil {
		t.Fatalf("compiling the document schema: %v", compiledSchemaErr)
	}
	return compiledSchema
}

// schemaErrors validates every document in data against document.Schema() and
// returns one error per invalid document. data is a JSON document, a JSON
// array of documents (`-f json` with several articles), or JSON Lines.
func schemaErrors(t testing.TB, data []byte) []error {
	t.Helper()
	sch := documentSchema(t)
	var errs []error
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n := 0
	check := func(raw json.RawMessage) {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			errs = append(errs, err)
			return
		}
		if err := sch.Validate(inst); err != nil {
			errs = append(errs, err)
		}
	}
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, data)
		}
		n++
		if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("[")) {
			var elems []json.RawMessage
			if err := json.Unmarshal(raw, &elems); err != nil {
				t.Fatalf("output is not a JSON array: %v", err)
			}
			for _, e := range elems {
				check(e)
			}
			continue
		}
		check(raw)
	}
	if n == 0 {
		t.Fatalf("no JSON document in output")
	}
	return errs
}

// validateAgainstSchema fails the test unless every document in data (one
// JSON document, a JSON array of documents, or JSON Lines) is valid under
// document.Schema(). Tests of this package call it on every JSON output.
func validateAgainstSchema(t testing.TB, data []byte) {
	t.Helper()
	for _, err := range schemaErrors(t, data) {
		t.Errorf("document does not match the schema: %#v\n%s", err, data)
	}
}

// validateDocument writes d with WriteJSON and validates the output.
func validateDocument(t testing.TB, d *document.Document) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, d, false); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	validateAgainstSchema(t, buf.Bytes())
}

func ptr[T any](v T) *T { return &v }

// specDocument is the example of document.md, filled in.
func specDocument() *document.Document {
	return &document.Document{
		SchemaVersion: document.SchemaVersion,
		ID:            ptr("aljazeera-2016-02-02-libya-coalition"),
		Input: document.Input{
			Path:     "corpus/seed/aljazeera-2016-02-02-libya-coalition.txt",
			Format:   "text",
			Encoding: ptr("utf-8"),
			Bytes:    4775,
			SHA256:   strings.Repeat("ab", 32),
		},
		Language: ptr("ar"),
		Dir:      ptr("rtl"),
		Title:    ptr("التحالف يستبعد تدخلا عسكريا وشيكا بليبيا"),
		Date:     ptr("2016-02-02"),
		Captions: []document.Caption{{
			EN:     ptr("Italian Foreign Minister Paolo Gentiloni (R) and US Secretary of State John Kerry talk during a joint press conference in Rome, Italy, 02 February 2016. EPA/ETTORE FERRARI"),
			AR:     ptr("كيري قال إن تشكيل حكومة وفاق بليبيا سيحول دون تمدد التنظيم فيها"),
			Credit: ptr("الأوروبية"),
			Agency: ptr("EPA"),
			Date:   ptr("2016-02-02"),
			Place:  ptr("Rome, Italy"),
			Line:   3,
		}},
		Blocks: []document.Block{
			{Type: document.BlockParagraph, Lang: "ar", Text: "استبعد التحالف الدولي تدخلا عسكريا وشيكا في ليبيا <وفق> ما قاله & كيري", Line: 6, Lines: []int{6}},
			{Type: document.BlockHeading, Lang: "ar", Text: "تكثيف الغارات", Line: 20, Lines: []int{20}},
			{Type: document.BlockParagraph, Lang: "ar", Text: "وقد تعهد الوزراء بمواصلة الغارات", Line: 21, Lines: []int{21, 22}},
		},
		Attribution: &document.Attribution{Label: ptr("المصدر :"), Text: "الجزيرة + وكالات", Names: []string{"الجزيرة", "وكالات"}, Line: 31},
		Residue:     []document.Residue{},
		Text:        ptr("استبعد التحالف الدولي …\n\nتكثيف الغارات"),
		Fingerprint: ptr("sha256:" + strings.Repeat("0f", 32)),
		Stats:       &document.Stats{Lines: 31, Paragraphs: 12, Headings: 1, Captions: 1, WordsAR: 374, WordsEN: 110},
		Normalization: &document.Normalization{Profile: "display", Changes: map[string]int{
			"latin_punctuation": 6,
		}},
		Warnings: []document.Warning{},
	}
}

func errorDocument() *document.Document {
	d := extract.ErrorRecord(document.Source{Path: "in.zip", Member: "a/b.txt"}, document.ErrTooLarge, "larger than --max-size 32MiB")
	return d
}

func TestSchemaIsJSON(t *testing.T) {
	var v map[string]any
	if err := json.Unmarshal(document.Schema(), &v); err != nil {
		t.Fatal(err)
	}
	if v["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", v["$schema"])
	}
	documentSchema(t)
}

func TestSchemaValid(t *testing.T) {
	full := specDocument()
	full.Captions = append(full.Captions, document.Caption{AR: ptr("صورة"), Line: 12})
	full.Dateline = &document.Dateline{Text: "طهران-", Place: ptr("طهران"), Line: 6}
	full.DateHijri = ptr("1437-04-23")
	full.Residue = []document.Residue{{Text: "Next Previous", Kind: document.ResidueNavigation, Line: 40}}
	full.Warnings = []document.Warning{{Code: document.WarnEncodingGuessed, Message: "guessed windows-1256"}, {Code: document.WarnNoTitle, Message: "no title", Line: 1}}
	full.Container = map[string]any{"docno": "CN-middleEast-66-20180223", "src": "CNN"}
	full.Input.Format = "trec"
	full.Input.Member = ptr("2016/a.txt")
	full.Input.Record = ptr(2)

	minimal := &document.Document{
		SchemaVersion: document.SchemaVersion,
		Input:         document.Input{Path: "-", Format: "text", Encoding: ptr("utf-8"), SHA256: strings.Repeat("0", 64)},
		Stats:         &document.Stats{},
		Normalization: &document.Normalization{Profile: "none"},
	}

	withID := errorDocument()
	withID.ID = ptr("doc-1")
	withID.Input.Format = "jsonl"
	withID.Input.Bytes = 12
	withID.Input.SHA256 = strings.Repeat("1", 64)

	for name, d := range map[string]*document.Document{
		"spec":         specDocument(),
		"full":         full,
		"minimal":      minimal,
		"error":        errorDocument(),
		"error-withid": withID,
	} {
		t.Run(name, func(t *testing.T) { validateDocument(t, d) })
	}
}

func TestSchemaRejects(t *testing.T) {
	good, err := json.Marshal(specDocument())
	if err != nil {
		t.Fatal(err)
	}
	goodErr, err := json.Marshal(errorDocument())
	if err != nil {
		t.Fatal(err)
	}
	if errs := schemaErrors(t, good); len(errs) != 0 {
		t.Fatalf("the spec document is invalid: %v", errs)
	}
	// Each case breaks one thing in a valid document.
	cases := []struct {
		name   string
		base   []byte
		mutate func(m map[string]any)
	}{
		{"missing key", good, func(m map[string]any) { delete(m, "fingerprint") }},
		{"unknown key", good, func(m map[string]any) { m["body"] = "x" }},
		{"wrong version", good, func(m map[string]any) { m["schema_version"] = 2 }},
		{"block without lines", good, func(m map[string]any) { block(m)["lines"] = []any{} }},
		{"attribution without label", good, func(m map[string]any) { delete(m["attribution"].(map[string]any), "label") }},
		{"zero date", good, func(m map[string]any) { m["date"] = "0001-01-01" }},
		{"not iso date", good, func(m map[string]any) { m["date"] = "2/2/2016" }},
		{"hijri date as date", good, func(m map[string]any) { m["date"] = "1437-04-23" }},
		{"no date_hijri key", good, func(m map[string]any) { delete(m, "date_hijri") }},
		{"gregorian date_hijri", good, func(m map[string]any) { m["date_hijri"] = "2016-02-02" }},
		{"date_hijri month 13", good, func(m map[string]any) { m["date_hijri"] = "1437-13-01" }},
		{"date_hijri day 31", good, func(m map[string]any) { m["date_hijri"] = "1437-04-31" }},
		{"date_hijri as written", good, func(m map[string]any) { m["date_hijri"] = "23 ربيع الآخر 1437" }},
		{"empty title", good, func(m map[string]any) { m["title"] = "" }},
		{"joined list", good, func(m map[string]any) { m["warnings"] = "" }},
		{"null list", good, func(m map[string]any) { m["blocks"] = nil }},
		{"bad block type", good, func(m map[string]any) { block(m)["type"] = "quote" }},
		{"bad block lang", good, func(m map[string]any) { block(m)["lang"] = "fa" }},
		{"line zero", good, func(m map[string]any) { block(m)["line"] = 0 }},
		{"string line", good, func(m map[string]any) { block(m)["line"] = "6" }},
		{"extra block key", good, func(m map[string]any) { block(m)["role"] = "paragraph" }},
		{"bad residue kind", good, func(m map[string]any) {
			m["residue"] = []any{map[string]any{"text": "x", "kind": "ads", "line": 1}}
		}},
		{"bad agency", good, func(m map[string]any) { caption(m)["agency"] = "الأوروبية" }},
		{"caption without text", good, func(m map[string]any) { caption(m)["en"] = nil; caption(m)["ar"] = nil }},
		{"names joined", good, func(m map[string]any) { m["attribution"].(map[string]any)["names"] = "الجزيرة + وكالات" }},
		{"bad profile", good, func(m map[string]any) { m["normalization"].(map[string]any)["profile"] = "full" }},
		{"bad fingerprint", good, func(m map[string]any) { m["fingerprint"] = "abc" }},
		{"bad sha256", good, func(m map[string]any) { m["input"].(map[string]any)["sha256"] = "ABC" }},
		{"bad format", good, func(m map[string]any) { m["input"].(map[string]any)["format"] = "html" }},
		{"article without format", good, func(m map[string]any) { m["input"].(map[string]any)["format"] = nil }},
		{"bad encoding", good, func(m map[string]any) { m["input"].(map[string]any)["encoding"] = "latin1" }},
		{"stats negative", good, func(m map[string]any) { m["stats"].(map[string]any)["words_ar"] = -1 }},
		{"stats null", good, func(m map[string]any) { m["stats"] = nil }},
		{"warning without message", good, func(m map[string]any) {
			m["warnings"] = []any{map[string]any{"code": "no-title"}}
		}},
		{"error not null in article", good, func(m map[string]any) { m["error"] = "boom" }},
		{"error record with article field", goodErr, func(m map[string]any) { m["title"] = "x" }},
		{"error record with blocks", goodErr, func(m map[string]any) { m["blocks"] = []any{} }},
		{"error record bad code", goodErr, func(m map[string]any) { m["error"].(map[string]any)["code"] = "oops" }},
		{"error record empty message", goodErr, func(m map[string]any) { m["error"].(map[string]any)["message"] = "" }},
		{"error record without input", goodErr, func(m map[string]any) { delete(m, "input") }},
		{"no error key", goodErr, func(m map[string]any) { delete(m, "error") }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(c.base, &m); err != nil {
				t.Fatal(err)
			}
			c.mutate(m)
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			if errs := schemaErrors(t, b); len(errs) == 0 {
				t.Errorf("schema accepts a broken document:\n%s", b)
			}
		})
	}
}

func block(m map[string]any) map[string]any   { return m["blocks"].([]any)[0].(map[string]any) }
func caption(m map[string]any) map[string]any { return m["captions"].([]any)[0].(map[string]any) }

// TestSchemaCoversDocument checks that the schema's article properties are
// exactly the JSON fields of document.Document, and its enums hold the package's
// constants, so that neither can change without the other.
func TestSchemaCoversDocument(t *testing.T) {
	var s struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(document.Schema(), &s); err != nil {
		t.Fatal(err)
	}
	check := func(def string, typ reflect.Type) {
		t.Helper()
		d, ok := s.Defs[def]
		if !ok {
			t.Fatalf("schema has no $defs/%s", def)
		}
		var fields []string
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" || name == "" {
				continue
			}
			fields = append(fields, name)
		}
		var props []string
		for p := range d.Properties {
			props = append(props, p)
		}
		slices.Sort(fields)
		slices.Sort(props)
		if !slices.Equal(fields, props) {
			t.Errorf("$defs/%s properties = %v, %s fields = %v", def, props, typ.Name(), fields)
		}
	}
	check("article", reflect.TypeFor[document.Document]())
	check("input", reflect.TypeFor[document.Input]())
	check("caption", reflect.TypeFor[document.Caption]())
	check("dateline", reflect.TypeFor[document.Dateline]())
	check("block", reflect.TypeFor[document.Block]())
	check("attribution", reflect.TypeFor[document.Attribution]())
	check("residue", reflect.TypeFor[document.Residue]())
	check("stats", reflect.TypeFor[document.Stats]())
	check("normalization", reflect.TypeFor[document.Normalization]())
	check("warning", reflect.TypeFor[document.Warning]())
	check("error", reflect.TypeFor[document.Error]())

	// Every constant of the package is allowed by the schema.
	d := specDocument()
	for _, typ := range []string{document.BlockParagraph, document.BlockHeading, document.BlockListItem, document.BlockByline, document.BlockDateline, document.BlockCredit, document.BlockEmbed} {
		d.Blocks = append(d.Blocks, document.Block{Type: typ, Lang: "en", Text: "x", Line: 1, Lines: []int{1}})
	}
	for _, kind := range []string{document.ResidueNavigation, document.ResidueVideo, document.ResidueRelated, document.ResidueSocial, document.ResidueCookie, document.ResidueOther} {
		d.Residue = append(d.Residue, document.Residue{Text: "x", Kind: kind, Line: 1})
	}
	for _, code := range []document.WarningCode{document.WarnInvalidUTF8, document.WarnEncodingGuessed, document.WarnMojibakeRepaired, document.WarnNULBytes, document.WarnNoTitle, document.WarnTruncated, document.WarnEmpty, document.WarnNoDoc, document.WarnOutsideDoc} {
		d.Warnings = append(d.Warnings, document.Warning{Code: code, Message: "x"})
	}
	validateDocument(t, d)
	for _, code := range []document.ErrorCode{document.ErrNotText, document.ErrTooLarge, document.ErrEncoding, document.ErrSyntax, document.ErrRead, document.ErrPath} {
		validateDocument(t, extract.ErrorRecord(document.Source{Path: "x"}, code, "x"))
	}
}
