package source

import (
	"bufio"
	"io"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
)

// An item of announced size is read whole at its first use; Peek, ReadAll
// and Reader give the same content whatever the order, as when streamed.
func TestItemWhole(t *testing.T) {
	body := strings.Repeat("سطر من الكلام\n", 500)
	newItem := func(content string, size int64) *Item {
		raw := strings.NewReader(content)
		return &Item{Size: size, max: 1 << 20, r: bufio.NewReaderSize(raw, 64), raw: raw}
	}
	readAll := func(r io.Reader) string {
		b, err := io.ReadAll(r)
		if err != nil {
			return "error: " + err.Error()
		}
		return string(b)
	}
	for _, size := range []int64{int64(len(body)), -1} {
		it := newItem(body, size)
		if h := it.Peek(10); string(h) != body[:10] {
			t.Errorf("size %d: Peek(10) = %q", size, h)
		}
		if b, err := it.ReadAll(); err != nil || string(b) != body {
			t.Errorf("size %d: ReadAll after Peek: %d bytes, %v", size, len(b), err)
		}
		if size > 0 && it.state != stateWhole {
			t.Errorf("size %d: not read whole", size)
		}
		it = newItem(body, size)
		it.Peek(4096)
		if got := readAll(it.Reader()); got != body {
			t.Errorf("size %d: Reader after Peek: %d bytes", size, len(got))
		}
		it = newItem(body, size)
		if got := readAll(it.Reader()); got != body || it.state != stateStreamed {
			t.Errorf("size %d: Reader first: %d bytes, state %d", size, len(got), it.state)
		}
	}
	// Longer than announced (a file still growing): everything is read.
	it := newItem(body, 100)
	if b, err := it.ReadAll(); err != nil || string(b) != body {
		t.Errorf("longer than announced: %d bytes, %v", len(b), err)
	}
	// Shorter than announced (a truncated member): Peek gives what there
	// is, ReadAll an error, Reader what there is and then the error.
	for _, first := range []string{"peek", "readall", "reader"} {
		it := newItem(body, int64(len(body))+10)
		switch first {
		case "peek":
			if h := it.Peek(10); string(h) != body[:10] {
				t.Errorf("truncated: Peek(10) = %q", h)
			}
		case "reader":
			if got := readAll(it.Reader()); !strings.HasPrefix(got, "error: ") && got != body {
				t.Errorf("truncated: Reader = %.40q", got)
			}
			continue
		}
		if _, err := it.ReadAll(); Code(err) != document.ErrRead {
			t.Errorf("truncated, %s first: ReadAll error %v", first, err)
		}
		if got := readAll(it.Reader()); !strings.HasPrefix(got, "error: ") {
			t.Errorf("truncated, %s first: Reader gives no error: %d bytes", first, len(got))
		}
	}
	// Too large: not read whole, and ReadAll says so.
	it = newItem(body, int64(len(body)))
	it.max = 100
	if _, err := it.ReadAll(); Code(err) != document.ErrTooLarge || it.state == stateWhole {
		t.Errorf("over the limit: %v, state %d", err, it.state)
	}
}
