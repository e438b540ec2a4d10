#!/usr/bin/env bash
# Trains the JDK's AOT cache for an extracted Tandem jar (see README, "Running in production").
#
# Usage: scripts/train-aot-cache.sh APP_DIR [JVM flags...]
#   APP_DIR holds tandem.jar and lib/, as written by `java -Djarmode=tools -jar tandem.jar extract`.
#   The JVM flags must be the ones production runs with (the cache is refused under different GC or heap settings).
# Writes APP_DIR/tandem.aot. Needs a JDK 25 (`java` on the PATH, or JAVA_HOME) and curl.
#
# The training run is a restart, as production starts are: a first start creates and migrates an embedded
# database in a temporary folder and stops; the second, recorded start opens that database with demo accounts and a
# few hundred made-up requests and providers (TANDEM_DEMO, tandem.seed.*), and scripts/AotTrainingWalk.java walks
# what people use first: the public pages in every language, the request form and its status page, and, signed in
# as demo staff, the overview, the queue with its sorts and filters, a request, the providers, the handoffs and the
# JSON API's lists. It stops on SIGTERM, when the JDK writes the cache: the classes those pages load, linked, and the
# profiles of their methods, so that the optimizing compiler has them from the first request. It sees none of the
# operator's TANDEM_* variables nor configuration files, so nothing reaches the production database or mail server.
# TRAINING_ROUNDS (default 8) sets how many times the walk is made.
set -euo pipefail
APP="$(cd "${1:?usage: $0 APP_DIR [JVM flags...]}" && pwd)"; shift
JAVA="$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")"
ROUNDS="${TRAINING_ROUNDS:-8}"
WORK="$(mktemp -d)"
PID=0
trap '[ "$PID" -gt 0 ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

run() { # $1 = log file; rest = extra JVM arguments. Starts Tandem on the training database, on a free port,
  # with no TANDEM_* variable and no configuration file of the operator's (it runs in the temporary folder), and
  # with demo accounts (their passwords printed in the log, which is deleted with the folder).
  local log="$1"; shift
  (cd "$WORK" && exec env -i PATH="$PATH" HOME="$WORK" TANDEM_DATA_DIR="$WORK/data" \
    TANDEM_CONFIG_FILE="$WORK/no-config.properties" TANDEM_DEMO=true \
    "$JAVA" "$@" -Dspring.aot.enabled=true -Dserver.port=0 -jar "$APP/tandem.jar" >"$log" 2>&1) &
  PID=$!
}

run "$WORK/first.log" "$@" -Dspring.context.exit=onRefresh
wait "$PID" || true
PID=0
grep -q "Started TandemApplication\|Tomcat initialized" "$WORK/first.log" || { tail -20 "$WORK/first.log" >&2; exit 1; }

rm -f "$APP/tandem.aot"
# The walk sends the form once a round from one address: the training run lifts the per-address limit.
run "$WORK/train.log" "$@" -XX:AOTCacheOutput="$APP/tandem.aot" -Dtandem.seed.requests=300 \
  -Dtandem.seed.providers=40 -Dtandem.intake.submissions-per-hour=10000
for _ in $(seq 1 1200); do # started, and the made-up requests stored
  grep -qE "Seeded [0-9]+ requests in|Seeding requests needs" "$WORK/train.log" && break
  kill -0 "$PID" 2>/dev/null || { tail -20 "$WORK/train.log" >&2; exit 1; }
  sleep 0.1
done
PORT=$(grep -oE "Tomcat started on port [0-9]+" "$WORK/train.log" | grep -oE "[0-9]+$" || true)
PASSWORD=$(grep -E '^ +demo-staff-1 ' "$WORK/train.log" | head -1 | awk '{print $2}' || true)
[ -n "$PORT" ] && [ -n "$PASSWORD" ] || { echo "the training run did not start:" >&2; tail -20 "$WORK/train.log" >&2; exit 1; }
"$JAVA" "$(dirname "$0")/AotTrainingWalk.java" "http://127.0.0.1:$PORT" demo-staff-1 "$PASSWORD" "$ROUNDS"
kill "$PID"
wait "$PID" || true
PID=0
[ -s "$APP/tandem.aot" ] || { echo "no AOT cache was written:" >&2; tail -20 "$WORK/train.log" >&2; exit 1; }
echo "AOT cache written: $APP/tandem.aot ($(du -h "$APP/tandem.aot" | cut -f1))"
