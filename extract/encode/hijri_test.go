package encode

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
)

// TestDateHijriWritten: every encoder writes date_hijri beside date: JSON
// after date (null when none), the Markdown front matter after date (only
// when set), the HTML page in the meta line after the date.
func TestDateHijriWritten(t *testing.T) {
	for _, hijri := range []string{"1437-04-23", ""} {
		d := specDocument()
		if hijri != "" {
			d.DateHijri = &hijri
		}
		var js bytes.Buffer
		if err := WriteJSON(&js, d, false); err != nil {
			t.Fatal(err)
		}
		wantJSON := `"date":"2016-02-02","date_hijri":null,"url"`
		if hijri != "" {
			wantJSON = `"date":"2016-02-02","date_hijri":"1437-04-23","url"`
		}
		if !strings.Contains(js.String(), wantJSON) {
			t.Errorf("JSON lacks %s:\n%s", wantJSON, js.String())
		}

		var md bytes.Buffer
		w := bufio.NewWriter(&md)
		writeFrontMatter(w, d)
		w.Flush()
		wantMD := "date: \"2016-02-02\"\nattribution:"
		if hijri != "" {
			wantMD = "date: \"2016-02-02\"\ndate_hijri: \"1437-04-23\"\nattribution:"
		}
		if !strings.Contains(md.String(), wantMD) {
			t.Errorf("front matter lacks %q:\n%s", wantMD, md.String())
		}

		page, err := HTML{}.AppendFile(nil, d)
		if err != nil {
			t.Fatal(err)
		}
		wantHTML := `<time datetime="2016-02-02">2016-02-02</time></bdi></p>`
		if hijri != "" {
			wantHTML = `<time datetime="2016-02-02">2016-02-02</time></bdi> · <bdi class="hijri">1437-04-23 هـ</bdi></p>`
		}
		if !bytes.Contains(page, []byte(wantHTML)) {
			t.Errorf("page lacks %s:\n%s", wantHTML, page)
		}
	}
}
