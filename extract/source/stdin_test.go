package source

import "testing"

func TestCheckStdin(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
		list  bool
		bad   bool
	}{
		{"none", nil, false, false},
		{"list only", nil, true, false},
		{"files", []string{"a.txt", "b/"}, true, false},
		{"once", []string{"a.txt", "-"}, false, false},
		{"twice", []string{"-", "a.txt", "-"}, false, true},
		{"once and the list", []string{"-"}, true, true},
		{"a file named like it", []string{"./-", "-"}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := CheckStdin(tt.paths, tt.list); (err != nil) != tt.bad {
				t.Errorf("CheckStdin(%q, %v) = %v, want an error: %v", tt.paths, tt.list, err, tt.bad)
			}
		})
	}
}
