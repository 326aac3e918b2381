package buildinfo

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	const rev = "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d"
	vcs := func(modified string, time bool) []debug.BuildSetting {
		s := []debug.BuildSetting{{Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
		if time {
			s = append(s, debug.BuildSetting{Key: "vcs.time", Value: "2026-12-01T10:00:00Z"})
		}
		return s
	}
	tests := []struct {
		name    string
		version string
		bi      *debug.BuildInfo
		want    string
	}{
		{"no build information", "", nil, "devel go1.26"},
		{"set at build time", "v1.2.0", nil, "v1.2.0 go1.26"},
		{"devel module", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel go1.26"},
		{"module version", "", &debug.BuildInfo{Main: debug.Module{Version: "v1.1.0"}}, "v1.1.0 go1.26"},
		{"set wins over module", "v1.2.0", &debug.BuildInfo{Main: debug.Module{Version: "v1.1.0"}}, "v1.2.0 go1.26"},
		{"checkout", "v1.2.0", &debug.BuildInfo{Settings: vcs("false", true)}, "v1.2.0 (commit 1a2b3c4d5e6f, 2026-12-01T10:00:00Z) go1.26"},
		{"dirty checkout", "", &debug.BuildInfo{Settings: vcs("true", true)}, "devel (commit 1a2b3c4d5e6f+dirty, 2026-12-01T10:00:00Z) go1.26"},
		{"no commit date", "", &debug.BuildInfo{Settings: vcs("false", false)}, "devel (commit 1a2b3c4d5e6f) go1.26"},
		{"short revision", "", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}}}, "devel (commit abc) go1.26"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := format(tt.version, tt.bi, "go1.26"); got != tt.want {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}

func TestString(t *testing.T) {
	if s := String("v9"); !strings.HasPrefix(s, "v9 ") || !strings.HasSuffix(s, " "+runtime.Version()) {
		t.Errorf("String: %q", s)
	}
}
