// Package source walks the inputs of `sahifa extract`: files, standard
// input, folders (recursively, in sorted order) and archives (.zip, .tar,
// .tar.gz/.tgz, a single .gz), read as streams and never unpacked to disk.
// It knows nothing of flags, terminals or article formats: it yields one
// Item per input, in order, and the caller reads its bytes. Its errors
// state what is wrong and name no flag: the caller adds its own advice
// (see Error).
//
// Rules:
//   - "-" is standard input (Options.Stdin). A zip, gzip or tar stream on
//     standard input is recognised by its first bytes. A zip on standard
//     input needs random access: it is copied to a temporary file, at most
//     Options.MaxStdinZip bytes (default 1 GiB), removed afterwards. The
//     members of an archive on standard input have Rel "stdin/MEMBER".
//   - Folders are walked recursively in lexical order. Hidden files and
//     folders (a name starting with ".") are skipped unless named
//     explicitly; so are the members of archives with a hidden component or
//     under __MACOSX (__MACOSX/._x, .DS_Store).
//   - Symbolic links found in a folder are not followed unless
//     Options.Follow: each is told to Options.Notice (NoticeLink). With
//     Follow, a link to a file or a folder is followed, also outside the
//     folder named by the caller (NoticeOutside, naming the target, so
//     that the caller can warn); a link to a folder that holds it (a loop)
//     and a link whose target cannot be read are never followed
//     (NoticeLoop, NoticeLink). A link named by the caller is always
//     followed, with no notice.
//   - A folder gives its article-like files only (see ArticleLike: no
//     extension, one of ArticleExts, an archive, a compressed article);
//     the others are told to Options.Notice (NoticeOther).
//   - Options.Globs select the files found in folders and the members of
//     archives (not the paths named explicitly), with ripgrep's -g meaning:
//     doublestar patterns (*, ?, [abc], {a,b}, and ** across folders); a
//     pattern with no slash matches the base name, one with a slash the
//     slash path relative to the folder (or the member path), a leading
//     slash anchoring it at the top. A leading ! makes an exclusion. The
//     last pattern that matches decides. When none matches: with only
//     exclusions, a file is taken if article-like and a member is taken;
//     when some pattern names what to take, a member is left out, and of
//     the files only archives are taken (opened, their members filtered in
//     turn). The member of a single .gz is taken as the file would be.
//     CheckGlob checks a pattern.
//   - Archives are recognised by their extension: .zip, .tar, .tar.gz/.tgz,
//     .tar.xz/.txz, .tar.bz2/.tbz2, .tar.zst/.tzst, and .gz, .xz, .bz2, .zst
//     (a single compressed file: its member is the name without the
//     extension; but .warc.gz and .wet.gz are files, whose gzip members
//     the WARC reader of package container reads one by one); on standard
//     input by their first bytes. Archives inside
//     archives are opened, MaxNesting levels deep at most (a zip member that
//     is a zip is read into memory, within MaxSize); deeper, the member is
//     an error Item. 7z, RAR and other formats are error Items naming them.
//   - Zip member names: backslashes are separators; a name that is not
//     UTF-8 and lacks the UTF-8 flag is decoded (charset.DecodeName), with a
//     member-name-decoded warning in Item.Warnings. An encrypted member and
//     an archive with no file are error Items that say so. Tar contiguous
//     files (type 7) are regular files; hard links, symbolic links and
//     special files are not read, and are told to Options.Skipped.
//   - Options.MaxSize (default 32 MiB) applies to every file and to every
//     decompressed member read with ReadAll, which stops reading one byte
//     past it, so a decompression bomb costs at most MaxSize+1 bytes.
//     Item.Reader has no limit: a caller that cuts records applies its own.
//   - Damage is reported where it is found. A damaged tar stream
//     (compressed or not) yields every member before the damage, then an
//     Item whose Err names what was wrong; a zip whose directory is
//     damaged is one such Item; a zip member that cannot be opened is an
//     Item with Err, and the members after it are still read; content cut
//     short or corrupt (a member, a single .gz) fails in ReadAll. Folders,
//     symbolic links and other non-regular entries inside archives are
//     skipped.
//   - A member whose name is unsafe for an output tree (empty, absolute,
//     or with a ".." component) is an error Item (document.ErrPath), with
//     Unsafe set: never silent, never read.
package source
