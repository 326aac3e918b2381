package container

import (
	"bufio"
	"io"
	"strings"
	"testing"
)

func TestRecordReader(t *testing.T) {
	long := strings.Repeat("x", 200<<10) // longer than the bufio buffer
	in := "a\r\n\n" + long + "\n" + strings.Repeat("y", 300) + "\nlast"
	rr := NewRecordReader(bufio.NewReaderSize(strings.NewReader(in), 16), 250<<10)
	type rl struct {
		line    string
		tooLong bool
	}
	var got []rl
	for {
		line, _, tooLong, err := rr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, rl{string(line), tooLong})
	}
	want := []rl{{"a", false}, {"", false}, {long, false}, {strings.Repeat("y", 300), false}, {"last", false}}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: %.20q (%v)", i+1, got[i].line, got[i].tooLong)
		}
	}
	rr = NewRecordReader(bufio.NewReaderSize(strings.NewReader(long+"\nok\n"), 16), 1000)
	if _, n, tooLong, err := rr.Next(); err != nil || !tooLong || n != 1 {
		t.Errorf("a line over the limit is not flagged")
	}
	if line, n, _, _ := rr.Next(); string(line) != "ok" || n != 2 {
		t.Errorf("the line after a too long one: %q (line %d)", line, n)
	}
}
