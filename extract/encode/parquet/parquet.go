package parquet

import (
	"bytes"
	"io"

	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/sahifa/sahifa/extract/encode"
)

// Version is the version of the schema Row, written in each file's
// key-value metadata under "sahifa.schema".
const Version = "1"

// Row groups end at RowGroupRows rows or when about RowGroupBytes of
// output are pending, whichever comes first: a reader streaming a file
// holds one row group, and a writer about as much.
const (
	RowGroupRows  = 10_000
	RowGroupBytes = 16 << 20
)

func init() { encode.Register(Format{}) }

// Format is the Parquet output format, `-f parquet`: an encode.Columnar.
type Format struct{}

// Name implements encode.Encoder.
func (Format) Name() string { return "parquet" }

// Ext implements encode.Encoder.
func (Format) Ext() string { return ".parquet" }

// Columnar implements encode.Columnar.
func (Format) Columnar() {}

// AppendFile implements encode.Encoder: a file of one row.
func (f Format) AppendFile(dst []byte, d *document.Document) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	s := f.NewStream(buf)
	if err := s.Write(d, nil); err != nil {
		return dst, err
	}
	if err := s.Close(); err != nil {
		return dst, err
	}
	return buf.Bytes(), nil
}

// NewStream implements encode.Encoder: the rows are written to w as they
// come, a row group at a time; Close writes the footer. The stream is an
// encode.SizedStream.
func (Format) NewStream(w io.Writer) encode.Stream {
	return &stream{w: pq.NewGenericWriter[Row](w,
		pq.Compression(&zstd.Codec{Level: zstd.SpeedFastest}),
		pq.MaxRowsPerRowGroup(RowGroupRows),
		pq.KeyValueMetadata("sahifa.schema", Version),
		pq.CreatedBy("sahifa", Version, ""),
	), row: make([]Row, 1)}
}

type stream struct {
	w       *pq.GenericWriter[Row]
	row     []Row
	flushed int64 // Size when the last row group ended
}

func (s *stream) Render([]byte, *document.Document) ([]byte, bool, error) {
	return nil, false, nil
}

func (s *stream) Write(d *document.Document, _ []byte) error {
	r, err := FromDocument(d)
	if err != nil {
		return err
	}
	s.row[0] = r
	_, err = s.w.Write(s.row)
	s.row[0] = Row{}
	if err != nil {
		return err
	}
	if size := s.w.Size(); size-s.flushed >= RowGroupBytes {
		s.flushed = size
		return s.w.Flush()
	}
	return nil
}

func (s *stream) Size() int64 { return s.w.Size() }

func (s *stream) Close() error { return s.w.Close() }

// Schema is the Parquet schema of Row, as a message definition: what
// `sahifa schema --parquet` prints and the README documents.
func Schema() string { return pq.SchemaOf(Row{}).String() }
