package batch

import "testing"

func TestLeftOut(t *testing.T) {
	tests := []struct {
		name string
		st   Stats
		want string
	}{
		{"nothing", Stats{}, ""},
		{"members do not count", Stats{Skipped: 2}, ""},
		{"one file", Stats{OthersSkipped: 1}, "; 1 file not article-like skipped"},
		{"links", Stats{LinksSkipped: 2}, "; 2 symbolic links not followed"},
		{"both", Stats{OthersSkipped: 3, LinksSkipped: 1}, "; 3 files not article-like skipped; 1 symbolic link not followed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LeftOut(tt.st); got != tt.want {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}
