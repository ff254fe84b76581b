#!/usr/bin/env bash
# Watch throughput: one pass of the real `sitrep watch --once` over a loopback news site of N articles
# (default 10,000) across F feeds (default 50, a fifth of them Atom) from H outlets (default 5, one per
# loopback address 127.0.0.1 ... 127.0.0.H), into a fresh SQLite ledger (or --db URL).
#
#   bench/watch.sh                        # 10,000 articles, 50 feeds, 5 hosts, --per-host 2
#   bench/watch.sh -n 2000 --per-host 4
#
# The politeness delay between two requests to one host is lifted for this loopback site
# (--host-delay 0; the default is 1s, which would make 2,000 pages per host take 2,000 s): the run says so.
# Per-host concurrency (--per-host) is kept, and the site reports the most requests it had at once per host.
# Prints: the wall time and articles/s of the whole command (JVM start, engine load and a final
# checkpoint included), the command's summary, where the time went (-Dsitrep.watch.stats=true), how the
# site was treated, and a second pass (everything 304, no page fetched again).
set -euo pipefail
cd "$(dirname "$0")/.."
n=10000
feeds=50
hosts=5
perhost=2
db=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    --feeds) feeds="$2"; shift 2 ;;
    --hosts) hosts="$2"; shift 2 ;;
    --per-host) perhost="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    *) echo "usage: $0 [-n N] [--feeds F] [--hosts H] [--per-host P] [--db FILE|URL]" >&2; exit 2 ;;
  esac
done
[ -f bench/target/benchmarks.jar ] && [ -f app/target/sitrep.jar ] || mvn -q -B -DskipTests install
work="$(mktemp -d)"
java -Xmx1g -cp bench/target/benchmarks.jar org.sitrep.bench.FeedSite --articles "$n" --feeds "$feeds" \
  --hosts "$hosts" --dir "$work" &
site=$!
trap 'kill "$site" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do [ -f "$work/ready" ] && break; sleep 0.2; done
[ -f "$work/ready" ] || { echo "watch.sh: the site did not start" >&2; exit 1; }
base="$(cat "$work/ready")"
if [ -z "$db" ]; then
  db="bench/target/watch-$n.db"
  rm -f "$db" "$db-wal" "$db-shm"
fi
echo "watch.sh: $n articles, $feeds feeds, $hosts hosts on loopback; --per-host $perhost;" \
  "politeness delay lifted for loopback (--host-delay 0; default 1s)"
log="$(mktemp)"
SITREP_JAVA_OPTS="${SITREP_JAVA_OPTS:-} -Dsitrep.watch.stats=true" /usr/bin/time -f "%e %U %S %M" -o "$log" \
  ./sitrep watch --db "$db" --once --host-delay 0 --per-host "$perhost" "$work/feeds.opml"
read -r wall user sys rss < "$log"
echo "watch: $n articles in ${wall} s = $(awk -v n="$n" -v s="$wall" 'BEGIN { printf "%.0f", n / s }') articles/s" \
  "(wall, whole command; user ${user} s, system ${sys} s of CPU, max RSS $((rss / 1024)) MB) into $db"
curl -s "$base/_stats"
echo "watch.sh: a second pass over the same feeds"
/usr/bin/time -f "%e" -o "$log" ./sitrep watch --db "$db" --once --host-delay 0 --per-host "$perhost" "$work/feeds.opml"
echo "watch: second pass in $(cat "$log") s"
curl -s "$base/_stats"
rm -f "$log"
