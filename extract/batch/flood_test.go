package batch

import (
	"fmt"
	"slices"
	"testing"
)

func TestFlood(t *testing.T) {
	tests := []struct {
		name      string
		msgs      []string
		printed   []string // the messages Admit let through, in order
		flushLine []string
	}{
		{"none", nil, nil, nil},
		{"under the cap", []string{"a", "a", "b"}, []string{"a", "a", "b"}, nil},
		{"at the cap", []string{"a", "a", "a"}, []string{"a", "a", "a"}, nil},
		{"over the cap", []string{"a", "a", "a", "a", "a"}, []string{"a", "a", "a"}, []string{"… and 2 more: a"}},
		{"two floods, first-come order", []string{"b", "a", "b", "a", "b", "a", "a", "b"},
			[]string{"b", "a", "b", "a", "b", "a"}, []string{"… and 1 more: b", "… and 1 more: a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f Flood
			var printed, lines []string
			for _, m := range tt.msgs {
				if f.Admit(m) {
					printed = append(printed, m)
				}
			}
			f.Flush(func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) })
			if !slices.Equal(printed, tt.printed) {
				t.Errorf("admitted %q, want %q", printed, tt.printed)
			}
			if !slices.Equal(lines, tt.flushLine) {
				t.Errorf("flushed %q, want %q", lines, tt.flushLine)
			}
			lines = nil
			f.Flush(func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) })
			if len(lines) > 0 || !f.Admit("a") {
				t.Errorf("Flush did not start the count again: %q", lines)
			}
		})
	}
}
