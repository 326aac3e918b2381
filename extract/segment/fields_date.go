package segment

import "github.com/sahifa/sahifa/extract/fields"

// startsWithDate reports a line that opens with a date (`08/ديسمبر/2009]
// …`, `3/5/2012 - …`): its leading number is the day, not a list number.
func startsWithDate(c string) bool {
	_, start, end, ok := fields.FindDate(c)
	return ok && start == 0 && end < len(c) // end == len(c): all of c, or digits FindDate could not place
}
