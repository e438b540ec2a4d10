#!/usr/bin/env bash
# Measures the public intake pages on this machine: requests per second with latency percentiles for sending the
# request form (POST /request, each with a fresh nonce) and for reading unlocked status pages (GET
# /request/status/<token>), wrk with 64 connections, after a warm-up. Then counts the stored requests in the database,
# so that no acknowledged request was lost.
# Usage: bench/intake.sh [seconds-of-load-per-page] [h2|postgres]     Results: bench/results/intake-<db>-<date>.md
#   (and the application log beside it, intake-<db>-<date>.log)
# Environment: BENCH_PORT (18081), BENCH_WARMUP (seconds of warm-up load per page, 60),
#   BENCH_POSTGRES_URL (jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres), a server on which the database
#   BENCH_DATABASE (tandem_bench) is dropped and created afresh for each run, and dropped again at the end;
#   BENCH_JFR (a file: a flight recording of the whole run is written there, with JFR's "profile" settings).
#   BENCH_JAVA_OPTS (more JVM flags, e.g. -XX:NativeMemoryTracking=summary for the JVM's own account of its memory),
#   BENCH_HISTOGRAM=1 (the report ends with the largest classes of the heap after a full collection at the end; the
#   whole histogram is kept beside it, intake-<db>-<date>-histogram.txt),
#   BENCH_LAUNCH=production for the README's recommended launch (the jar built with Spring AOT, extracted, its AOT
#   cache trained by scripts/train-aot-cache.sh with the same flags) instead of a plain `java -jar`,
#   TANDEM_WORKER_THREADS (request threads, read by Tandem itself), BENCH_SKIP_BUILD=1 to use target/tandem.jar as it
#   is (built with -Paot for the production launch).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
DB="${2:-h2}"
PORT="${BENCH_PORT:-18081}"
WARMUP="${BENCH_WARMUP:-60}"
PG_URL="${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
STATUS_PAGES=20
BENCH_DB="${BENCH_DATABASE:-tandem_bench}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
BASE="http://127.0.0.1:$PORT"
OUT="bench/results"
WORK="$(mktemp -d)"
COMMAND="$(env | grep -E '^(BENCH_(LAUNCH|HISTOGRAM|SKIP_BUILD|PORT|WARMUP|POSTGRES_URL|DATABASE|JFR|JAVA_OPTS)|TANDEM_WORKER_THREADS)=' | sort | tr '\n' ' ' || true)bench/intake.sh $*"
mkdir -p "$OUT"
PID=0
case "$DB" in h2 | postgres) ;; *) echo "usage: bench/intake.sh [seconds] [h2|postgres]" >&2; exit 2 ;; esac

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

# The production JVM flags (scripts/production.jvmflags).
read -r -d "" -a JVM_FLAGS < <(sed "s/#.*//" scripts/production.jvmflags) || true
# More flags to try (BENCH_JAVA_OPTS, split on spaces), e.g. -XX:NativeMemoryTracking=summary: the report then
# carries the JVM's own account of its memory after the load.
read -r -a EXTRA_FLAGS <<<"${BENCH_JAVA_OPTS:-}"
JVM_FLAGS+=(${EXTRA_FLAGS[@]+"${EXTRA_FLAGS[@]}"})
LAUNCH="${BENCH_LAUNCH:-plain}"
case "$LAUNCH" in plain|production) ;; *) echo "BENCH_LAUNCH is plain or production" >&2; exit 1 ;; esac
# All load comes from one address: lift the public pages' per-address limits, and keep status pages open for the
# whole run (the cookie's expiry is fixed when the code is given; wrk does not pick up the renewed one).
APP_ARGS=(--tandem.intake.submissions-per-hour=100000000 --tandem.intake.code-attempts-per-hour=100000000
  --tandem.intake.messages-per-hour=100000000 --tandem.intake.status-session=24h)

if [ "$DB" = postgres ]; then
  . bench/postgres.sh
  bench_postgres "$PG_URL" $BENCH_DB
else
  DB_ENV=()
fi

cleanup() {
  if [ "$PID" -gt 0 ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi # never kill 0
  if [ "$DB" = postgres ]; then bench_postgres_drop $BENCH_DB; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "building the jar"
  if [ "$LAUNCH" = production ]; then ./mvnw -B -q -ntp -Paot -DskipTests package; else ./mvnw -B -q -ntp -DskipTests package; fi
fi
JAR=target/tandem.jar
LAUNCH_FLAGS=()
if [ "$LAUNCH" = production ]; then # as the README's "Running in production": extracted, with the trained AOT cache
  . bench/aot.sh
  bench_production_app "$WORK" "${JVM_FLAGS[@]}"
  JAR="$APP_JAR"
  LAUNCH_FLAGS=("${AOT_FLAGS[@]}")
fi
[ -n "${BENCH_JFR:-}" ] && JVM_FLAGS+=("-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile")

echo "starting Tandem on port $PORT with $DB ($LAUNCH launch)"
env TANDEM_DATA_DIR="$WORK/data" ${DB_ENV[@]+"${DB_ENV[@]}"} "$JAVA" "${JVM_FLAGS[@]}" \
  ${LAUNCH_FLAGS[@]+"${LAUNCH_FLAGS[@]}"} -Dserver.port="$PORT" -jar "$JAR" "${APP_ARGS[@]}" >"$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  grep -q "Started TandemApplication" "$WORK/app.log" && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.1
done
grep -q "Started TandemApplication" "$WORK/app.log" || { echo "Tandem did not start:" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }

# One visit to the form gives the CSRF cookie and a masked token that stays valid with it.
curl -sf -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/request" -o "$WORK/form.html"
csrf_token() { grep -oE 'name="_csrf" value="[^"]+"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
export BENCH_CSRF_TOKEN="$(csrf_token "$WORK/form.html")"
export BENCH_CSRF_COOKIE="$(awk '$6=="TANDEM_CSRF" {print $7}' "$WORK/cookies")"
[ -n "$BENCH_CSRF_TOKEN" ] && [ -n "$BENCH_CSRF_COOKIE" ] || { echo "no CSRF token on /request" >&2; exit 1; }

# Requests whose status pages are read under load: send each, read its link and code, give the code once.
echo "sending $STATUS_PAGES requests and unlocking their status pages"
: >"$WORK/status-pages"
for i in $(seq 1 "$STATUS_PAGES"); do
  curl -sf -b "$WORK/cookies" "$BASE/request" -o "$WORK/sent.html" \
    --data-urlencode "_csrf=$BENCH_CSRF_TOKEN" --data-urlencode "nonce=bench-setup-$$-$i" -d anonymous=true \
    --data-urlencode "organizationName=Bench Radio Sur $i" -d organizationKind=MEDIA -d sizeBand=UP_TO_20 -d country=MX \
    -d region=Oaxaca -d languages=es --data-urlencode "communities=Indigenous journalists" -d problems=ACCOUNT_COMPROMISED \
    --data-urlencode "description=Our editor’s email was taken over last night." \
    --data-urlencode "outcome=Get the account back" -d urgency=URGENT -d timeframe=THIS_WEEK -d approach=INTRODUCTION \
    -d contactMethod=STATUS_PAGE -d consent=true
  link=$(grep -oE 'id="status-link" href="[^"]+"' "$WORK/sent.html" | sed 's/.*href="//; s/"$//')
  code=$(grep -oE 'id="status-code">[^<]+' "$WORK/sent.html" | sed 's/.*>//')
  [ -n "$link" ] && [ -n "$code" ] || { echo "request $i was not acknowledged" >&2; exit 1; }
  path="/request/status/${link##*/request/status/}"
  jar="$WORK/status-$i"
  curl -sf -c "$jar" -b "$jar" "$BASE$path" -o "$WORK/code.html"
  unlocked=$(curl -s -c "$jar" -b "$jar" "$BASE$path" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "code=$code" --data-urlencode "_csrf=$(csrf_token "$WORK/code.html")")
  [ "$unlocked" = "302 $BASE$path" ] || { echo "status page $i did not unlock: $unlocked" >&2; exit 1; }
  awk -v p="$path" '$6=="TANDEM_STATUS" && $3==p {print $3, $7}' "$jar" >>"$WORK/status-pages"
done
[ "$(wc -l <"$WORK/status-pages")" -eq "$STATUS_PAGES" ] || { echo "missing status cookies" >&2; exit 1; }
export BENCH_STATUS_FILE="$WORK/status-pages"

LOG_FROM=$(($(wc -l <"$WORK/app.log") + 1)) # what the application logs from here on was caused by the load
# wrk leaves answers slower than its timeout (2 s by default) out of the latency percentiles, and sending the form
# takes seconds under full load on a small machine: allow 10 s so that p99 is the real one.
submit() { # $1 = name of the run, which makes its nonces its own; the rest = wrk options
  local run="$1"; shift
  BENCH_NONCE_PREFIX="bench-$$-$run" wrk "$@" --timeout 10s -s bench/intake-submit.lua "$BASE/request"
}
read_status() { wrk "$@" --timeout 10s -s bench/intake-status.lua "$BASE"; }
count() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }

echo "warming up: ${WARMUP} s of submissions, ${WARMUP} s of status reads (16 connections)"
WARM_SUBMIT=$(submit warm -t1 -c16 -d"${WARMUP}s")
WARM_STATUS=$(read_status -t1 -c16 -d"${WARMUP}s")
echo "measuring: ${DURATION} s of submissions, ${DURATION} s of status reads (64 connections)"
SUBMIT_RESULT=$(submit measured -t1 -c64 -d"${DURATION}s" --latency)
STATUS_RESULT=$(read_status -t1 -c64 -d"${DURATION}s" --latency)

# wrk leaves up to 64 requests queued in Tomcat; let them finish before stopping (with the embedded database, H2's
# own shutdown hook closes it while the graceful shutdown still waits on requests, which then fail).
curl -s -o /dev/null --max-time 120 "$BASE/actuator/health/liveness" || true
sleep 2
RSS_MB=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$PID/status")
NMT=""
if [[ " ${JVM_FLAGS[*]} " == *" -XX:NativeMemoryTracking="* ]]; then
  NMT=$("$JAVA_HOME/bin/jcmd" "$PID" VM.native_memory summary scale=MB 2>/dev/null |
    grep -E '^(Total|-? *[A-Z][A-Za-z ]+ \(reserved)' | sed 's/^-* *//' || true)
fi
HISTOGRAM=""
if [ -n "${BENCH_HISTOGRAM:-}" ]; then
  # what the heap still holds after the load: the histogram's own full collection runs first
  "$JAVA_HOME/bin/jcmd" "$PID" GC.class_histogram >"$WORK/histogram.txt" 2>/dev/null || true
  HISTOGRAM=$(head -45 "$WORK/histogram.txt"; tail -1 "$WORK/histogram.txt")
fi
kill "$PID"
wait "$PID" 2>/dev/null || true
PID=0
if [ "$DB" = postgres ]; then
  STORED=$(psql -X -At -d $BENCH_DB -c "select count(*) from help_request")
else
  # Tandem's embedded URL (EmbeddedDatabaseLocation) and user; the H2 jar is the one inside the application jar.
  h2=$("$JAVA_HOME/bin/jar" tf target/tandem.jar | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$')
  (cd "$WORK" && "$JAVA_HOME/bin/jar" xf "$OLDPWD/target/tandem.jar" "$h2")
  STORED=$("$JAVA" -cp "$WORK/$h2" org.h2.tools.Shell \
    -url "jdbc:h2:file:$WORK/data/tandem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    -user sa -password "" -sql "select count(*) as stored from help_request" | awk 'NR==2 {print $1}')
  DB_LABEL="embedded H2 $(basename "$h2" .jar | sed 's/^h2-//') in TANDEM_DATA_DIR"
fi

unanswered() { echo $(($(count "$1" sent) - $(count "$1" acknowledged) - $(count "$1" failed))); }
ACKED=$((STATUS_PAGES + $(count "$WARM_SUBMIT" acknowledged) + $(count "$SUBMIT_RESULT" acknowledged)))
IN_FLIGHT=$(($(unanswered "$WARM_SUBMIT") + $(unanswered "$SUBMIT_RESULT")))
WARM_FAILED=$(($(count "$WARM_SUBMIT" failed) + $(count "$WARM_STATUS" failed)))
STAMP="$(date -u +%Y-%m-%dT%H%M)"
REPORT="$OUT/intake-$DB-$STAMP.md"
cp "$WORK/app.log" "$OUT/intake-$DB-$STAMP.log"
[ -z "$HISTOGRAM" ] || cp "$WORK/histogram.txt" "$OUT/intake-$DB-$STAMP-histogram.txt"
LOG_PROBLEMS=$(tail -n +"$LOG_FROM" "$WORK/app.log" | grep -cE '^[0-9TZ:.+-]+ +(WARN|ERROR) ' || true)
if [ "$LOG_PROBLEMS" -gt 0 ]; then
  echo "the application logged $LOG_PROBLEMS warnings or errors under load and at shutdown; the first ones:" >&2
  tail -n +"$LOG_FROM" "$WORK/app.log" | grep -E '^[0-9TZ:.+-]+ +(WARN|ERROR) ' | head -5 | cut -c1-400 >&2
fi

pick() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
timeouts() { echo "$1" | grep -oE 'timeout [0-9]+' | grep -oE '[0-9]+' || echo 0; }
{
  echo "| ${DURATION} s, 64 connections | requests/s | p50 | p90 | p99 | acknowledged | failures | timeouts (over 10 s) |"
  echo "|---|---|---|---|---|---|---|---|"
  for page in submissions status; do
    result=$([ "$page" = submissions ] && echo "$SUBMIT_RESULT" || echo "$STATUS_RESULT")
    label=$([ "$page" = submissions ] && echo '`POST /request` (send the form)' || echo '`GET /request/status/…` (read a status page)')
    echo "| $label | $(rps "$result") | $(pick "$result" 50%) | $(pick "$result" 90%) | $(pick "$result" 99%) |" \
      "$(count "$result" acknowledged) | $(count "$result" failed) | $(timeouts "$result") |"
  done
  echo
  for page in submissions status; do
    result=$([ "$page" = submissions ] && echo "$SUBMIT_RESULT" || echo "$STATUS_RESULT")
    [ "$(count "$result" failed)" = 0 ] || echo "Failures of the $page by HTTP status: $(count "$result" failed-by-status)."
  done
  echo "Requests in \`help_request\` after the run: acknowledged $ACKED, stored $STORED. Acknowledged counts the" \
    "$STATUS_PAGES sent before the load and the submissions acknowledged in the warm-up and the measured run;" \
    "$IN_FLIGHT more were still in flight when wrk stopped and may be stored without having been acknowledged."
  echo "Resident memory after the load: $RSS_MB MB."
  [ -z "$NMT" ] || { echo; echo "Native memory tracking after the load (MB):"; echo; echo '```'; echo "$NMT"; echo '```'; echo; }
  echo "Warm-up: ${WARMUP} s of each with 16 connections, $WARM_FAILED failures." \
    "Application log: $LOG_PROBLEMS warnings or errors under load and at shutdown (\`intake-$DB-$STAMP.log\`)."
  echo
  echo "Database: $DB_LABEL."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $("$JAVA" -version 2>&1 | paste -sd ';' | sed 's/;/; /g')."
  echo "Command: \`$COMMAND\`"
  echo "JVM flags: ${JVM_FLAGS[*]}; launch: $LAUNCH${LAUNCH_FLAGS[*]:+ (${LAUNCH_FLAGS[*]})}; application arguments: ${APP_ARGS[*]}"
  echo "Load: \`wrk -t1 -c64 -d${DURATION}s --latency --timeout 10s -s bench/intake-submit.lua $BASE/request\`," \
    "\`wrk -t1 -c64 -d${DURATION}s --latency --timeout 10s -s bench/intake-status.lua $BASE\`" \
    "($STATUS_PAGES status pages in turn)."
  [ -z "$HISTOGRAM" ] || { echo; echo "The heap after a full collection at the end (jcmd GC.class_histogram):"; echo;
    echo '```'; echo "$HISTOGRAM"; echo '```'; }
} | tee "$REPORT"
if [ "$STORED" -lt "$ACKED" ]; then
  echo "LOST: $((ACKED - STORED)) acknowledged requests are not in the database" >&2
  exit 1
fi
if [ "$STORED" -gt "$((ACKED + IN_FLIGHT))" ]; then
  echo "UNEXPECTED: $((STORED - ACKED - IN_FLIGHT)) stored requests were answered with a failure" >&2
  exit 1
fi
