#!/usr/bin/env bash
# Compares JVM settings on memory and full collections under the staff lists' load: one Tandem per variant runs at
# the same time with the README's production launch (Spring AOT, the trained AOT cache, the recommended flags) and
# the variant's own flags after them, each on its own PostgreSQL database seeded alike through Tandem's own services,
# and a mix of staff pages, API lists and public pages is loaded on each variant in turn. For each variant it reports
# the resident size after the load and after 10 s idle, where the resident memory is (from /proc/<pid>/smaps), the
# full collections while the load ran (from the GC log), the heap still in use after a full collection, and each
# page's requests/s and p99 in each round.
# Usage: bench/memory.sh variant...        a variant is name=flags, e.g.
#   bench/memory.sh plain= small="-Xms112m -Xmx112m -Xmn40m" codecache=-XX:ReservedCodeCacheSize=64m
#   Results: bench/results/memory-<date>.md, with each variant's application and GC logs beside it.
# Environment: BENCH_ENV_<name> (environment for one variant, space-separated VAR=value, e.g.
#   BENCH_ENV_arena=MALLOC_ARENA_MAX=2), BENCH_REQUESTS (1000), BENCH_PROVIDERS (500), BENCH_SECONDS (per page and
#   variant, 8), BENCH_ROUNDS (2), BENCH_CONNECTIONS (16), BENCH_PORT (18301 and on), BENCH_HISTOGRAM=1 for the largest
#   classes of each heap after the full collection, BENCH_SKIP_BUILD=1 to use target/tandem.jar as built with -Paot,
#   BENCH_POSTGRES_URL (as bench/lists.sh; the databases tandem_bench_memory_<name> are created afresh and dropped).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$#" -gt 0 ] || { echo "usage: $0 name=flags ..." >&2; exit 1; }
REQUESTS="${BENCH_REQUESTS:-1000}"
PROVIDERS="${BENCH_PROVIDERS:-500}"
SECONDS_PER_PAGE="${BENCH_SECONDS:-8}"
ROUNDS="${BENCH_ROUNDS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
PORT="${BENCH_PORT:-18301}"
PG_URL="${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
JCMD="$JAVA_HOME/bin/jcmd"
OUT="bench/results"
STAMP="$(date -u +%Y-%m-%dT%H%M)"
WORK="$(mktemp -d)"
COMMAND="$(env | grep -E '^BENCH_' | sort | tr '\n' ' ' || true)bench/memory.sh $(printf '%q ' "$@")"
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
. bench/postgres.sh

NAMES=()
declare -A FLAGS PID BASE COOKIE TOKEN RPS RSS IDLE SMAPS FULL LIVE START
for variant in "$@"; do
  name="${variant%%=*}"
  [[ "$name" =~ ^[a-z0-9_]+$ ]] || { echo "a variant's name is lower-case letters, digits and _: $name" >&2; exit 1; }
  NAMES+=("$name")
  FLAGS[$name]="${variant#*=}"
done
cleanup() {
  for name in "${NAMES[@]}"; do
    [ -z "${PID[$name]:-}" ] || kill "${PID[$name]}" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  for name in "${NAMES[@]}"; do bench_postgres_drop "tandem_bench_memory_$name"; done
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "building the jar with Spring AOT"
  ./mvnw -B -q -ntp -Paot -DskipTests package
fi
# The production JVM flags (scripts/production.jvmflags) and the README's launch (bench/lists.sh with
# BENCH_LAUNCH=production).
read -r -d "" -a JVM_FLAGS < <(sed "s/#.*//" scripts/production.jvmflags) || true
. bench/aot.sh
bench_production_app "$WORK" "${JVM_FLAGS[@]}"

port="$PORT"
for name in "${NAMES[@]}"; do
  bench_postgres "$PG_URL" "tandem_bench_memory_$name"
  read -r -a extra <<<"${FLAGS[$name]}"
  envname="BENCH_ENV_$name"
  read -r -a variant_env <<<"${!envname:-}"
  env TANDEM_DATA_DIR="$WORK/data-$name" TANDEM_DEMO=true "${DB_ENV[@]}" ${variant_env[@]+"${variant_env[@]}"} \
    "$JAVA" "${JVM_FLAGS[@]}" ${extra[@]+"${extra[@]}"} -Xlog:gc:file="$WORK/gc-$name.log" \
    "${AOT_FLAGS[@]}" -Dserver.port="$port" -jar "$APP_JAR" \
    --tandem.seed.requests="$REQUESTS" --tandem.seed.providers="$PROVIDERS" >"$WORK/app-$name.log" 2>&1 &
  PID[$name]=$!
  BASE[$name]="http://127.0.0.1:$port"
  port=$((port + 1))
done
for name in "${NAMES[@]}"; do
  bench_seeded "$WORK/app-$name.log" "${PID[$name]}" "$name"
  eval "$(bench_staff_session "${BASE[$name]}" "$WORK/app-$name.log" requests:read,providers:read,handoffs:read)"
  COOKIE[$name]="$SESSION_COOKIE"
  TOKEN[$name]="$API_TOKEN"
done

uptime_s() { "$JCMD" "$1" VM.uptime | awk 'NR == 2 {printf "%.0f", $1}'; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
for name in "${NAMES[@]}"; do START[$name]=$(uptime_s "${PID[$name]}"); done
PAGES=(/staff/requests "/staff/requests?sort=NEWEST" "/staff/requests?country=KE" "/staff/requests?language=ar"
  /dashboard /staff/providers /staff/handoffs /api/v1/requests /api/v1/providers / /request)
echo "loading each page on every variant in turn, $ROUNDS rounds"
for round in $(seq 1 "$ROUNDS"); do
  for page in "${PAGES[@]}"; do
    for name in "${NAMES[@]}"; do
      if [[ "$page" == /api/* ]]; then header="Authorization: Bearer ${TOKEN[$name]}"; else header="Cookie: ${COOKIE[$name]}"; fi
      rps=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" --latency -H "$header" "${BASE[$name]}$page" |
        awk '/Requests\/sec/ {r = sprintf("%.0f", $2)} $1 == "99%" {p = $2} END {print r " · " p}')
      RPS["$name|$page"]="${RPS["$name|$page"]:+${RPS["$name|$page"]}, }$rps"
    done
  done
done
for name in "${NAMES[@]}"; do RSS[$name]=$(rss_mb "${PID[$name]}"); done
sleep 10
for name in "${NAMES[@]}"; do
  pid="${PID[$name]}"
  IDLE[$name]=$(rss_mb "$pid")
  SMAPS[$name]=$(python3 - "$pid" <<'PY'
import collections, re, sys
rss = collections.Counter()
where = None
for line in open(f"/proc/{sys.argv[1]}/smaps"):
    if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
        parts = line.split()
        where = parts[5].rsplit("/", 1)[-1] if len(parts) > 5 else "anonymous"
    elif line.startswith("Rss:"):
        rss[where] += int(line.split()[1])
print(", ".join(f"{name} {kb / 1024:.0f}" for name, kb in rss.most_common(4)))
PY
)
  FULL[$name]=$(awk -v from="${START[$name]}" -F'[][]' '/Pause Full/ && !/Diagnostic|Inspection/ {
      t = $2 + 0; if (t < from) next; ms = $0; sub(/.* /, "", ms); sub(/ms$/, "", ms); n++; sum += ms; if (ms > max) max = ms }
    END { if (n) printf "%d, %.1f s in all, the longest %.0f ms", n, sum / 1000, max; else printf "none" }' "$WORK/gc-$name.log")
  "$JCMD" "$pid" GC.run >/dev/null
  LIVE[$name]=$("$JCMD" "$pid" GC.heap_info | awk '/Tenured/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.1f", v / 1024}}')
  if [ -n "${BENCH_HISTOGRAM:-}" ]; then "$JCMD" "$pid" GC.class_histogram | sed -n 1,15p >"$WORK/histogram-$name.txt"; fi
done

REPORT="$OUT/memory-$STAMP.md"
for name in "${NAMES[@]}"; do
  cp "$WORK/app-$name.log" "$OUT/memory-$STAMP-$name.log"
  cp "$WORK/gc-$name.log" "$OUT/memory-$STAMP-$name-gc.log"
  [ ! -f "$WORK/histogram-$name.txt" ] || cp "$WORK/histogram-$name.txt" "$OUT/memory-$STAMP-$name-histogram.txt"
done
{
  echo "| variant | flags | RSS after the load | after 10 s idle | resident (MB) | full collections under the load | old generation in use after a full collection |"
  echo "|---|---|---|---|---|---|---|"
  for name in "${NAMES[@]}"; do
    echo "| $name | \`${FLAGS[$name]:-none}\` | ${RSS[$name]} MB | ${IDLE[$name]} MB | ${SMAPS[$name]} | ${FULL[$name]} | ${LIVE[$name]} MB |"
  done
  echo
  printf '| page (requests/s · p99, per round) |'; for name in "${NAMES[@]}"; do printf ' %s |' "$name"; done; echo
  printf '|---|'; for _ in "${NAMES[@]}"; do printf -- '---|'; done; echo
  for page in "${PAGES[@]}"; do
    printf '| `%s` |' "$page"; for name in "${NAMES[@]}"; do printf ' %s |' "${RPS["$name|$page"]}"; done; echo
  done
  echo
  for name in "${NAMES[@]}"; do
    envname="BENCH_ENV_$name"; [ -z "${!envname:-}" ] || echo "Environment of $name: ${!envname}."
  done
  echo "At $REQUESTS requests and $PROVIDERS providers each; wrk -t1 -c$CONNECTIONS, $SECONDS_PER_PAGE s per page and variant in turn, $ROUNDS rounds."
  echo "Database: PostgreSQL $(psql -X -At -c 'show server_version' | awk '{print $1}'). Machine: $(nproc) cores; $("$JAVA" -version 2>&1 | head -1)."
  echo "JVM flags before each variant's: ${JVM_FLAGS[*]}; the AOT cache trained with them."
  echo "Command: \`$COMMAND\`"
} | tee "$REPORT"
