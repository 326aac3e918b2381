package source

// IsArchiveName reports whether name is that of an archive sahifa opens
// (.zip, .tar and its compressed forms, a single .gz, .xz, .bz2 or .zst),
// by its extension alone.
func IsArchiveName(name string) bool { return kind(name) != "" }
