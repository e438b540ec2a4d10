#!/usr/bin/env bash
# Compares the JVM's collectors on one signed-in page: Tandem is seeded once (PostgreSQL, through its own services, as
# bench/lists.sh does), then started again with each collector in turn on the same database and data folder, the
# production flags otherwise (scripts/production.jvmflags with its collector and heap lines replaced), and the page is
# measured in several windows under full load. The report gives, per collector, the range of requests/s, p99 and
# maximum latency over the windows, the longest pauses of the old generation (full collections, or G1's remark and
# cleanup) and of the young one from the collector's own log, and the resident memory after the load.
# Usage: bench/collectors.sh [url] [windows] [seconds-per-window] [requests]
#   e.g. bench/collectors.sh '/staff/requests?country=KE' 8 30 100000
# Environment: BENCH_COLLECTORS (the configurations to run, separated by ';', each a name, ':' and its flags; default
#   the README's serial collector, the parallel one on the same heap and G1 with a 50 ms pause goal), BENCH_WARMUP
#   (seconds of the queue and then of the page before the windows, 30), BENCH_CONNECTIONS (16), BENCH_PROVIDERS (500),
#   BENCH_PORT (18095), BENCH_POSTGRES_URL (as bench/lists.sh; the database tandem_bench_collectors is created afresh
#   and dropped at the end). Results: bench/results/collectors-<date>.md, the collectors' logs beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
URL="${1:-/staff/requests?country=KE}"
WINDOWS="${2:-8}"
DURATION="${3:-30}"
REQUESTS="${4:-100000}"
WARMUP="${BENCH_WARMUP:-30}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
PROVIDERS="${BENCH_PROVIDERS:-500}"
PORT="${BENCH_PORT:-18095}"
PG_URL="${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
HEAP="-Xms80m -Xmx128m"
COLLECTORS="${BENCH_COLLECTORS:-serial:-XX:+UseSerialGC $HEAP -Xmn48m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10;parallel:-XX:+UseParallelGC $HEAP -Xmn48m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10;g1:-XX:+UseG1GC $HEAP -XX:MaxGCPauseMillis=50 -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
JAR=target/tandem.jar
BASE="http://127.0.0.1:$PORT"
OUT="bench/results"
WORK="$(mktemp -d)"
STAMP="$(date -u +%Y-%m-%dT%H%M)"
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is needed: ./mvnw -DskipTests package" >&2; exit 1; }
. bench/postgres.sh
bench_postgres "$PG_URL" tandem_bench_collectors
PID=0
stop() { if [ "$PID" -gt 0 ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=0; fi; }
cleanup() { stop; bench_postgres_drop tandem_bench_collectors; rm -rf "$WORK"; }
trap cleanup EXIT
# The production flags without their collector and heap lines: each configuration brings its own.
read -r -d "" -a JVM_FLAGS < <(sed "s/#.*//" scripts/production.jvmflags |
  grep -vE '^-XX:\+Use[A-Za-z]+GC|^-Xm[nsx]|HeapFreeRatio') || true
start() { # $1 = name, $2 = its flags, $3... = more arguments for Tandem
  local name="$1" flags="$2"
  shift 2
  read -r -a extra <<<"$flags"
  touch "$WORK/$name.log"
  env TANDEM_DATA_DIR="$WORK/data" TANDEM_DEMO=true "${DB_ENV[@]}" "$JAVA" "${JVM_FLAGS[@]}" "${extra[@]}" \
    -Xlog:gc:file="$WORK/gc-$name.log" -Dserver.port="$PORT" -jar "$JAR" "$@" >>"$WORK/$name.log" 2>&1 &
  PID=$!
}
ms() { echo "$1" | awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v = v; else if ($1 ~ /s$/) v *= 1000; printf "%.1f", v }'; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }
longest() { grep -E "$2" "$1" | grep -oE '[0-9.]+ms$' | sed 's/ms$//' | sort -n | tail -"$3" | tr '\n' ' '; }

echo "seeding $REQUESTS requests and $PROVIDERS providers"
IFS=';' read -r -a CONFIGS <<<"$COLLECTORS"
first="${CONFIGS[0]}"
start seed "${first#*:}" --tandem.seed.requests="$REQUESTS" --tandem.seed.providers="$PROVIDERS"
bench_seeded "$WORK/seed.log" "$PID" seed
eval "$(bench_staff_session "$BASE" "$WORK/seed.log" requests:read)"
if [[ "$URL" == /api/* ]]; then HEADER="Authorization: Bearer $API_TOKEN"; else HEADER="Cookie: $SESSION_COOKIE"; fi
stop

REPORT="$OUT/collectors-$STAMP.md"
{
  echo "| collector | flags | requests/s | p99 (of $WINDOWS × $DURATION s) | max | longest old/full pauses (ms) | longest young pauses (ms) | RSS after |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$WORK/table"
for config in "${CONFIGS[@]}"; do
  name="${config%%:*}" flags="${config#*:}"
  echo "$name: $flags"
  start "$name" "$flags"
  for _ in $(seq 1 120); do curl -s -o /dev/null "$BASE/" && break; sleep 1; done
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$HEADER" "$BASE$URL")
  [ "$status" = 200 ] || { echo "$URL answered $status" >&2; exit 1; }
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -H "$HEADER" "$BASE/staff/requests" >/dev/null
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -H "$HEADER" "$BASE$URL" >/dev/null
  rps=() p99=() max=()
  for w in $(seq 1 "$WINDOWS"); do
    result=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$HEADER" "$BASE$URL")
    rps+=("$(echo "$result" | awk '/Requests\/sec/ {printf "%.0f", $2}')")
    p99+=("$(ms "$(echo "$result" | awk '$1=="99%" {print $2}')")")
    max+=("$(ms "$(echo "$result" | awk '/Latency/ {print $4}')")")
    echo "  window $w: ${rps[-1]}/s p99 ${p99[-1]} ms max ${max[-1]} ms"
  done
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$PID/status")
  stop
  cp "$WORK/gc-$name.log" "$OUT/collectors-$STAMP-gc-$name.log"
  printf '| %s | `%s` | %s | %s ms | %s ms | %s| %s| %s MB |\n' "$name" "$flags" "$(range "${rps[@]}")" \
    "$(range "${p99[@]}")" "$(range "${max[@]}")" "$(longest "$WORK/gc-$name.log" 'Full|Remark|Cleanup|Old' 3)" \
    "$(longest "$WORK/gc-$name.log" 'Young' 3)" "$rss" >>"$WORK/table"
done
{
  cat "$WORK/table"
  echo
  echo "Page: $URL at $REQUESTS requests ($PROVIDERS providers). Load: wrk -t1 -c$CONNECTIONS; ${WARMUP} s of the queue and ${WARMUP} s of the page after each start, then $WINDOWS windows of $DURATION s."
  echo "Database: PostgreSQL $(psql -X -At -c 'show server_version' | awk '{print $1}'). Machine: $(nproc) cores; $("$JAVA" -version 2>&1 | head -1)."
  echo "Other JVM flags: ${JVM_FLAGS[*]}"
  echo "Command: \`bench/collectors.sh '$URL' $WINDOWS $DURATION $REQUESTS\`"
} | tee "$REPORT"
