package segment

import "testing"

// TestStartsWithDate: a line that opens with a date is not a numbered
// list item; a number before a dash or a slash still is.
func TestStartsWithDate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"08/ديسمبر/2009] واشنطن – سبأنت: طالب الكونجرس", true},
		{"3/5/2012 - قال الوزير", true},
		{"1- التعريف بأهم المشاريع المنفذة", false},
		{"2/ التوعية والإرشاد للمزارعين", false},
		{"قال الوزير في 3/5/2012 إن", false},
	}
	for _, tt := range tests {
		if got := startsWithDate(tt.in); got != tt.want {
			t.Errorf("startsWithDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
