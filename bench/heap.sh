#!/usr/bin/env bash
# Heap: extract a 20,000-article corpus with the heap capped at 512 MB; report that it completed,
# the peak live heap seen by the GC, and the process's maximum resident set size.
#
#   bench/heap.sh [-n ARTICLES] [COMMAND ...]
#
# COMMAND gets the corpus file (JSON lines) appended, or put {} where it goes, and must write one
# line per article to standard output. The cap reaches any java launcher through JDK_JAVA_OPTIONS.
# Without COMMAND: ./sitrep extract, else java -jar app/target/sitrep.jar extract, else
# java -cp bench/target/benchmarks.jar org.sitrep.bench.ExtractRun --out - (engine without the CLI).
# Needs GNU time (apt-get install -y time) for the RSS figure. Build first: mvn -q -B -DskipTests install.
set -euo pipefail
cd "$(dirname "$0")/.."

n=20000
if [[ "${1:-}" == "-n" ]]; then n=$2; shift 2; fi

jar=bench/target/benchmarks.jar
[[ -f $jar ]] || { echo "missing $jar: run mvn -q -B -DskipTests install" >&2; exit 1; }

work=bench/target/heap
mkdir -p "$work"
corpus=$work/corpus-$n.jsonl
[[ -f $corpus ]] || java -cp "$jar" org.sitrep.bench.CorpusGenerator --count "$n" --out "$corpus" --stats

probe=$work/probe.jsonl
head -n 3 "$corpus" >"$probe"
works() { "$@" "$probe" >/dev/null 2>"$work/probe.err"; }

if [[ $# -gt 0 ]]; then
  cmd=("$@")
elif [[ -x ./sitrep ]] && works ./sitrep extract; then
  cmd=(./sitrep extract)
elif [[ -f app/target/sitrep.jar ]] && works java -jar app/target/sitrep.jar extract; then
  cmd=(java -jar app/target/sitrep.jar extract)
else
  echo "note: no working sitrep command yet; measuring ExtractRun (engine + gazetteer + JSON, no CLI)" >&2
  cmd=(java -cp "$jar" org.sitrep.bench.ExtractRun --out -)
fi

full=()
placed=0
for a in "${cmd[@]}"; do
  if [[ $a == "{}" ]]; then full+=("$corpus"); placed=1; else full+=("$a"); fi
done
[[ $placed == 1 ]] || full+=("$corpus")

export JDK_JAVA_OPTIONS="-Xmx512m -Xlog:gc:file=$work/gc.log"
echo "command: JDK_JAVA_OPTIONS='$JDK_JAVA_OPTIONS' $(printf '%q ' "${full[@]}")"
rm -f "$work/gc.log"

timer=()
if [[ -x /usr/bin/time ]]; then timer=(/usr/bin/time -v -o "$work/time.txt"); else
  echo "note: /usr/bin/time missing (apt-get install -y time): no RSS figure" >&2; fi

status=0
"${timer[@]}" "${full[@]}" >"$work/out.jsonl" 2>"$work/stderr.txt" || status=$?
grep -v '^NOTE: Picked up JDK_JAVA_OPTIONS' "$work/stderr.txt" | tail -n 5 >&2 || true

lines=$(wc -l <"$work/out.jsonl")
articles=$(wc -l <"$corpus")
echo "exit status: $status; output lines: $lines of $articles articles"
if [[ -f $work/gc.log ]]; then
  # "GC(7) Pause Young (Normal) (G1 Evacuation Pause) 301M->118M(512M) 3.1ms": peak of the after-GC figure
  live=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  echo "peak live heap after GC: ${live:-n/a} MB (heap cap 512 MB; $(grep -c 'Pause' "$work/gc.log") GC pauses)"
fi
if [[ -f $work/time.txt ]]; then
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  echo "max RSS: $((rss / 1024)) MB; wall time: $wall"
fi
if [[ $status == 0 && $lines == "$articles" ]]; then
  echo "heap: completed $articles articles under -Xmx512m"
else
  echo "heap: FAILED (see $work/stderr.txt)"; exit 1
fi
