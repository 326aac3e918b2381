package extract_test

import (
	"fmt"

	"github.com/sahifa/sahifa/extract"
	"github.com/sahifa/sahifa/extract/document"
)

// A TREC/SGML file gives one document per <DOC>, its fields taken from the
// container.
func ExampleExtract() {
	data := []byte(`<DOC>
<DOCNO>CN-middleEast-66-20180223</DOCNO>
<TITLE>هيئة النقل تطلب معلومات عن المقطع</TITLE>
<TIME>Fri, 23 Feb 2018 08:47:39 +0000</TIME>
<TEXT>
طلبت هيئة النقل العام معلومات حول مقطع فيديو.
</TEXT>
</DOC>
`)
	for _, d := range extract.Extract(document.Source{Path: "a.txt"}, data, extract.Options{}) {
		fmt.Println(*d.ID, *d.Date, d.Input.Format, *d.Title)
	}
	// Output: CN-middleEast-66-20180223 2018-02-23 trec هيئة النقل تطلب معلومات عن المقطع
}

// A broken JSON Lines record gives an error record; its input names the
// record's line.
func ExampleExtractRecord() {
	d := extract.ExtractRecord(document.Source{Path: "a.jsonl"}, []byte(`{"id": "x", "text": `), 3, extract.Options{})
	fmt.Println(d.Error.Code, d.Error.Message, *d.Input.Record)
	// Output: syntax invalid JSON: unexpected end of input 3
}
