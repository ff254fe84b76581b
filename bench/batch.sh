#!/usr/bin/env bash
# The issue's speed figure: wall time of `./sitrep extract` on a batch of generated articles, cold JVM
# each run, reported as the median and the fastest of N runs (this machine's run-to-run spread is wide).
#
#   bench/batch.sh [-n RUNS] [-c ARTICLES]      defaults: 9 runs of 4,000 articles
#
# Build first: mvn -q -B -DskipTests install. Requirement: at least 1,000 articles/s.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=9
count=4000
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    -c) count=$2; shift 2 ;;
    *) echo "usage: bench/batch.sh [-n RUNS] [-c ARTICLES]" >&2; exit 2 ;;
  esac
done

jar=bench/target/benchmarks.jar
[[ -f $jar ]] || { echo "missing $jar: run mvn -q -B -DskipTests install" >&2; exit 1; }
work=bench/target/batch
mkdir -p "$work"
corpus=$work/corpus-$count.jsonl
[[ -f $corpus ]] || java -cp "$jar" org.sitrep.bench.CorpusGenerator --count "$count" --out "$corpus"

./sitrep extract "$corpus" >/dev/null 2>&1 # builds the command if needed, warms the file cache
times=()
for ((i = 1; i <= runs; i++)); do
  t0=$(date +%s%N)
  ./sitrep extract "$corpus" >/dev/null 2>"$work/err"
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  echo "run $i: $ms ms"
  times+=("$ms")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( (runs - 1) / 2 ))]}
fastest=${sorted[0]}
awk -v n="$count" -v m="$median" -v f="$fastest" -v r="$runs" 'BEGIN {
  printf "batch: %d articles, median %.2f s (%.0f articles/s), fastest %.2f s (%.0f articles/s) over %d runs (requirement: >= 1000 articles/s)\n",
    n, m / 1000, n * 1000 / m, f / 1000, n * 1000 / f, r }'
