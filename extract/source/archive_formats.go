package source

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/sahifa/sahifa/extract/document"
	"github.com/ulikunitz/xz"
)

// MaxNesting is how deep archives inside archives are opened: an archive
// on disk is level 1, an archive member of it level 2, and so on; an
// archive deeper than this is an error item, not opened.
const MaxNesting = 3

// maxWindow bounds the history an xz or zstd stream may ask the reader to
// keep (its dictionary, or window): 64 MiB, so that a hostile header
// cannot take the memory of the machine.
const maxWindow = 64 << 20

// archiveExts are the archive extensions and their kinds, longest first.
// A kind is "zip", "tar", "tar." and a compression, or a compression
// alone (a single compressed file): gz, xz, bz2 or zst.
var archiveExts = []struct{ ext, kind string }{
	{".tar.gz", "tar.gz"}, {".tar.xz", "tar.xz"}, {".tar.bz2", "tar.bz2"}, {".tar.zst", "tar.zst"},
	{".tgz", "tar.gz"}, {".txz", "tar.xz"}, {".tbz2", "tar.bz2"}, {".tbz", "tar.bz2"}, {".tzst", "tar.zst"},
	{".tar", "tar"}, {".zip", "zip"}, {".gz", "gz"}, {".xz", "xz"}, {".bz2", "bz2"}, {".zst", "zst"},
}

// unsupportedExts are archive formats sahifa does not read, by extension,
// with their names.
var unsupportedExts = []struct{ ext, name string }{
	{".7z", "7z"}, {".rar", "RAR"}, {".lz", "lzip"}, {".lzma", "LZMA"}, {".tar.z", "compress (.Z)"},
	{".cab", "CAB"}, {".arj", "ARJ"}, {".lzh", "LHA"}, {".cpio", "cpio"}, {".iso", "ISO 9660"},
}

// kind returns the archive kind of a file name (see archiveExts), or "".
func kind(name string) string {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".warc.gz") || strings.HasSuffix(n, ".wet.gz") {
		return "" // gzip member by member, read by the WARC container
	}
	for _, e := range archiveExts {
		if strings.HasSuffix(n, e.ext) {
			return e.kind
		}
	}
	return ""
}

// stem strips the archive extension (see kind) of a slash path.
func stem(rel string) string {
	l := strings.ToLower(rel)
	for _, e := range archiveExts {
		if strings.HasSuffix(l, e.ext) {
			return rel[:len(rel)-len(e.ext)]
		}
	}
	return rel
}

// unsupported returns the error of an archive format sahifa does not
// read, named by the extension of name; nil for any other name.
func unsupported(name string) error {
	n := strings.ToLower(name)
	for _, e := range unsupportedExts {
		if strings.HasSuffix(n, e.ext) {
			return &Error{Code: document.ErrRead, Msg: fmt.Sprintf("a %s archive: not a format sahifa reads (it reads zip, tar, gzip, xz, bzip2 and zstd); unpack it first", e.name)}
		}
	}
	return nil
}

// compressions are the names of the compressions, for messages.
var compressions = map[string]string{"gz": "gzip", "xz": "xz", "bz2": "bzip2", "zst": "zstd"}

// decompress returns the decompressed stream of r, compressed with comp
// (gz, xz, bz2 or zst), and what releases it.
func decompress(comp string, r io.Reader) (io.Reader, func(), error) {
	br := bufio.NewReaderSize(r, 64<<10)
	switch comp {
	case "gz":
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, err
		}
		return zr, func() { zr.Close() }, nil
	case "xz":
		if err := checkXZ(br); err != nil {
			return nil, nil, err
		}
		zr, err := xz.ReaderConfig{SingleStream: false}.NewReader(br)
		if err != nil {
			return nil, nil, err
		}
		return zr, func() {}, nil
	case "bz2":
		if h, _ := br.Peek(3); len(h) == 0 {
			return nil, nil, io.EOF
		} else if !bytes.HasPrefix(h, []byte("BZh")) {
			return nil, nil, errors.New("not bzip2 data")
		}
		return bzip2.NewReader(br), func() {}, nil
	case "zst":
		if h, _ := br.Peek(1); len(h) == 0 {
			return nil, nil, io.EOF
		}
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(maxWindow))
		if err != nil {
			return nil, nil, err
		}
		return zr, zr.Close, nil
	}
	return nil, nil, fmt.Errorf("unknown compression %q", comp)
}

// checkXZ refuses an xz stream whose first block asks for a dictionary
// larger than maxWindow (the reader would make room for all of it).
func checkXZ(br *bufio.Reader) error {
	h, _ := br.Peek(12 + 1 + 1 + 18 + 3)
	if len(h) == 0 {
		return io.EOF
	}
	if len(h) < 12 || !bytes.HasPrefix(h, []byte{0xFD, '7', 'z', 'X', 'Z', 0}) {
		return errors.New("not xz data")
	}
	b := h[12:]
	if len(b) < 2 || b[0] == 0 {
		return nil // no block: an empty stream, or too short to tell (the reader says)
	}
	flags, i := b[1], 2
	for _, present := range []bool{flags&0x40 != 0, flags&0x80 != 0} { // sizes, as varints
		for present && i < len(b) && b[i]&0x80 != 0 {
			i++
		}
		if present {
			i++
		}
	}
	// The first filter: its id (0x21, LZMA2), the size of its properties (1),
	// and the dictionary size byte.
	if i+2 < len(b) && b[i] == 0x21 && b[i+1] == 1 {
		if d := b[i+2]; d <= 40 {
			size := int64(2|d&1) << (d/2 + 11)
			if size > maxWindow {
				return fmt.Errorf("its dictionary of %s is more than the limit of %s", FormatSize(size), FormatSize(maxWindow))
			}
		}
	}
	return nil
}
