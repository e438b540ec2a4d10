#!/usr/bin/env bash
# Compares two builds on one signed-in page, side by side: both run at once on PostgreSQL (each its own database and
# data folder, seeded alike through Tandem's own services), and the page is measured on each in turn, round after
# round, so that the host's noise falls on both alike. Besides requests/s and latency it reports the CPU time Tandem
# spent per request (from /proc), which moves less with the host's load than throughput does.
# Usage: bench/compare-page.sh <jar-a> <jar-b> [url] [rounds] [requests]
#   e.g. bench/compare-page.sh /tmp/before.jar target/tandem.jar /staff/requests 4 1000
#   url: a staff page (the demo staff member's session) or /api/... (a token with requests, providers and handoffs read)
# Environment: BENCH_ARGS_A, BENCH_ARGS_B (more arguments for one side's Tandem, e.g. a setting to compare on the
#   same jar: BENCH_ARGS_B=--spring.thymeleaf.enable-spring-el-compiler=true), BENCH_JAVA_OPTS_A, BENCH_JAVA_OPTS_B
#   (more JVM flags for one side, e.g. BENCH_JAVA_OPTS_B=-Dspring.aot.enabled=true on a jar built with -Paot),
#   BENCH_WARMUP (seconds before each measure, 10), BENCH_DURATION (seconds measured, 15),
#   BENCH_CONNECTIONS (16), BENCH_PROVIDERS (500), BENCH_POSTGRES_URL (as bench/lists.sh; the databases
#   tandem_compare_a and tandem_compare_b are created afresh and dropped at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR_A="${1:?jar a}"
JAR_B="${2:?jar b}"
URL="${3:-/staff/requests}"
ROUNDS="${4:-4}"
REQUESTS="${5:-1000}"
WARMUP="${BENCH_WARMUP:-10}"
DURATION="${BENCH_DURATION:-15}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
PROVIDERS="${BENCH_PROVIDERS:-500}"
PG_URL="${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
WORK="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
. bench/postgres.sh
declare -A PIDS PORTS=([a]=18191 [b]=18192) JARS=([a]="$JAR_A" [b]="$JAR_B") ARGS=([a]="${BENCH_ARGS_A:-}" [b]="${BENCH_ARGS_B:-}")
declare -A JAVA_OPTS=([a]="${BENCH_JAVA_OPTS_A:-}" [b]="${BENCH_JAVA_OPTS_B:-}")
cleanup() {
  for side in a b; do [ -z "${PIDS[$side]:-}" ] || kill "${PIDS[$side]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bench_postgres_drop tandem_compare_a; bench_postgres_drop tandem_compare_b
  rm -rf "$WORK"
}
trap cleanup EXIT
# The production JVM flags (scripts/production.jvmflags), without the AOT cache.
read -r -d "" -a JVM_FLAGS < <(sed "s/#.*//" scripts/production.jvmflags) || true
for side in a b; do
  bench_postgres "$PG_URL" "tandem_compare_$side"
  touch "$WORK/$side.log"
  env TANDEM_DATA_DIR="$WORK/data-$side" TANDEM_DEMO=true "${DB_ENV[@]}" "$JAVA" "${JVM_FLAGS[@]}" ${JAVA_OPTS[$side]} \
    -Dserver.port="${PORTS[$side]}" -jar "${JARS[$side]}" --tandem.seed.requests="$REQUESTS" \
    --tandem.seed.providers="$PROVIDERS" ${ARGS[$side]} >>"$WORK/$side.log" 2>&1 &
  PIDS[$side]=$!
done
for side in a b; do
  bench_seeded "$WORK/$side.log" "${PIDS[$side]}" "$side"
  bench_staff_session "http://127.0.0.1:${PORTS[$side]}" "$WORK/$side.log" requests:read,providers:read,handoffs:read \
    >"$WORK/session-$side.env"
done
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
measure() { # $1 = side
  local side="$1" SESSION_COOKIE API_TOKEN header base result before after count
  eval "$(cat "$WORK/session-$side.env")"
  header="Cookie: $SESSION_COOKIE"
  [[ "$URL" == /api/* ]] && header="Authorization: Bearer $API_TOKEN"
  base="http://127.0.0.1:${PORTS[$side]}"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$base$URL")
  [ "$status" = 200 ] || { echo "$URL answered $status on $side" >&2; exit 1; }
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -H "$header" "$base$URL" >/dev/null
  before=$(cpu_ticks "${PIDS[$side]}")
  result=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$header" "$base$URL")
  after=$(cpu_ticks "${PIDS[$side]}")
  ! echo "$result" | grep -q "Non-2xx" || { echo "$URL: answers that were not 2xx on $side" >&2; exit 1; }
  count=$(echo "$result" | awk '/requests in/ {print $1}')
  echo "$result" | awk -v n="$count" -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" -v side="$side" \
    -v round="$round" '/Requests\/sec/ {rps = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
    END {printf "| %s | %s | %.0f | %s | %s | %.2f ms |\n", round, side, rps, p50, p99, ticks * 1000 / hz / n}'
}
echo "| round | build | requests/s | p50 | p99 | Tandem's CPU per request |"
echo "|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do measure a; measure b; done
echo
echo "a: ${JAVA_OPTS[a]:+${JAVA_OPTS[a]} }$JAR_A ${ARGS[a]}; b: ${JAVA_OPTS[b]:+${JAVA_OPTS[b]} }$JAR_B ${ARGS[b]}; $URL at $REQUESTS requests and $PROVIDERS providers, wrk -t1 -c$CONNECTIONS, ${WARMUP} s of warm-up and ${DURATION} s measured per turn."
echo "Machine: $(nproc) cores; $("$JAVA" -version 2>&1 | head -1); PostgreSQL $(psql -X -At -c 'show server_version' | awk '{print $1}')."
