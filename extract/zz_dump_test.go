package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/normalize"
)

func TestDumpRoles(t *testing.T) {
	files := strings.Fields(os.Getenv("DUMP"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		var docs []*Document
		if strings.HasPrefix(string(data), "<DOC") {
			docs = Extract(Source{Path: f}, data, Options{Profile: normalize.Display})
		} else {
			docs = []*Document{segBuild(f, string(data), normalize.Display)}
		}
		for _, d := range docs {
			fmt.Printf("=== %s\n", filepath.Base(f))
			for _, l := range d.Lines {
				txt := []rune(strings.TrimSpace(l.Text))
				if len(txt) > 70 { txt = append(txt[:70], '…') }
				fmt.Printf("%3d %-12s %-30s %s\n", l.N, l.Role, l.Rule, string(txt))
			}
			if d.Title != nil { fmt.Printf("  title=%q\n", *d.Title) }
			if d.Dateline != nil { fmt.Printf("  dateline=%q place=%v agency=%v\n", d.Dateline.Text, deref(d.Dateline.Place), deref(d.Dateline.Agency)) }
			for _, c := range d.Captions { fmt.Printf("  caption credit=%v agency=%v date=%v place=%v\n", deref(c.Credit), deref(c.Agency), deref(c.Date), deref(c.Place)) }
			if d.Attribution != nil { fmt.Printf("  attribution=%q %q\n", d.Attribution.Text, d.Attribution.Names) }
			fmt.Printf("  date=%v author=%v lang=%v warnings=%v\n", deref(d.Date), deref(d.Author), deref(d.Language), d.Warnings)
		}
	}
}

func deref(s *string) string { if s == nil { return "<nil>" }; return *s }
