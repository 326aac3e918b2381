package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ReadOne reads one article whole: the file at path, or stdin for "-", to
// its end, at most limit bytes, so that an endless input (/dev/zero, a
// runaway pipe) cannot take all memory. Its errors start with the path
// and say what went wrong.
func ReadOne(stdin io.Reader, path string, limit int64) ([]byte, error) {
	fail := func(err error) ([]byte, error) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > limit {
			return fail(fmt.Errorf("too large: %s, more than the limit of %s for one article", FormatSize(fi.Size()), FormatSize(limit)))
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return fail(err)
	}
	if int64(len(data)) > limit {
		return fail(fmt.Errorf("too large: more than the limit of %s for one article", FormatSize(limit)))
	}
	return data, nil
}
