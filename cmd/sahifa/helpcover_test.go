package main

// The reference topics are kept true by walking what they describe: every
// visible flag of every command is in `sahifa help cli`, every field of
// the JSON Schema in `sahifa help document`. A flag or a field added
// without its documentation fails here. `go test ./cmd/sahifa -run
// TestHelpCLI -update` rewrites the usage blocks of help/cli.md from the
// commands (prose around them is kept).

import (
	"encoding/json"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/sahifa/sahifa/extract/document"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// testRoot is the command tree as a user meets it: with the flags and the
// completion command that cobra adds when it runs.
func testRoot() *cobra.Command {
	a := &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }, colorMode: "never"}
	root := a.newRootCmd()
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.InitDefaultVersionFlag()
	for _, c := range visibleCommands(root) {
		c.InitDefaultHelpFlag()
	}
	return root
}

// visibleCommands are root and the commands a user can see under it
// (not hidden, not deprecated; cobra's help command aside), in the order
// of the command list.
func visibleCommands(root *cobra.Command) []*cobra.Command {
	out := []*cobra.Command{root}
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			out = append(out, visibleCommands(c)...)
		}
	}
	return out
}

// cliSections splits help/cli.md into its "## sahifa …" sections, by
// command path.
func cliSections(text string) map[string]string {
	out := map[string]string{}
	parts := regexp.MustCompile(`(?m)^## `).Split(text, -1)
	for _, p := range parts[1:] {
		head, body, _ := strings.Cut(p, "\n")
		if strings.HasPrefix(head, "sahifa") {
			out[strings.TrimSpace(head)] = body
		}
	}
	return out
}

// undocumentedFlags lists what help/cli.md (text) lacks for the commands
// under root: a section per visible command, and in it a usage line for
// each visible flag, its shorthand included ("-o, --output").
func undocumentedFlags(root *cobra.Command, text string) []string {
	sections := cliSections(text)
	var missing []string
	for _, c := range visibleCommands(root) {
		body, ok := sections[c.CommandPath()]
		if !ok {
			missing = append(missing, "no section ## "+c.CommandPath())
			continue
		}
		check := func(f *pflag.Flag) {
			if f.Hidden {
				return
			}
			name := "--" + f.Name
			if f.Shorthand != "" {
				name = "-" + f.Shorthand + ", " + name
			}
			if !regexp.MustCompile(`(?m)^\s+` + regexp.QuoteMeta(name) + `\b`).MatchString(body) {
				missing = append(missing, c.CommandPath()+": "+name)
			}
		}
		c.LocalFlags().VisitAll(check)
		c.InheritedFlags().VisitAll(check)
	}
	return missing
}

func TestHelpCLICoversFlags(t *testing.T) {
	text := topicText("cli")
	if *update {
		updateCLIDoc(t)
		b, err := os.ReadFile("help/cli.md") // the binary embeds the old one
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	}
	if text == "" {
		t.Fatal("no help topic cli")
	}
	if m := undocumentedFlags(testRoot(), text); len(m) > 0 {
		t.Errorf("help/cli.md lacks (go test ./cmd/sahifa -run TestHelpCLI -update rewrites its usage blocks):\n  %s", strings.Join(m, "\n  "))
	}

	// The check fails on a flag added without its documentation, a
	// shorthand added to a documented flag, and a new command.
	root := testRoot()
	var extract, dedup *cobra.Command
	for _, c := range root.Commands() {
		switch c.Name() {
		case "extract":
			extract = c
		case "dedup":
			dedup = c
		}
	}
	extract.Flags().Bool("brand-new", false, "a flag nobody documented")
	dedup.Flags().Lookup("drop").Shorthand = "D"
	root.AddCommand(&cobra.Command{Use: "brandnew", Run: func(*cobra.Command, []string) {}})
	got := undocumentedFlags(root, text)
	for _, want := range []string{"sahifa extract: --brand-new", "sahifa dedup: -D, --drop", "no section ## sahifa brandnew"} {
		if !slices.Contains(got, want) {
			t.Errorf("undocumentedFlags misses %q: %q", want, got)
		}
	}
	// A hidden flag needs no documentation.
	extract.Flags().Bool("secret", false, "")
	extract.Flags().MarkHidden("secret")
	if slices.Contains(undocumentedFlags(root, text), "sahifa extract: --secret") {
		t.Error("a hidden flag is reported")
	}
}

// updateCLIDoc rewrites, in help/cli.md, the first fenced block of each
// command's section with the command's usage, and adds a section for a
// command that has none after the last command section.
func updateCLIDoc(t *testing.T) {
	const file = "help/cli.md"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	head := regexp.MustCompile(`(?m)^## (sahifa[^\n]*)\n`)
	for _, c := range visibleCommands(testRoot()) {
		usage := "```\n" + strings.TrimRight(c.UsageString(), "\n") + "\n```\n"
		loc := -1
		for _, m := range head.FindAllStringSubmatchIndex(text, -1) {
			if strings.TrimSpace(text[m[2]:m[3]]) == c.CommandPath() {
				loc = m[1]
			}
		}
		if loc < 0 {
			all := head.FindAllStringIndex(text, -1)
			end := len(text)
			if len(all) > 0 {
				last := all[len(all)-1][1]
				if next := regexp.MustCompile(`(?m)^## `).FindStringIndex(text[last:]); next != nil {
					end = last + next[0]
				}
			}
			text = text[:end] + "## " + c.CommandPath() + "\n\n" + usage + "\n" + text[end:]
			continue
		}
		start := strings.Index(text[loc:], "```\n")
		next := regexp.MustCompile(`(?m)^## `).FindStringIndex(text[loc:])
		if start < 0 || next != nil && start > next[0] {
			text = text[:loc] + "\n" + usage + text[loc:]
			continue
		}
		start += loc
		end := strings.Index(text[start+4:], "\n```\n")
		if end < 0 {
			t.Fatalf("%s: unclosed block in the section of %s", file, c.CommandPath())
		}
		text = text[:start] + usage + text[start+4+end+5:]
	}
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// schemaFields are the names of every property the JSON Schema defines,
// at any depth, sorted.
func schemaFields(t *testing.T) []string {
	var v any
	if err := json.Unmarshal(document.Schema(), &v); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if props, ok := v["properties"].(map[string]any); ok {
				for k := range props {
					seen[k] = true
				}
			}
			for _, e := range v {
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestHelpDocumentCoversSchema(t *testing.T) {
	text := topicText("document")
	fields := schemaFields(t)
	if len(fields) < 40 {
		t.Fatalf("the schema gives %d fields: the walk is broken", len(fields))
	}
	if m := undocumentedFields(fields, text); len(m) > 0 {
		t.Errorf("help/document.md does not name the schema fields %q", m)
	}
	// The check fails on a field added without its documentation.
	if m := undocumentedFields(append(fields, "brand_new"), text); !slices.Equal(m, []string{"brand_new"}) {
		t.Errorf("undocumentedFields with a new field = %q, want [brand_new]", m)
	}
}

// undocumentedFields are the fields that text does not name as `field`.
func undocumentedFields(fields []string, text string) []string {
	var out []string
	for _, f := range fields {
		if !strings.Contains(text, "`"+f+"`") {
			out = append(out, f)
		}
	}
	return out
}
