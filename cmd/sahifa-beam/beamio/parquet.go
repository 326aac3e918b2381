package beamio

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode/parquet"
)

// writeParquet writes JSON Lines documents as one Parquet file, with the
// root module's encoder (the rows `sahifa extract -f parquet` writes).
func writeParquet(w io.Writer, lines []string) error {
	s := parquet.Format{}.NewStream(w)
	for i, l := range lines {
		d := new(document.Document)
		if err := json.Unmarshal([]byte(l), d); err != nil {
			return fmt.Errorf("document %d of the shard: %v", i+1, err)
		}
		if err := s.Write(d, nil); err != nil {
			return err
		}
	}
	return s.Close()
}
