package source

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// MaxSize is the largest size ParseSize returns: 4 EiB, no limit in
// practice, and far enough from the int64 limit that adding to it cannot
// overflow.
const MaxSize = 1 << 62

// ParseSize reads a size: plain bytes, or a number with a binary unit (k,
// KiB, M, MiB, G, GiB: 500k, 32MiB, 1.5G) or a decimal one (KB, MB, GB).
// It is at least 1 byte; a size of MaxSize or more (9223372036854775807
// among them) is MaxSize.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	num, unit := t, ""
	if i >= 0 {
		num, unit = t[:i], strings.TrimSpace(t[i:])
	}
	mult := map[string]float64{
		"": 1, "b": 1,
		"k": 1 << 10, "kib": 1 << 10, "kb": 1e3,
		"m": 1 << 20, "mib": 1 << 20, "mb": 1e6,
		"g": 1 << 30, "gib": 1 << 30, "gb": 1e9,
	}[strings.ToLower(unit)]
	if mult == 0 {
		return 0, fmt.Errorf("unknown unit %q: use bytes, k, KiB, MiB, GiB, KB, MB or GB", unit)
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || num == "" {
		return 0, fmt.Errorf("not a size: give a number with an optional unit, like 32MiB")
	}
	if v*mult >= MaxSize {
		return MaxSize, nil // no limit to speak of
	}
	n := int64(v * mult)
	if n < 1 {
		return 0, fmt.Errorf("the size must be at least 1 byte")
	}
	return n, nil
}

// SizeOnDisk is the size on disk of the inputs (files, and the files of
// folders; archives as they are, compressed), for a progress bar; -1 when
// it cannot be known (standard input).
func SizeOnDisk(args []string) int64 {
	var total int64
	for _, p := range args {
		if p == "-" {
			return -1
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			total += fi.Size()
			continue
		}
		_ = filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if i, err := d.Info(); err == nil {
					total += i.Size()
				}
			}
			return nil
		})
	}
	return total
}
