package extract

import (
	"time"
)

var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006 15:04:05", "Mon, 02 Jan 2006",
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102",
	time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate,
	"02 Jan 2006", "2 Jan 2006", "2 January 2006", "January 2, 2006", "Jan 2, 2006",
}

// parseDate returns s as an ISO date (YYYY-MM-DD, in the time zone s gives)
// when it is a date or timestamp in a common layout of the Gregorian years
// 1900 to 2099; nil otherwise.
func parseDate(s string) *string {
	s = trimSpace(s)
	for _, l := range dateLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if t.Year() < 1900 || t.Year() > 2099 {
			return nil
		}
		d := t.Format("2006-01-02")
		return &d
	}
	return nil
}
