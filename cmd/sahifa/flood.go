package main

// floodShow is how many times one identical message is printed before the
// rest are counted: a wrong --text-field on 50 records prints 3 lines and
// "… and 47 more".
const floodShow = 3

// flood caps repeated identical messages (the same text at many places),
// as reportConflicts caps conflicts. It is used from one goroutine.
type flood struct {
	seen  map[string]int
	order []string
}

// admit counts msg and reports whether it is still to be printed.
func (f *flood) admit(msg string) bool {
	if f.seen == nil {
		f.seen = map[string]int{}
	}
	n := f.seen[msg]
	if n == 0 {
		f.order = append(f.order, msg)
	}
	f.seen[msg] = n + 1
	return n < floodShow
}

// flush prints, through printf, one "… and N more" line for each message
// that was cut, in the order the messages first came.
func (f *flood) flush(printf func(format string, args ...any)) {
	for _, m := range f.order {
		if n := f.seen[m] - floodShow; n > 0 {
			printf("… and %d more: %s", n, m)
		}
	}
	f.seen, f.order = nil, nil
}
