#!/usr/bin/env bash
# Compares the line roles two sahifa binaries give the articles of one
# input (a file, folder or archive): prints how many articles and lines
# changed role, the changes by (old role -> new role), and a sample of
# changed lines with their article, to read by eye before a segmentation
# change lands.
#
#   scripts/role-diff.sh OLD_BINARY NEW_BINARY INPUT [SAMPLE]
#
# Roles are read from each document's blocks, residue, captions, title,
# dateline and attribution (extract -n none), so the comparison costs two
# extractions of INPUT. Needs jq and python3.
set -euo pipefail
old=$1 new=$2 in=$3 sample=${4:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
roles='(.input.path + "!" + (.input.member // "") + "#" + ((.input.record // 0)|tostring)) as $id
  | ([.blocks[] | .type as $t | .lines[] | {l: ., r: $t}]
     + [.residue[] | {l: .line, r: "residue"}]
     + [.captions[] | (.lines // [])[] | {l: ., r: "caption"}]
     + [if .attribution then {l: .attribution.line, r: "attribution"} else empty end])
  | {id: $id, roles: map({key: (.l|tostring), value: .r}) | from_entries}'
"$old" extract -q -n none "$in" 2>/dev/null | jq -c "$roles" >"$tmp/old"
"$new" extract -q -n none "$in" 2>/dev/null | jq -c "$roles" >"$tmp/new"
python3 - "$tmp/old" "$tmp/new" "$sample" <<'PY'
import json, sys, collections, random
def load(p):
    return {d["id"]: d["roles"] for d in map(json.loads, open(p))}
old, new, n = load(sys.argv[1]), load(sys.argv[2]), int(sys.argv[3])
pairs, changed, lines, total = collections.Counter(), [], 0, 0
for k, o in old.items():
    nw = new.get(k, {})
    total += len(o)
    diff = [(l, o.get(l, "-"), nw.get(l, "-")) for l in sorted(set(o) | set(nw), key=int) if o.get(l) != nw.get(l)]
    if diff:
        changed.append((k, diff))
        lines += len(diff)
        for _, a, b in diff:
            pairs[a + " -> " + b] += 1
print(f"articles: {len(old)}, changed: {len(changed)}; lines: {total}, changed: {lines}")
for p, c in pairs.most_common(20):
    print(f"{c:7d}  {p}")
random.seed(1)
for k, d in random.sample(changed, min(n, len(changed))):
    print(k, " ".join(f"{l}:{a}->{b}" for l, a, b in d[:8]))
PY
