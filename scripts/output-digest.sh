#!/usr/bin/env bash
# Prints one sha256 per (input, format, profile) over every file of the
# shared corpus and both bench archives, plus inspect --json over the
# corpus: run it before and after a change that must not change behaviour,
# and diff the two listings.
#
#   scripts/output-digest.sh [BINARY] > before.txt
#
# Needs ../shared (skipped, with a message, when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-bin/sahifa}
shared=${SHARED:-../shared}
if [ ! -d "$shared/corpus" ]; then
  echo "output-digest: $shared/corpus not found; nothing to digest" >&2
  exit 0
fi
sum() { sha256sum | cut -c1-16; }
cd "$shared"
files=$(find corpus -type f ! -name '*.md' ! -name '*.tsv' | LC_ALL=C sort)
for f in $files; do
  for fmt in jsonl json md; do
    for p in none display search; do
      printf '%s\t%s\t%s\t%s\n' "$f" "$fmt" "$p" "$("$OLDPWD/$bin" extract -q -f "$fmt" -n "$p" "$f" 2>&1 | sum)"
    done
  done
  printf '%s\tinspect\t-\t%s\n' "$f" "$("$OLDPWD/$bin" inspect --json "$f" 2>&1 | sum)"
  printf '%s\tinspect-table\t-\t%s\n' "$f" "$("$OLDPWD/$bin" inspect --color never "$f" 2>&1 | sum)"
done
printf 'corpus\tjsonl\tdisplay\t%s\n' "$("$OLDPWD/$bin" extract corpus 2>/dev/null | sum)"
printf 'corpus\tmd-tree\tdisplay\t%s\n' "$(d=$(mktemp -d); "$OLDPWD/$bin" extract -q -f md -O "$d" corpus >/dev/null 2>&1; (cd "$d" && find . -type f | LC_ALL=C sort | xargs sha256sum) | sum; rm -rf "$d")"
for a in bench/*.tar.gz; do
  [ -f "$a" ] || continue
  printf '%s\tjsonl\tdisplay\t%s\n' "$a" "$("$OLDPWD/$bin" extract -q "$a" 2>&1 | sum)"
  printf '%s\tjsonl\tsearch\t%s\n' "$a" "$("$OLDPWD/$bin" extract -q -n search "$a" 2>&1 | sum)"
done
