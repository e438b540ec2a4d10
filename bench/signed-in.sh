#!/usr/bin/env bash
# Measures what being signed in costs a page: requests per second and latency percentiles for small pages opened
# anonymously and with a signed-in session (the same front page both ways, the dashboard, a style sheet), wrk with 16
# connections after a warm-up, side by side in one run, with each signed-in figure as a share of the anonymous page's.
# On PostgreSQL it also counts the database's transactions and updated rows per request (pg_stat_database).
# The account is a demo member (TANDEM_DEMO): members need no second factor, so a script can sign in with the
# password alone; the session is the same kind as staff's (security context in the shared session store).
# Usage: bench/signed-in.sh [seconds-of-load-per-page] [h2|postgres]   Results: bench/results/signed-in-<db>-<date>.md
# Environment: BENCH_PORT (18082), BENCH_WARMUP (seconds of warm-up load per page, 20), BENCH_JAR (a jar already
#   built, to compare builds in turn; the script builds target/tandem.jar otherwise), BENCH_JFR (a file: a flight
#   recording of the signed-in loads is written there), BENCH_POSTGRES_URL
#   (jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres), a server on which the database tandem_bench_session is
#   dropped and created afresh for each run, and dropped again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
DB="${2:-h2}"
PORT="${BENCH_PORT:-18082}"
WARMUP="${BENCH_WARMUP:-20}"
PG_URL="${BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
PG_DB=tandem_bench_session
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
BASE="http://127.0.0.1:$PORT"
OUT="bench/results"
WORK="$(mktemp -d)"
COMMAND="$(env | grep -E '^BENCH_(PORT|WARMUP|POSTGRES_URL|JAR|JFR)=' | sort | tr '\n' ' ' || true)bench/signed-in.sh $*"
mkdir -p "$OUT"
PID=0
case "$DB" in h2 | postgres) ;; *) echo "usage: bench/signed-in.sh [seconds] [h2|postgres]" >&2; exit 2 ;; esac

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

# The production JVM flags (scripts/production.jvmflags), without the AOT cache.
read -r -d "" -a JVM_FLAGS < <(sed "s/#.*//" scripts/production.jvmflags) || true
APP_ARGS=(--tandem.demo=true)

if [ "$DB" = postgres ]; then
  . bench/postgres.sh
  bench_postgres "$PG_URL" $PG_DB
else
  DB_ENV=()
  DB_LABEL="embedded H2 in TANDEM_DATA_DIR"
fi

cleanup() {
  if [ "$PID" -gt 0 ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi # never kill 0
  if [ "$DB" = postgres ]; then bench_postgres_drop $PG_DB; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR="${BENCH_JAR:-target/tandem.jar}"
if [ -z "${BENCH_JAR:-}" ]; then
  echo "building the jar"
  ./mvnw -B -q -ntp -DskipTests package
fi

echo "starting Tandem on port $PORT with $DB"
env TANDEM_DATA_DIR="$WORK/data" ${DB_ENV[@]+"${DB_ENV[@]}"} "$JAVA" "${JVM_FLAGS[@]}" -Dserver.port="$PORT" \
  -jar "$JAR" "${APP_ARGS[@]}" >"$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 900); do
  grep -q "Started TandemApplication" "$WORK/app.log" && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.1
done
grep -q "Started TandemApplication" "$WORK/app.log" || { echo "Tandem did not start:" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }

# Sign in with the demo member's password, printed once at the first start.
NAME=demo-member-1
PASSWORD=""
for _ in $(seq 1 300); do
  PASSWORD=$(awk -v n="$NAME" '$1==n {print $2; exit}' "$WORK/app.log")
  [ -n "$PASSWORD" ] && break
  sleep 0.1
done
[ -n "$PASSWORD" ] || { echo "no demo password for $NAME in the log" >&2; exit 1; }
curl -sf -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/login" -o "$WORK/login.html"
CSRF=$(grep -oE 'name="_csrf" value="[^"]+"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"$//')
SIGNED_IN=$(curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/login" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode "username=$NAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF")
SESSION=$(awk '$6=="TANDEM_SESSION" {print $7}' "$WORK/cookies")
[ -n "$SESSION" ] || { echo "sign-in failed: $SIGNED_IN" >&2; exit 1; }
COOKIE="TANDEM_SESSION=$SESSION"
check() { # $1 = path, $2 = cookie header or empty, $3 = text the page must hold
  curl -sf ${2:+-H "Cookie: $2"} "$BASE$1" | grep -q "$3" || { echo "$1 did not show '$3'" >&2; exit 1; }
}
check /dashboard "$COOKIE" "Demo member 1"
check / "$COOKIE" "Demo member 1"
if curl -sf "$BASE/" | grep -q "Demo member 1"; then echo "the anonymous page shows the member" >&2; exit 1; fi

# The pages: label | path | signed in?
PAGES=(
  "\`/\` anonymous|/|no"
  "\`/\` signed in|/|yes"
  "\`/dashboard\` signed in|/dashboard|yes"
  "\`/css/tandem.css\` anonymous|/css/tandem.css|no"
  "\`/css/tandem.css\` with the session cookie|/css/tandem.css|yes"
)
load() { # $1 = path, $2 = yes|no, rest = wrk options
  local path="$1" signed="$2"; shift 2
  if [ "$signed" = yes ]; then wrk "$@" -H "Cookie: $COOKIE" "$BASE$path"; else wrk "$@" "$BASE$path"; fi
}
pg_counters() { # transactions committed and rows updated in the database so far
  psql -X -At -F ' ' -c "select xact_commit, tup_updated from pg_stat_database where datname = '$PG_DB'"
}

sleep 2 # the demo data is still being written when the server starts listening
LOG_FROM=$(($(wc -l <"$WORK/app.log") + 1))
declare -A RESULT PER_REQUEST
for entry in "${PAGES[@]}"; do
  IFS='|' read -r label path signed <<<"$entry"
  echo "warming up $label (${WARMUP} s), then measuring (${DURATION} s)"
  load "$path" "$signed" -t1 -c16 -d"${WARMUP}s" >/dev/null
  if [ -n "${BENCH_JFR:-}" ] && [ "$signed" = yes ] && [ "$path" = / ]; then
    "$JAVA_HOME/bin/jcmd" "$PID" JFR.start name=signed-in settings=profile filename="$(realpath -m "$BENCH_JFR")" >/dev/null
  fi
  if [ "$DB" = postgres ]; then sleep 11; before=$(pg_counters); fi # idle connections report their counts within 10 s
  RESULT[$label]=$(load "$path" "$signed" -t1 -c16 -d"${DURATION}s" --latency)
  if [ "$DB" = postgres ]; then
    sleep 11
    after=$(pg_counters)
    requests=$(echo "${RESULT[$label]}" | awk '/requests in/ {print $1}')
    PER_REQUEST[$label]=$(echo "$before $after $requests" |
      awk '{printf "%.2f | %.2f", ($3-$1)/$5, ($4-$2)/$5}')
  fi
  if [ -n "${BENCH_JFR:-}" ] && [ "$signed" = yes ] && [ "$path" = / ]; then
    "$JAVA_HOME/bin/jcmd" "$PID" JFR.stop name=signed-in >/dev/null
  fi
done
check /dashboard "$COOKIE" "Demo member 1" # still signed in after the load

kill "$PID"
wait "$PID" 2>/dev/null || true
PID=0
LOG_PROBLEMS=$(tail -n +"$LOG_FROM" "$WORK/app.log" | grep -cE '^[0-9TZ:.+-]+ +(WARN|ERROR) ' || true)
if [ "$LOG_PROBLEMS" -gt 0 ]; then
  echo "the application logged $LOG_PROBLEMS warnings or errors under load and at shutdown; the first ones:" >&2
  tail -n +"$LOG_FROM" "$WORK/app.log" | grep -E '^[0-9TZ:.+-]+ +(WARN|ERROR) ' | head -5 | cut -c1-300 >&2
fi

pick() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
errors() { echo "$1" | awk '/Non-2xx|Socket errors/ {n++} END {print n ? "yes" : "none"}'; }
ANON=$(rps "${RESULT["\`/\` anonymous"]}")
REPORT="$OUT/signed-in-$DB-$(date -u +%Y-%m-%dT%H%M).md"
{
  header="| ${DURATION} s, 16 connections | requests/s | share of anonymous \`/\` | p50 | p90 | p99 | errors |"
  rule="|---|---|---|---|---|---|---|"
  if [ "$DB" = postgres ]; then header+=" transactions / request | rows updated / request |"; rule+="---|---|"; fi
  echo "$header"
  echo "$rule"
  for entry in "${PAGES[@]}"; do
    IFS='|' read -r label path signed <<<"$entry"
    r="${RESULT[$label]}"
    line="| $label | $(rps "$r") | $(awk -v a="$(rps "$r")" -v b="$ANON" 'BEGIN {printf "%.2f", a/b}') |"
    line+=" $(pick "$r" 50%) | $(pick "$r" 90%) | $(pick "$r" 99%) | $(errors "$r") |"
    [ "$DB" = postgres ] && line+=" ${PER_REQUEST[$label]} |"
    echo "$line"
  done
  echo
  echo "Signed in as the demo member \`$NAME\` (password only; the session holds its security context)." \
    "Application log: $LOG_PROBLEMS warnings or errors under load."
  echo "Database: $DB_LABEL."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $("$JAVA" -version 2>&1 | head -1)."
  echo "Command: \`$COMMAND\`"
  echo "JVM flags: ${JVM_FLAGS[*]}; warm-up ${WARMUP} s per page; load \`wrk -t1 -c16 -d${DURATION}s --latency\`."
} | tee "$REPORT"
