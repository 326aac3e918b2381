package batch

// FloodShow is how many times a Flood lets one identical message through
// before it counts the rest: a wrong text field name on 50 records prints
// 3 lines and "… and 47 more".
const FloodShow = 3

// Flood caps repeated identical messages (the same text at many places).
// The zero Flood is ready to use, from one goroutine.
type Flood struct {
	seen  map[string]int
	order []string
}

// Admit counts msg and reports whether it is still to be printed.
func (f *Flood) Admit(msg string) bool {
	if f.seen == nil {
		f.seen = map[string]int{}
	}
	n := f.seen[msg]
	if n == 0 {
		f.order = append(f.order, msg)
	}
	f.seen[msg] = n + 1
	return n < FloodShow
}

// Flush prints, through printf, one "… and N more: MESSAGE" line for each
// message that was cut, in the order the messages first came, and starts
// the count again.
func (f *Flood) Flush(printf func(format string, args ...any)) {
	for _, m := range f.order {
		if n := f.seen[m] - FloodShow; n > 0 {
			printf("… and %d more: %s", n, m)
		}
	}
	f.seen, f.order = nil, nil
}
