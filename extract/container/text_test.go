package container

import (
	"reflect"
	"testing"
)

func TestSplitLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"\n", []string{""}},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"a\n\nb", []string{"a", "", "b"}},
		{"a\nb\n\n", []string{"a", "b", ""}},
	}
	for _, tt := range tests {
		var got []string
		for i, l := range splitLines(tt.in, 5) {
			if l.N != 5+i {
				t.Errorf("%q: line %d numbered %d", tt.in, i, l.N)
			}
			got = append(got, l.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
