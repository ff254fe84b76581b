#!/usr/bin/env bash
# Ingest throughput: N generated articles (default 100,000) through the real command into a fresh ledger.
#
#   bench/ledger-ingest.sh                                   # SQLite: bench/target/ingest-100000.db
#   bench/ledger-ingest.sh -n 20000                          # fewer articles
#   bench/ledger-ingest.sh --db 'jdbc:postgresql://127.0.0.1:55432/sitrep_bench?user=postgres'
#
# The corpus is bench/target/corpus-N.jsonl (CorpusGenerator, made once). A SQLite ledger is deleted first;
# a PostgreSQL database must be empty (the script drops sitrep's tables there first when psql can reach it).
# Prints: ingest: N articles in S s = R articles/s (wall), user and system CPU seconds, max RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
n=100000
db=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    *) echo "usage: $0 [-n N] [--db FILE|URL]" >&2; exit 2 ;;
  esac
done
[ -f bench/target/benchmarks.jar ] && [ -f app/target/sitrep.jar ] || mvn -q -B -DskipTests install
corpus="bench/target/corpus-$n.jsonl"
[ -f "$corpus" ] || java -cp bench/target/benchmarks.jar org.sitrep.bench.CorpusGenerator --count "$n" --out "$corpus" --stats
if [ -z "$db" ]; then
  db="bench/target/ingest-$n.db"
  rm -f "$db" "$db-wal" "$db-shm"
elif [[ "$db" == jdbc:postgresql:* ]] && command -v psql >/dev/null; then
  url="${db#jdbc:}"
  psql -q "$url" -c "DROP TABLE IF EXISTS feed_items, feeds, claims, event_records, events, decisions, incidents, article_texts, articles, api_tokens, users, sitrep_schema_history CASCADE" \
    >/dev/null 2>&1 || echo "ledger-ingest: could not empty $db with psql; it must be empty" >&2
fi
log="$(mktemp)"
/usr/bin/time -f "%e %U %S %M" -o "$log" ./sitrep ingest --db "$db" "$corpus"
read -r wall user sys rss < "$log"
rm -f "$log"
echo "ingest: $n articles in ${wall} s = $(awk -v n="$n" -v s="$wall" 'BEGIN { printf "%.0f", n / s }') articles/s" \
  "(wall; user ${user} s, system ${sys} s of CPU, max RSS $((rss / 1024)) MB) into $db"
