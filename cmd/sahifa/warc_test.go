package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdGenwarc: genwarc [-gz] OUT RECORD...
//
// writes a WARC file of the records, each a file of the work directory
// holding header lines, a blank line and the block (LF line ends, made
// CRLF in the header and in the head of an HTTP block); Content-Length is
// added. -gz compresses each record as its own gzip member; a RECORD named
// damaged:FILE is a member whose compressed bytes are spoilt.
func cmdGenwarc(ts *testscript.TestScript, neg bool, args []string) {
	gz := len(args) > 0 && args[0] == "-gz"
	if gz {
		args = args[1:]
	}
	if neg || len(args) < 2 {
		ts.Fatalf("usage: genwarc [-gz] OUT RECORD...")
	}
	var out bytes.Buffer
	for _, spec := range args[1:] {
		name, spoil := strings.CutPrefix(spec, "damaged:")
		text := ts.ReadFile(name)
		header, block, ok := strings.Cut(text, "\n\n")
		if !ok {
			ts.Fatalf("%s: no blank line after the header", name)
		}
		if strings.HasPrefix(block, "HTTP/") {
			head, body, _ := strings.Cut(block, "\n\n")
			block = strings.ReplaceAll(head, "\n", "\r\n") + "\r\n\r\n" + body
		}
		rec := fmt.Sprintf("WARC/1.0\r\n%s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", strings.ReplaceAll(header, "\n", "\r\n"), len(block), block)
		if !gz {
			out.WriteString(rec)
			continue
		}
		var m bytes.Buffer
		zw := gzip.NewWriter(&m)
		zw.Write([]byte(rec))
		ts.Check(zw.Close())
		b := m.Bytes()
		if spoil {
			for i := 20; i < len(b)-10; i++ {
				b[i] ^= 0x55
			}
		}
		out.Write(b)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), out.Bytes(), 0o644))
}
