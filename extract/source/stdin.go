package source

import "errors"

// ErrStdinTwice is CheckStdin's error: standard input is named twice.
var ErrStdinTwice = errors.New("standard input (-) can be read only once")

// CheckStdin reports ErrStdinTwice when standard input would be read more
// than once: named twice among paths ("-"), or named once while the list
// of further paths is read from it (listFromStdin).
func CheckStdin(paths []string, listFromStdin bool) error {
	used := listFromStdin
	for _, p := range paths {
		if p == "-" {
			if used {
				return ErrStdinTwice
			}
			used = true
		}
	}
	return nil
}
