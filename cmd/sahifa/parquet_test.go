package main

import (
	"bytes"
	"os"

	pq "github.com/parquet-go/parquet-go"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/sahifa/sahifa/extract/encode"
	"github.com/sahifa/sahifa/extract/encode/parquet"
)

// cmdParquet is `parquet FILE...`: it reads Parquet files with the Parquet
// library and prints their rows as JSON Lines documents, so that a script
// compares them with sahifa's JSON Lines (cmp) or greps them.
func cmdParquet(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: parquet FILE...")
	}
	var out bytes.Buffer
	for _, name := range args {
		data, err := os.ReadFile(ts.MkAbs(name))
		ts.Check(err)
		rows, err := pq.Read[parquet.Row](bytes.NewReader(data), int64(len(data)))
		if neg {
			if err == nil {
				ts.Fatalf("%s: read as Parquet", name)
			}
			return
		}
		ts.Check(err)
		for i := range rows {
			d, err := rows[i].Document()
			ts.Check(err)
			b, err := encode.AppendJSON(nil, d, false)
			ts.Check(err)
			out.Write(b)
		}
	}
	ts.Stdout().Write(out.Bytes())
}
