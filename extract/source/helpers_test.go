package source

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// got is what a test sees of one item.
type got struct {
	Path, Rel, Member string
	Data              string
	Code              document.ErrorCode // error code, "" when read
	Unsafe            bool
}

func collect(t *testing.T, args []string, opt Options) []got {
	t.Helper()
	var out []got
	for it := range Walk(args, opt) {
		g := got{Path: it.Path, Rel: it.Rel, Member: it.Source.Member, Unsafe: it.Unsafe}
		data, err := it.ReadAll()
		if err != nil {
			g.Code = Code(err)
			g.Data = err.Error()
		} else {
			g.Data = string(data)
		}
		out = append(out, g)
	}
	return out
}

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type member struct{ name, body string }

func tarBytes(t *testing.T, members []member, extra func(*tar.Writer)) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	tw.WriteHeader(&tar.Header{Name: "top/", Typeflag: tar.TypeDir, Mode: 0o755})
	for _, m := range members {
		if err := tw.WriteHeader(&tar.Header{Name: m.name, Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(m.body))}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(m.body))
	}
	if extra != nil {
		extra(tw)
	}
	tw.Close()
	return buf.Bytes()
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func zipBytes(t *testing.T, members []member) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.Create("top/")
	for _, m := range members {
		w, err := zw.Create(m.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(m.body))
	}
	zw.Close()
	return buf.Bytes()
}
