// Package normalize cleans Arabic script text as streaming transformers
// (golang.org/x/text/transform). It knows nothing of articles.
//
// PLACEHOLDER API: the normalize owner replaces this file; the exported
// names below are the contract other packages code against.
package normalize

import (
	"fmt"

	"golang.org/x/text/transform"
)

// Profile names a set of rules: None, Display (the default) or Search.
type Profile int

// The profiles of the spec, each a superset of the one before.
const (
	None Profile = iota
	Display
	Search
)

// String returns the profile's name as used on the command line.
func (p Profile) String() string { return [...]string{"none", "display", "search"}[p] }

// ParseProfile returns the profile named s.
func ParseProfile(s string) (Profile, error) {
	switch s {
	case "none":
		return None, nil
	case "display":
		return Display, nil
	case "search":
		return Search, nil
	}
	return Display, fmt.Errorf("unknown profile %q: valid profiles are none, display, search", s)
}

// Option changes a profile's rules.
type Option func(*options)

type options struct{}

// Normalizer applies one profile. It is a transform.Transformer; it keeps
// counts of what it changed and is not safe for concurrent use.
type Normalizer struct {
	profile Profile
	changes map[string]int
}

// New returns a Normalizer for profile p with the given options.
func New(p Profile, opts ...Option) *Normalizer {
	return &Normalizer{profile: p, changes: map[string]int{}}
}

// Transform implements transform.Transformer.
func (n *Normalizer) Transform(dst, src []byte, atEOF bool) (int, int, error) {
	return transform.Nop.Transform(dst, src, atEOF)
}

// Reset implements transform.Transformer. It does not clear the counts.
func (n *Normalizer) Reset() {}

// String returns s normalized.
func (n *Normalizer) String(s string) string { return s }

// Bytes returns b normalized.
func (n *Normalizer) Bytes(b []byte) []byte { return b }

// Changes returns the counts of what was changed, by rule name, since the
// Normalizer was made or ResetChanges was called.
func (n *Normalizer) Changes() map[string]int { return n.changes }

// ResetChanges clears the counts.
func (n *Normalizer) ResetChanges() { n.changes = map[string]int{} }
