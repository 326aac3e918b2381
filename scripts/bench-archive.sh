#!/usr/bin/env bash
# Times `sahifa extract` on the bench archives against the floor of reading
# them, `tar -xzOf ARCHIVE > /dev/null`, measured in the same run, and checks
# the output: article count, error records, peak memory, and for the ANT
# corpus the documents lacking an id, title, URL or ISO date.
#
# Run from the repository root (make bench-archive builds bin/sahifa first).
# The archives live in ../shared/bench; without it the bench is skipped.
# Targets: saudinewsnet-10k: 10,572 articles, wall time <= 2.5x tar, peak
# RSS <= 100 MB; ANT: 31,525 documents, each with id, title, URL and ISO
# date, no error, peak RSS <= 100 MB.
# Each is run RUNS times (default 3), alternately, and the medians are
# compared. Wall times need an idle machine: the load average is printed
# for that reason.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH=../shared/bench
BIN=${BIN:-bin/sahifa}
if [ ! -d "$BENCH" ]; then
  echo "bench-archive: skipped: $BENCH is absent"
  exit 0
fi
if [ ! -x "$BIN" ]; then
  echo "bench-archive: $BIN is missing; run make build" >&2
  exit 1
fi
GNU_TIME=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then
  GNU_TIME=/usr/bin/time
else
  echo "bench-archive: GNU time is absent (apt-get install time): no peak RSS"
fi

echo "bench-archive: $(nproc 2>/dev/null || echo '?') CPUs, load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# run LABEL OUTFILE CMD...: runs CMD with stdout to OUTFILE; sets WALL (s),
# CPU (user + system, s) and RSS (MB); "?" without GNU time.
run() {
  local label=$1 out=$2
  shift 2
  local start end
  start=$(date +%s.%N)
  if [ -n "$GNU_TIME" ]; then
    "$GNU_TIME" -f '%M %U %S' -o "$OUT/$label.rss" "$@" >"$out" 2>"$OUT/$label.err" || true
  else
    "$@" >"$out" 2>"$OUT/$label.err" || true
  fi
  end=$(date +%s.%N)
  WALL=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
  RSS="?" CPU="?"
  if [ -n "$GNU_TIME" ]; then
    RSS=$(awk 'END { printf "%.1f", $1 / 1024 }' "$OUT/$label.rss")
    CPU=$(awk 'END { printf "%.2f", $2 + $3 }' "$OUT/$label.rss")
  fi
}

# median X...: the median of the numbers given ("?" if any is "?").
median() {
  printf '%s\n' "$@" | sort -n | awk '/\?/ { q = 1 } { a[NR] = $1 } END { if (q) print "?"; else print a[int((NR + 1) / 2)] }'
}

RUNS=${RUNS:-3}
status=0
for name in saudinewsnet-10k ant-corpus-v2.1; do
  archive=$BENCH/$name.tar.gz
  if [ ! -f "$archive" ]; then
    echo "bench-archive: $archive is absent: skipped"
    continue
  fi
  echo "== $name ($(du -h "$archive" | cut -f1) compressed)"
  # RUNS rounds, tar then sahifa in each, so that both see the same
  # machine; the medians are compared, the largest peak RSS is kept.
  tar_walls= tar_cpus= walls= cpus= rss=0
  for _ in $(seq "$RUNS"); do
    run tar /dev/null tar -xzOf "$archive"
    tar_walls="$tar_walls $WALL" tar_cpus="$tar_cpus $CPU"
    run "$name" "$OUT/$name.jsonl" "$BIN" extract -q "$archive"
    walls="$walls $WALL" cpus="$cpus $CPU"
    rss=$(awk -v a="$rss" -v b="$RSS" 'BEGIN { if (b == "?") print "?"; else if (b + 0 > a + 0) print b; else print a }')
  done
  tar_wall=$(median $tar_walls) tar_cpu=$(median $tar_cpus)
  wall=$(median $walls) cpu=$(median $cpus)
  articles=$(wc -l <"$OUT/$name.jsonl" | tr -d ' ')
  errors=$(grep -c '"error":{' "$OUT/$name.jsonl" || true)
  ratio=$(awk -v a="$wall" -v b="$tar_wall" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "?" }')
  printf '  tar -xzOf      %6ss wall  %5ss cpu   (median of%s)\n' "$tar_wall" "$tar_cpu" "$tar_walls"
  printf '  sahifa extract %6ss wall  %5ss cpu   (median of%s)\n' "$wall" "$cpu" "$walls"
  printf '  ratio %sx tar, peak RSS %s MB\n' "$ratio" "$rss"
  printf '  articles %s, error records %s\n' "$articles" "$errors"
  if [ -s "$OUT/$name.err" ]; then
    echo "  stderr (first lines):"
    head -5 "$OUT/$name.err" | sed 's/^/    /'
  fi
  case $name in
    saudinewsnet-10k) want=10572 ;;
    ant-corpus-v2.1) want=31525 ;;
  esac
  [ "$articles" = "$want" ] || { echo "  FAIL: $articles articles, want $want"; status=1; }
  [ "$errors" = 0 ] || { echo "  FAIL: $errors error records"; status=1; }
  if [ "$rss" != "?" ] && awk -v r="$rss" 'BEGIN { exit !(r > 100) }'; then
    echo "  FAIL: peak RSS over 100 MB"
    status=1
  fi
  if [ "$name" = saudinewsnet-10k ] && awk -v r="$ratio" 'BEGIN { exit !(r + 0 > 2.5) }'; then
    echo "  FAIL: slower than 2.5x tar -xzOf"
    status=1
  fi
  if [ "$name" = ant-corpus-v2.1 ]; then
    if command -v jq >/dev/null 2>&1; then
      jq -r '[
          (if .id == null then "id" else empty end),
          (if .title == null then "title" else empty end),
          (if .url == null then "url" else empty end),
          (if (.date // "") | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}") | not then "date" else empty end)
        ] | .[]' "$OUT/$name.jsonl" | sort | uniq -c >"$OUT/missing" || true
    else
      for f in id title url date; do
        n=$(grep -c "\"$f\":null" "$OUT/$name.jsonl" || true)
        [ "$n" = 0 ] || echo "$n $f"
      done >"$OUT/missing"
    fi
    if [ -s "$OUT/missing" ]; then
      echo "  documents lacking a field:"
      sed 's/^ */    /' "$OUT/missing"
      status=1
    else
      echo "  every document has an id, a title, a URL and an ISO date"
    fi
  fi
done
exit $status
