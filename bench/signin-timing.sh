#!/usr/bin/env bash
# Compares how long a failed sign-in takes for an existing account and for a name nobody has, so that timing does
# not tell which names exist. Starts Tandem with demo accounts and a throttle high enough not to interfere.
# Usage: bench/signin-timing.sh [seconds]      (needs wrk and a built target/tandem.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
PORT="${BENCH_PORT:-18090}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
WORK="$(mktemp -d)"
PID=0
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

TANDEM_DATA_DIR="$WORK/data" TANDEM_DEMO=true TANDEM_LOGIN_MAX_FAILURES=100000000 \
  "$JAVA" -XX:+UseSerialGC -Xmx256m -Dserver.port="$PORT" -jar target/tandem.jar >"$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do grep -q "Started TandemApplication" "$WORK/app.log" && break; sleep 0.1; done

page=$(curl -s -c "$WORK/cookies" "http://127.0.0.1:$PORT/login")
export BENCH_CSRF_TOKEN=$(echo "$page" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed 's/.*value="//; s/"$//')
export BENCH_CSRF_COOKIE=$(awk '$6=="TANDEM_CSRF" {print $7}' "$WORK/cookies")

measure() {
  BENCH_NAME="$1" wrk -t1 -c2 -d"${DURATION}s" --latency -s bench/signin.lua "http://127.0.0.1:$PORT/login"
}
measure demo-member-1 >/dev/null # warm-up
KNOWN=$(measure demo-member-1)
UNKNOWN=$(measure no-such-person-here)

pick() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
echo "| failed sign-in for | requests/s | p50 | p90 | p99 |"
echo "|---|---|---|---|---|"
for label in known unknown; do
  r=$([ "$label" = known ] && echo "$KNOWN" || echo "$UNKNOWN")
  echo "| $label name | $(echo "$r" | awk '/Requests\/sec/ {print $2}') | $(pick "$r" 50%) | $(pick "$r" 90%) | $(pick "$r" 99%) |"
done
