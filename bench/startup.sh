#!/usr/bin/env bash
# Start-up: wall time of one `extract` of one small article, cold JVM each run, 10 runs.
#
#   bench/startup.sh [-n RUNS] [COMMAND ...]
#
# COMMAND gets the article file appended (or put {} where it goes). Without COMMAND the script uses,
# in order, the first that works: ./sitrep extract, java -jar app/target/sitrep.jar extract, and
# java -cp bench/target/benchmarks.jar org.sitrep.bench.ExtractRun (the engine without the CLI).
# Build first: mvn -q -B -DskipTests install. Requirement: under 1,500 ms including the gazetteer.
# Uses hyperfine when installed (apt-get install -y hyperfine), else a date +%s%N loop.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
if [[ "${1:-}" == "-n" ]]; then runs=$2; shift 2; fi

jar=bench/target/benchmarks.jar
[[ -f $jar ]] || { echo "missing $jar: run mvn -q -B -DskipTests install" >&2; exit 1; }

work=bench/target/startup
mkdir -p "$work"
article=$work/bench-000000.txt
[[ -f $article ]] || java -cp "$jar" org.sitrep.bench.CorpusGenerator --count 1 --text "$work"

works() { "$@" "$article" >/dev/null 2>"$work/probe.err"; }

if [[ $# -gt 0 ]]; then
  cmd=("$@")
elif [[ -x ./sitrep ]] && works ./sitrep extract; then
  cmd=(./sitrep extract)
elif [[ -f app/target/sitrep.jar ]] && works java -jar app/target/sitrep.jar extract; then
  cmd=(java -jar app/target/sitrep.jar extract)
else
  echo "note: no working sitrep command yet; measuring ExtractRun (engine + gazetteer + JSON, no CLI)" >&2
  cmd=(java -cp "$jar" org.sitrep.bench.ExtractRun)
fi

# Put the file where {} is, or at the end.
full=()
placed=0
for a in "${cmd[@]}"; do
  if [[ $a == "{}" ]]; then full+=("$article"); placed=1; else full+=("$a"); fi
done
[[ $placed == 1 ]] || full+=("$article")
line=$(printf '%q ' "${full[@]}")

echo "command: $line"
echo "article: $article ($(wc -c <"$article") bytes)"
"${full[@]}" >/dev/null 2>"$work/probe.err" || { echo "command failed:" >&2; cat "$work/probe.err" >&2; exit 1; }

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" --output=null --export-json "$work/hyperfine.json" "$line"
  # mean and min in ms from the JSON, without needing python or jq
  mean=$(grep -o '"mean": *[0-9.e-]*' "$work/hyperfine.json" | head -1 | sed 's/.*: *//')
  min=$(grep -o '"min": *[0-9.e-]*' "$work/hyperfine.json" | head -1 | sed 's/.*: *//')
  awk -v m="$mean" -v n="$min" -v r="$runs" 'BEGIN { printf "startup: mean %.0f ms, min %.0f ms over %d runs (requirement: < 1500 ms)\n", m*1000, n*1000, r }'
else
  "${full[@]}" >/dev/null 2>&1 # warm the file cache
  total=0; min=
  for ((i = 1; i <= runs; i++)); do
    t0=$(date +%s%N)
    "${full[@]}" >/dev/null 2>&1
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    echo "run $i: $ms ms"
    total=$((total + ms))
    if [[ -z $min || $ms -lt $min ]]; then min=$ms; fi
  done
  echo "startup: mean $((total / runs)) ms, min $min ms over $runs runs (requirement: < 1500 ms)"
fi
