package normalize

import (
	"maps"
	"testing"
)

// slowOnly runs f with the fast path turned off.
func slowOnly(f func()) {
	fastPath = false
	defer func() { fastPath = true }()
	f()
}

// checkFastEqualsSlow fails when the fast path changes the output or the
// counts of any profile on in.
func checkFastEqualsSlow(t *testing.T, in []byte, opts ...Option) {
	t.Helper()
	for _, p := range []Profile{None, Display, Search} {
		fast := New(p, opts...)
		got := fast.Bytes(in)
		slow := New(p, opts...)
		var want []byte
		slowOnly(func() { want = slow.Bytes(in) })
		if string(got) != string(want) {
			t.Fatalf("%v: fast path gives %q, slow path %q (input %q)", p, got, want, in)
		}
		if !maps.Equal(fast.Changes(), slow.Changes()) {
			t.Fatalf("%v: fast path counts %v, slow path %v (input %q)", p, fast.Changes(), slow.Changes(), in)
		}
	}
}

// TestFastPathIsOnlyAnOptimization runs every table case and every fixture
// line through each profile with and without the fast path.
func TestFastPathIsOnlyAnOptimization(t *testing.T) {
	for _, cs := range [][]tcase{noneCases, displayCases, searchCases} {
		for _, c := range cs {
			checkFastEqualsSlow(t, []byte(c.in))
			checkFastEqualsSlow(t, []byte(c.in), FoldHamza(), Digits(DigitsLatin))
		}
	}
	for _, b := range fixtures(t) {
		checkFastEqualsSlow(t, b)
		checkFastEqualsSlow(t, b, FoldHamza(), KeepPersian(), ZWNJAsSpace())
	}
}

// FuzzFastPath checks that the fast path never changes what the slow path
// gives, with options picked by the fuzzer.
func FuzzFastPath(f *testing.F) {
	fuzzSeeds(f, true)
	f.Fuzz(func(t *testing.T, in []byte, opts uint8) {
		checkFastEqualsSlow(t, capped(in), optsFrom(opts)...)
	})
}
