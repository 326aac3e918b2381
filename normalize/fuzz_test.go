package normalize

import (
	"strings"
	"testing"
)

// fuzzSeeds adds the table tests' inputs and the fixtures' lines to f.
func fuzzSeeds(f *testing.F, withOpts bool) {
	var ins []string
	for _, cs := range [][]tcase{noneCases, displayCases, searchCases} {
		for _, c := range cs {
			ins = append(ins, c.in)
		}
	}
	for _, b := range fixtures(f) {
		for _, l := range strings.Split(string(b), "\n") {
			if len(l) > 600 {
				l = l[:600]
			}
			ins = append(ins, l)
		}
	}
	for i, in := range ins {
		if withOpts {
			f.Add([]byte(in), uint8(i))
		} else {
			f.Add([]byte(in))
		}
	}
}

// capped keeps fuzz inputs short enough for the many runs each one gets
// (every split point, every small dst): long runs are tested elsewhere.
func capped(in []byte) []byte {
	if len(in) > 2048 {
		return in[:2048]
	}
	return in
}

// optsFrom picks options from the bits of b.
func optsFrom(b uint8) []Option {
	var o []Option
	switch b & 3 {
	case 1:
		o = append(o, Digits(DigitsLatin))
	case 2:
		o = append(o, Digits(DigitsArabic))
	}
	if b&4 != 0 {
		o = append(o, KeepPersian())
	}
	if b&8 != 0 {
		o = append(o, FoldHamza())
	}
	if b&16 != 0 {
		o = append(o, DaggerAlef())
	}
	if b&32 != 0 {
		o = append(o, ZWNJAsSpace())
	}
	return o
}

// FuzzNormalizeDisplay checks the properties of the spec (valid UTF-8 out,
// idempotent, chunking does not matter, no letter or mark lost, non-Arabic
// text untouched) on Display, with options picked by the fuzzer.
func FuzzNormalizeDisplay(f *testing.F) {
	fuzzSeeds(f, true)
	f.Fuzz(func(t *testing.T, in []byte, opts uint8) {
		checkConfig(t, config{"display", Display, optsFrom(opts)}, capped(in))
	})
}

// FuzzNormalizeSearch checks the properties of the spec on Search, with
// options picked by the fuzzer.
func FuzzNormalizeSearch(f *testing.F) {
	fuzzSeeds(f, true)
	f.Fuzz(func(t *testing.T, in []byte, opts uint8) {
		checkConfig(t, config{"search", Search, optsFrom(opts)}, capped(in))
	})
}

// FuzzNormalizeNone checks the decoding-only profile: valid UTF-8 out,
// idempotent, chunking does not matter.
func FuzzNormalizeNone(f *testing.F) {
	fuzzSeeds(f, false)
	f.Fuzz(func(t *testing.T, in []byte) {
		checkConfig(t, config{"none", None, nil}, capped(in))
	})
}
