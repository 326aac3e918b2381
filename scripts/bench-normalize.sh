#!/usr/bin/env bash
# Times `sahifa normalize` (display and search) against ICU's
# `uconv -x Any-NFKC` on the same ~50 MB file of real Arabic news text, in
# the same run, and prints both times and the ratio.
#
# The text comes from ../shared/corpus when it is there (UTF-8 articles:
# seed, debris, aljazeera, saudinewsnet, ant, cnn), else from the normalize
# test fixtures; it is repeated up to SIZE_MB megabytes. Each command runs
# RUNS times; the best time counts. `make bench-normalize` builds bin/sahifa
# first.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-bin/sahifa}
SIZE_MB=${SIZE_MB:-50}
RUNS=${RUNS:-3}

if ! command -v uconv >/dev/null 2>&1; then
	echo "bench-normalize: uconv not found (ICU's icu-devtools package)" >&2
	exit 1
fi
if [ ! -x "$BIN" ]; then
	go build -o "$BIN" ./cmd/sahifa
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

corpus=../shared/corpus
if [ -d "$corpus" ]; then
	from="$corpus (seed, debris, aljazeera, saudinewsnet, ant, cnn)"
	files=("$corpus"/seed/*.txt "$corpus"/debris/*.txt "$corpus"/aljazeera/*.txt \
		"$corpus"/saudinewsnet/*.txt "$corpus"/ant/*.txt "$corpus"/cnn/*.txt)
else
	from="normalize/testdata fixtures"
	files=(normalize/testdata/*.txt)
fi
for f in "${files[@]}"; do
	cat "$f"
	echo
done >"$tmp/unit.txt"

unit=$(stat -c %s "$tmp/unit.txt")
target=$((SIZE_MB * 1000 * 1000))
reps=$(((target + unit - 1) / unit))
for ((i = 0; i < reps; i++)); do
	cat "$tmp/unit.txt"
done >"$tmp/big.txt"
size=$(stat -c %s "$tmp/big.txt")

# measure CMD...: runs CMD RUNS times and prints "WALL CPU", the best wall
# time and the best CPU time (user + sys) in seconds. The CPU time is the
# steadier figure on a busy machine.
measure() {
	local best_wall="" best_cpu="" out wall cpu
	local TIMEFORMAT='%R %U %S'
	for ((r = 0; r < RUNS; r++)); do
		out=$({ time "$@" >/dev/null; } 2>&1)
		wall=$(awk '{ print $1 }' <<<"$out")
		cpu=$(awk '{ print $2 + $3 }' <<<"$out")
		best_wall=$(awk -v a="$best_wall" -v b="$wall" 'BEGIN { print (a == "" || b < a) ? b : a }')
		best_cpu=$(awk -v a="$best_cpu" -v b="$cpu" 'BEGIN { print (a == "" || b < a) ? b : a }')
	done
	echo "$best_wall $best_cpu"
}

mbps() { awk -v b="$size" -v s="$1" 'BEGIN { if (s > 0) printf "%.1f", b / 1e6 / s; else print "inf" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "inf" }'; }

echo "input: $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }') MB of Arabic news text from $from, repeated $reps times"
echo "best of $RUNS runs each, output to /dev/null; wall time and CPU time (user + sys)"
printf '%-30s %9s %9s %10s %9s %9s\n' "" "wall s" "MB/s" "cpu s" "MB/s" "ratio"

read -r w_icu c_icu < <(measure uconv -x Any-NFKC "$tmp/big.txt")
printf '%-30s %9s %9s %10s %9s %9s\n' "uconv -x Any-NFKC" "$w_icu" "$(mbps "$w_icu")" "$c_icu" "$(mbps "$c_icu")" "1.0"

for p in display search; do
	read -r w c < <(measure "$BIN" normalize -n "$p" "$tmp/big.txt")
	printf '%-30s %9s %9s %10s %9s %9s\n' "sahifa normalize -n $p" "$w" "$(mbps "$w")" "$c" "$(mbps "$c")" "$(ratio "$w_icu" "$w")x"
	echo "  $p is $(ratio "$w_icu" "$w")x faster than uconv by wall time, $(ratio "$c_icu" "$c")x by CPU time"
done
