package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/normalize"
)

// scaleShapes are long documents of the shapes that once cost n² (a
// string grown line by line, a run of lines read again for each of its
// lines), built from n lines.
var scaleShapes = []struct {
	name  string
	small int // the large document has ten times as many lines
	text  func(n int) string
}{
	{"double-spaced wrapped paragraphs", 20_000, func(n int) string { return scaleBody(n, 1) }},
	{"hard-wrapped paragraphs", 20_000, func(n int) string { return scaleBody(n, 2) }},
	{"double-spaced lines", 20_000, func(n int) string { return scaleBody(n, 3) }},
	// every line as wide as the next: one wrapped unit of n lines
	{"centred lines", 5_000, func(n int) string { return strings.Repeat(strings.Repeat(" ", 30)+"عنوان في الوسط\n", n) }},
	// one run of n short lines, read for verse
	{"deeply indented short lines", 2_000, func(n int) string { return strings.Repeat(strings.Repeat(" ", 500)+"نص\n", n) }},
	{"short lines", 5_000, func(n int) string { return strings.Repeat("نعم\n", n) }},
}

// scaleBody is n lines of paragraphs of forty words: 1 double-spaced and
// wrapped at 40 runes, 2 wrapped at 40 runes a blank line apart, 3
// unwrapped and double-spaced.
func scaleBody(n int, shape uint8) string {
	words := strings.Fields("وقال المتحدث باسم الوزارة إن الاجتماع بحث تطورات الأوضاع في المنطقة وسبل دعم الاستقرار فيها وأضاف أن الحكومة ستواصل جهودها")
	lines := make([]string, 0, n+20)
	for i := 0; len(lines) < n; i++ {
		var b strings.Builder
		for j := range 40 {
			b.WriteString(words[(i*7+j*3)%len(words)])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%d.", i)
		switch shape {
		case 1:
			lines = append(lines, strings.Split(shapeDump(b.String(), 3, 20), "\n")...)
		case 2:
			lines = append(lines, wrapAt(b.String(), 40)...)
			lines = append(lines, "")
		default:
			lines = append(lines, b.String(), "")
		}
	}
	return strings.Join(lines[:n], "\n")
}

// buildCost builds text and returns the allocations it made and the
// bytes they took: work that grows as n² shows in both, and unlike time
// they do not depend on how busy the machine is.
func buildCost(text string) (allocs, bytes uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	build(segArticle("x.txt", text), Options{Profile: normalize.Display})
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
}

// TestBuildScalesLinearly builds each shape at n and 10n lines (200,000
// lines for the double-spaced and wrapped ones): ten times the lines
// may cost at most scaleRatio times the allocations and bytes.
func TestBuildScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds documents of 200,000 lines")
	}
	const scaleRatio = 20 // linear is 10, n² would be 100
	for _, sh := range scaleShapes {
		small, large := sh.text(sh.small), sh.text(10*sh.small)
		a1, b1 := buildCost(small)
		a2, b2 := buildCost(large)
		t.Logf("%s: %d lines %d allocs %d bytes; %d lines %d allocs %d bytes", sh.name, sh.small, a1, b1, 10*sh.small, a2, b2)
		if a2 > scaleRatio*a1 || b2 > scaleRatio*b1 {
			t.Errorf("%s: %d lines cost %d allocations, %d bytes; %d lines %d, %d: more than %d times",
				sh.name, sh.small, a1, b1, 10*sh.small, a2, b2, scaleRatio)
		}
	}
}
