package normalize

import (
	"slices"
	"testing"
)

func TestStatsLines(t *testing.T) {
	r := Rules()
	tests := []struct {
		name    string
		changes map[string]int
		want    []string
	}{
		{"nil", nil, []string{"no changes"}},
		{"zero counts", map[string]int{r[0]: 0}, []string{"no changes"}},
		{"unknown rule", map[string]int{"no-such-rule": 3}, []string{"no changes"}},
		{"one", map[string]int{r[1]: 2}, []string{r[1] + ": 2"}},
		{"in the order of Rules", map[string]int{r[2]: 1, r[0]: 7}, []string{r[0] + ": 7", r[2] + ": 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StatsLines(tt.changes); !slices.Equal(got, tt.want) {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}
