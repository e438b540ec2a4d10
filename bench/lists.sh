#!/usr/bin/env bash
# Measures the staff lists as requests pile up: the triage queue with every sort and filter, its next page, the
# provider directory, the staff overview and every list in the JSON API (a language no seeded request is in among
# them: the filter then finds nothing). One Tandem per size runs at the same time, each on its own PostgreSQL
# database, and every list is measured on each size in turn (the order alternating from list to list), so that the
# host's noise falls on all sizes alike and the ratios hold on a noisy machine. Requests and providers are seeded
# through Tandem's own services (tandem.seed.*: made up, sealed as in production, statuses mixed as staff would leave
# them); the handoffs and the provider lists do not grow with the requests and show what the host's noise alone does.
# Usage: bench/lists.sh [seconds-per-url] [sizes...]        e.g. bench/lists.sh 10 1000 10000 100000
#   Results: bench/results/lists-<date>.md, with each size's application log beside it: per list and size, requests/s,
#   p99 and the rows the page shows, and the change to the largest size from the smallest and from the one before it.
#   With BENCH_ROUNDS=n (1) every list is measured n times on every size, a round after another, and the report gives
#   each list's median requests/s and median p99 over the rounds, with its worst p99 beside it: one measurement of 10 s
#   on a shared host can be 30 % off for a list that does not depend on the size at all. With BENCH_ONLY=<regex> only
#   the lists whose label (the url, the next page's cursor written <next>) matches it are warmed and measured.
# Environment: BENCH_PORT (18083; the sizes take it and the ports after it), BENCH_WARMUP (seconds per url, 5),
#   BENCH_CONNECTIONS (16), BENCH_PROVIDERS (500), BENCH_POSTGRES_URL (jdbc:postgresql://127.0.0.1:5432/postgres?user=
#   postgres; the databases tandem_bench_lists_<size> are dropped and created afresh, and dropped at the end unless
#   BENCH_KEEP=1), BENCH_SKIP_BUILD=1 to use target/tandem.jar, BENCH_JAVA_OPTS (more JVM flags, split on spaces; with
#   -XX:NativeMemoryTracking=summary the report carries the JVM's own account of its memory after the load),
#   BENCH_LAUNCH=production for the README's recommended launch (the jar built with Spring AOT, extracted, its AOT
#   cache trained by scripts/train-aot-cache.sh with the same flags) instead of a plain `java -jar`.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-15}"
shift || true
SIZES=("$@")
[ "${#SIZES[@]}" -gt 0 ] || SIZES=(1000 100000)
PORT="${BENCH_PORT:-18083}"
WARMUP="${BENCH_WARMUP:-5}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
ROUNDS="${BENCH_ROUNDS:-1}"
ONLY="${BENCH_ONLY:-}"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_ROUNDS is a whole number, 1 or more" >&2; exit 1; }
PROVIDERS="${BENCH_PROVIDERS:-500}"
PG_URL="${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
BASE="http://127.0.0.1:$PORT"
OUT="bench/results"
WORK="$(mktemp -d)"
STAMP="$(date -u +%Y-%m-%dT%H%M)"
COMMAND="$(env | grep -E '^BENCH_' | sort | tr '\n' ' ' || true)bench/lists.sh $DURATION ${SIZES[*]}"
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }

. bench/postgres.sh
declare -A PID DBENV
for size in "${SIZES[@]}"; do
  bench_postgres "$PG_URL" "tandem_bench_lists_$size"
  DBENV[$size]="$(printf '%q ' "${DB_ENV[@]}")"
done
hostport="${PGHOST}:${PGPORT}"

cleanup() {
  for size in "${SIZES[@]}"; do
    if [ "${PID[$size]:-0}" -gt 0 ]; then kill "${PID[$size]}" 2>/dev/null || true; wait "${PID[$size]}" 2>/dev/null || true; fi
    [ -n "${BENCH_KEEP:-}" ] || bench_postgres_drop "tandem_bench_lists_$size"
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

LAUNCH="${BENCH_LAUNCH:-plain}"
case "$LAUNCH" in plain|production) ;; *) echo "BENCH_LAUNCH is plain or production" >&2; exit 1 ;; esac
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "building the jar"
  if [ "$LAUNCH" = production ]; then ./mvnw -B -q -ntp -Paot -DskipTests package; else ./mvnw -B -q -ntp -DskipTests package; fi
fi

# The production JVM flags (scripts/production.jvmflags).
read -r -d "" -a JVM_FLAGS < <(sed "s/#.*//" scripts/production.jvmflags) || true
read -r -a EXTRA_FLAGS <<<"${BENCH_JAVA_OPTS:-}"
JVM_FLAGS+=(${EXTRA_FLAGS[@]+"${EXTRA_FLAGS[@]}"})
JAR=target/tandem.jar
LAUNCH_FLAGS=()
if [ "$LAUNCH" = production ]; then # as the README's "Running in production": extracted, with the trained AOT cache
  . bench/aot.sh
  bench_production_app "$WORK" "${JVM_FLAGS[@]}"
  JAR="$APP_JAR"
  LAUNCH_FLAGS=("${AOT_FLAGS[@]}")
fi

start() { # $1 = requests to hold, $2 = port; the seeding runs once the server is up
  local log="$WORK/app-$1.log"
  touch "$log"
  eval "env TANDEM_DATA_DIR=$WORK/data-$1 TANDEM_DEMO=true ${DBENV[$1]}" '"$JAVA" "${JVM_FLAGS[@]}" \
    ${LAUNCH_FLAGS[@]+"${LAUNCH_FLAGS[@]}"} -Dserver.port="$2" -jar "$JAR" --tandem.seed.requests="$1" \
    --tandem.seed.providers="$PROVIDERS" >>"$log" 2>&1 &'
  PID[$1]=$!
}
seeded() { # $1 = size: waits until its seeding is done, and says what it seeded
  local log="$WORK/app-$1.log"
  bench_seeded "$log" "${PID[$1]}" "$1"
  grep -E "Seeded [0-9]+ (requests|providers)" "$log" | grep -v " of " | sed "s/^.*Seeded/  $1: seeded/" || true
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

declare -A RPS P99 P99_WORST ROWS RSS NMT BASE COOKIE TOKEN NEXT STORED RPS_ALL P99_ALL
ms() { # wrk's latency (850.00us, 65.23ms, 1.02s, 1.50m) in milliseconds
  echo "$1" | awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v = v; else if ($1 ~ /m$/) v *= 60000;
    else if ($1 ~ /s$/) v *= 1000; printf "%.1f", v }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
label() { echo "$1" | sed -E 's/after=[A-Za-z0-9_-]*/after=<next>/'; }
wanted() { [ -z "$ONLY" ] || [[ "$1" =~ $ONLY ]]; } # $1 = a list's label: whether BENCH_ONLY lets it be measured
urls() { # $1 = size: its lists, with the next page of its default queue (from the API's cursor)
  local next="${NEXT[$1]:-}"
  printf '%s\n' /staff/requests "/staff/requests?after=$next" "/staff/requests?sort=OLDEST" "/staff/requests?sort=NEWEST" \
    "/staff/requests?sort=UPDATED" "/staff/requests?status=NEW" "/staff/requests?status=DECLINED&sort=NEWEST" \
    "/staff/requests?urgency=EMERGENCY" "/staff/requests?assigned=NOBODY" "/staff/requests?assigned=ME" \
    "/staff/requests?country=KE" "/staff/requests?country=IS" "/staff/requests?country=KE&sort=NEWEST" \
    "/staff/requests?language=ar" "/staff/requests?language=sw" "/staff/requests?approach=COHORT" \
    "/staff/requests?age=30&sort=OLDEST" /dashboard /staff/providers "/staff/providers?status=VETTED" /staff/handoffs \
    /api/v1/requests "/api/v1/requests?after=$next" "/api/v1/requests?status=DECLINED&sort=UPDATED" \
    "/api/v1/requests?country=KE&sort=NEWEST" "/api/v1/requests?language=sw" /api/v1/providers /api/v1/handoffs
}
auth() { # $1 = size, $2 = url: the header that signs the request in (a token for the API, the session otherwise)
  if [[ "$2" == /api/* ]]; then echo "Authorization: Bearer ${TOKEN[$1]}"; else echo "Cookie: ${COOKIE[$1]}"; fi
}
measure() { # $1 = size, $2 = url: one list on one size
  local size="$1" url="$2" key header status result non2xx
  key="$size|$(label "$url")"
  header="$(auth "$size" "$url")"
  status=$(curl -s -o "$WORK/page" -w '%{http_code}' -H "$header" "${BASE[$size]}$url")
  [ "$status" = 200 ] || { echo "$url answered $status at $size" >&2; exit 1; }
  # the rows the page shows: a filter that finds fewer than a page at the small size renders less there
  ROWS["$key"]=$(python3 - "$WORK/page" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
try:
    body = json.loads(text)
    lists = [v for v in body.values() if isinstance(v, list)] if isinstance(body, dict) else [body]
    print(len(lists[0]) if lists and isinstance(lists[0], list) else "")
except ValueError:
    print(sum(len(re.findall(r"<tr[\s>]", part)) for part in re.findall(r"<tbody.*?</tbody>", text, re.S)))
PY
)
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -H "$header" "${BASE[$size]}$url" >/dev/null
  result=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$header" "${BASE[$size]}$url")
  RPS["$key"]=$(echo "$result" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  P99["$key"]=$(echo "$result" | awk '$1=="99%" {print $2}')
  RPS_ALL["$key"]+="${RPS["$key"]} "
  P99_ALL["$key"]+="$(ms "${P99["$key"]}") "
  non2xx=$(echo "$result" | grep -oE 'Non-2xx or 3xx responses: [0-9]+' | grep -oE '[0-9]+$' || true)
  [ -z "$non2xx" ] || { echo "$url: $non2xx answers were not 2xx at $size" >&2; exit 1; }
}

# the lists' labels (a cursor written <next>, so they do not depend on one): a pattern that matches none fails here
mapfile -t LABELS < <(urls "${SIZES[0]}" | while read -r url; do label "$url"; done)
[ -z "$ONLY" ] || printf '%s\n' "${LABELS[@]}" | grep -qE -- "$ONLY" || { echo "BENCH_ONLY matches no list" >&2; exit 1; }
echo "seeding ${SIZES[*]} requests and $PROVIDERS providers, one Tandem per size"
port="$PORT"
for size in "${SIZES[@]}"; do
  BASE[$size]="http://127.0.0.1:$port"
  start "$size" "$port"
  port=$((port + 1))
done
for size in "${SIZES[@]}"; do
  seeded "$size"
  eval "$(bench_staff_session "${BASE[$size]}" "$WORK/app-$size.log" requests:read,providers:read,handoffs:read)"
  COOKIE[$size]="$SESSION_COOKIE"
  TOKEN[$size]="$API_TOKEN"
  NEXT[$size]=$(curl -s -H "Authorization: Bearer $API_TOKEN" "${BASE[$size]}/api/v1/requests" | python3 -c \
    'import json,sys; print(json.load(sys.stdin).get("next") or "")')
  db="tandem_bench_lists_$size"
  STORED[$size]="$(psql -X -At -d "$db" -c "select count(*) from help_request") requests, $(psql -X -At -d "$db" -c "select count(*) from help_request where in_queue") open"
  echo "  $size: ${STORED[$size]}"
done
# the JIT's warm-up once every size is seeded (a size that waited idle for a larger one's seeding started its first
# lists with colder code: +67 % and +72 % at 100,000 for the first two lists in the run of 2026-12-06), on the queue
# and then on every list (with 20 s on the queue alone, the queue's first list was still measured at half the
# throughput of its next page in the run of 2026-12-07)
for size in "${SIZES[@]}"; do
  wrk -t1 -c"$CONNECTIONS" -d"$((WARMUP * 4))s" -H "Cookie: ${COOKIE[$size]}" "${BASE[$size]}/staff/requests" >/dev/null
done
for size in "${SIZES[@]}"; do
  while read -r url; do
    wanted "$(label "$url")" || continue
    header="$(auth "$size" "$url")"
    wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -H "$header" "${BASE[$size]}$url" >/dev/null
  done < <(urls "$size")
done

echo "measuring each list on every size in turn$([ "$ROUNDS" -eq 1 ] || echo ", $ROUNDS rounds")"
for ((round = 1; round <= ROUNDS; round++)); do
  [ "$ROUNDS" -eq 1 ] || echo " round $round"
  for i in "${!LABELS[@]}"; do
    wanted "${LABELS[$i]}" || continue
    order=("${SIZES[@]}")
    if [ $(((i + round) % 2)) -eq 0 ]; then # every other list (and round) the other way round: no size always first
      order=(); for ((k = ${#SIZES[@]} - 1; k >= 0; k--)); do order+=("${SIZES[$k]}"); done
    fi
    line="$(printf '  %s %-52s' "$(date -u +%T)" "${LABELS[$i]}")" # when its first measurement began, for the logs
    for size in "${order[@]}"; do
      url=$(urls "$size" | sed -n "$((i + 1))p")
      measure "$size" "$url"
    done
    for size in "${SIZES[@]}"; do line+="$(printf ' %8s %6s/s p99 %-9s %4s rows' "$size:" "${RPS["$size|${LABELS[$i]}"]}" "${P99["$size|${LABELS[$i]}"]}" "${ROWS["$size|${LABELS[$i]}"]}")"; done
    echo "$line"
  done
done
for key in "${!RPS_ALL[@]}"; do # over the rounds: the median requests/s and p99, and the worst p99
  read -r -a values <<<"${RPS_ALL[$key]}"
  RPS["$key"]=$(median "${values[@]}" | awk '{printf "%.0f", $1}')
  read -r -a values <<<"${P99_ALL[$key]}"
  P99["$key"]="$(median "${values[@]}")ms"
  P99_WORST["$key"]="$(printf '%s\n' "${values[@]}" | sort -n | tail -1)ms"
done
for size in "${SIZES[@]}"; do
  RSS[$size]=$(rss_mb "${PID[$size]}")
  if [[ " ${JVM_FLAGS[*]} " == *" -XX:NativeMemoryTracking="* ]]; then
    NMT[$size]=$("$JAVA_HOME/bin/jcmd" "${PID[$size]}" VM.native_memory summary scale=MB 2>/dev/null |
      grep -E '^(Total|-? *[A-Z][A-Za-z ]+ \(reserved)' | sed 's/^-* *//' | tr '\n' ';' || true)
  fi
done

REPORT="$OUT/lists-$STAMP.md"
for size in "${SIZES[@]}"; do cp "$WORK/app-$size.log" "$OUT/lists-$STAMP-$size.log"; done
{
  # the change to the largest size from the smallest, and (with three sizes or more) from the one before it: a
  # filter that fills a page only from the middle size on is compared on equal pages there
  FROM=("${SIZES[0]}"); [ "${#SIZES[@]}" -lt 3 ] || FROM+=("${SIZES[-2]}")
  printf '| list |'; for s in "${SIZES[@]}"; do printf ' %s: req/s | p99 | rows |' "$s"; done
  for f in "${FROM[@]}"; do printf ' %s → %s |' "$f" "${SIZES[-1]}"; done; echo
  printf '|---|'; for _ in "${SIZES[@]}"; do printf -- '---|---|---|'; done; for _ in "${FROM[@]}"; do printf -- '---|'; done; echo
  for name in "${LABELS[@]}"; do
    wanted "$name" || continue
    printf '| `%s` |' "$name"
    for s in "${SIZES[@]}"; do
      p99="${P99["$s|$name"]:-?}"; [ "$ROUNDS" -eq 1 ] || p99+=" (${P99_WORST["$s|$name"]:-?})"
      printf ' %s | %s | %s |' "${RPS["$s|$name"]:-?}" "$p99" "${ROWS["$s|$name"]:-}"
    done
    for f in "${FROM[@]}"; do
      awk -v a="${RPS["$f|$name"]:-0}" -v b="${RPS["${SIZES[-1]}|$name"]:-0}" \
        'BEGIN { if (a > 0) printf " %+.0f %% |", (b - a) * 100 / a; else printf " ? |" }'
    done
    echo
  done
  echo
  for size in "${SIZES[@]}"; do echo "At $size: ${STORED[$size]}, RSS after the whole load ${RSS[$size]} MB."; done
  for s in "${SIZES[@]}"; do [ -z "${NMT[$s]:-}" ] || echo "JVM's own account at $s (MB): ${NMT[$s]}"; done
  echo "Providers: $PROVIDERS seeded. Load: wrk -t1 -c$CONNECTIONS, ${WARMUP} s of warm-up and ${DURATION} s measured per list and size, the sizes in turn (alternating order), one Tandem per size running at once."
  [ "$ROUNDS" -eq 1 ] || echo "Rounds: $ROUNDS; requests/s and p99 are the medians over the rounds, the worst p99 in brackets."
  echo "Database: PostgreSQL $(psql -X -At -c 'show server_version' | awk '{print $1}') at $hostport, autovacuum $(psql -X -At -c 'show autovacuum')."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $("$JAVA" -version 2>&1 | head -1)."
  echo "JVM flags: ${JVM_FLAGS[*]}"
  echo "Launch: $LAUNCH${LAUNCH_FLAGS[*]:+ (${LAUNCH_FLAGS[*]})}."
  echo "Command: \`$COMMAND\`"
} | tee "$REPORT"
