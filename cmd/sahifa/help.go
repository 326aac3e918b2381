package main

import (
	"embed"
	"strings"
)

// helpFiles are the long help texts of the commands, help/COMMAND.txt.
//
//go:embed help/*.txt
var helpFiles embed.FS

// helpText is the long help of a command.
func helpText(name string) string {
	b, err := helpFiles.ReadFile("help/" + name + ".txt")
	if err != nil {
		panic("no help text for " + name)
	}
	return strings.TrimRight(string(b), "\n")
}
