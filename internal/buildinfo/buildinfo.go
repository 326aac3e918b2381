// Package buildinfo says which build of sahifa is running: its version,
// the commit it was built from and that commit's date, and the Go version.
package buildinfo

import (
	"runtime"
	"runtime/debug"
)

// String is the version line of the running binary: version when it is
// set (at build time, with -ldflags "-X …"), else the module's version
// from the build information, else "devel"; then the commit and its date
// when the binary was built from a checkout (the VCS settings of the build
// information, "+dirty" for uncommitted changes), and the Go version:
// `v1.2.0 (commit 1a2b3c4d5e6f, 2026-12-01T10:00:00Z) go1.26.8`.
func String(version string) string {
	bi, _ := debug.ReadBuildInfo()
	return format(version, bi, runtime.Version())
}

// format is String of the build information bi (nil when there is none)
// and the Go version goVersion.
func format(version string, bi *debug.BuildInfo, goVersion string) string {
	v, commit, date, dirty := version, "", "", false
	if bi != nil {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.time":
				date = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	if commit != "" {
		if len(commit) > 12 {
			commit = commit[:12]
		}
		if dirty {
			commit += "+dirty"
		}
		if date != "" {
			commit += ", " + date
		}
		v += " (commit " + commit + ")"
	}
	return v + " " + goVersion
}
