// Package source walks the inputs of `sahifa extract`: files, standard
// input, folders (recursively, in sorted order) and archives (.zip, .tar,
// .tar.gz/.tgz, a single .gz), read as streams and never unpacked to disk.
// It knows nothing of flags, terminals or article formats: it yields one
// Item per input, in order, and the caller reads its bytes.
//
// Rules:
//   - "-" is standard input (Options.Stdin). A zip, gzip or tar stream on
//     standard input is recognised by its first bytes. A zip on standard
//     input needs random access: it is copied to a temporary file, at most
//     Options.MaxStdinZip bytes (default 1 GiB), removed afterwards.
//   - Folders are walked recursively in lexical order. Hidden files and
//     folders (a name starting with ".") are skipped unless named
//     explicitly; so are hidden members of archives (__MACOSX/._x, .DS_Store).
//     The members of an archive on standard input have Rel "stdin/MEMBER".
//     A symbolic link found in a folder is followed only to a regular file.
//   - Options.Globs filter the articles found in folders and archives (not
//     the paths named explicitly): a pattern (path.Match syntax) must match
//     the base name or the slash-separated path relative to the folder (or
//     the member path inside an archive). Archives found in a folder are
//     always opened; their members are filtered.
//   - Archives are recognised by their extension: .zip, .tar, .tar.gz,
//     .tgz, .gz (a single compressed file: its member is the name without
//     .gz). Archives inside archives are not opened: they are members like
//     any other.
//   - Options.MaxSize (default 32 MiB) applies to every file and to every
//     decompressed member: ReadAll stops reading one byte past it, so a
//     decompression bomb costs at most MaxSize+1 bytes.
//   - A damaged archive yields every member before the damage, then an
//     Item whose Err names what was wrong. Folders, symbolic links and other
//     non-regular entries inside archives are skipped.
//   - A member whose name is unsafe for an output tree (absolute, "../",
//     ".." after cleaning) is still yielded, with Unsafe set.
package source
