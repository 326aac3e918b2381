package source

import (
	"errors"
	"fmt"
	"testing"

	"github.com/sahifa/sahifa/extract"
)

// The codes are those of extract's error records: an Error becomes a
// record with its code as it is.
func TestCodes(t *testing.T) {
	if CodeRead != extract.ErrRead || CodeTooLarge != extract.ErrTooLarge {
		t.Errorf("codes %q, %q differ from extract's %q, %q", CodeRead, CodeTooLarge, extract.ErrRead, extract.ErrTooLarge)
	}
	for _, tt := range []struct {
		err  error
		want string
	}{
		{&Error{Code: CodeTooLarge, Msg: "m"}, extract.ErrTooLarge},
		{fmt.Errorf("wrapped: %w", &Error{Code: CodeRead, Msg: "m"}), extract.ErrRead},
		{ErrTooLarge, extract.ErrTooLarge},
		{errors.New("anything else"), extract.ErrRead},
	} {
		if got := Code(tt.err); got != tt.want {
			t.Errorf("Code(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}
