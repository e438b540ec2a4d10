#!/usr/bin/env bash
# Measures Tandem on this machine: start-up time, resident memory after start and after load, and requests per
# second with latency percentiles for the public home page and the sign-in page (wrk, 64 connections).
# Usage: bench/run.sh [seconds-of-load-per-page]     Results: bench/results/<date>.md (copied into docs/performance.md by hand)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
PORT="${BENCH_PORT:-18080}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
OUT="bench/results"
WORK="$(mktemp -d)"
mkdir -p "$OUT"
PID=0
STARTED=""
trap '[ "${PID:-0}" -gt 0 ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

# The recommended production launch: Spring AOT in the jar, the JDK's AOT cache, and small-footprint JVM flags
# (README, "Running in production"); BENCH_JVM_FLAGS replaces the flags, to compare others.
DEFAULT_FLAGS="$(sed "s/#.*//" scripts/production.jvmflags)"
read -r -d "" -a JVM_FLAGS <<<"${BENCH_JVM_FLAGS:-$DEFAULT_FLAGS}" || true
STARTS="${BENCH_STARTS:-5}"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

echo "building the jar with Spring AOT"
[ -n "${BENCH_SKIP_BUILD:-}" ] || ./mvnw -B -q -ntp -Paot -DskipTests package
. bench/aot.sh
bench_production_app "$WORK" "${JVM_FLAGS[@]}"

start() { # $1 = label, rest = extra JVM flags. The database in $WORK/data is kept between starts, as on a server.
  local label="$1"; shift
  TANDEM_DATA_DIR="$WORK/data" "$JAVA" "${JVM_FLAGS[@]}" "$@" -Dserver.port="$PORT" -jar "$APP_JAR" \
    >"$WORK/$label.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1000); do
    grep -q "Started TandemApplication" "$WORK/$label.log" && break
    sleep 0.02
  done
  STARTED=$(grep -oE "process running for [0-9.]+" "$WORK/$label.log" | grep -oE "[0-9.]+$")
  # CPU time of the thread that runs main (the JVM names it "java"), and of the whole process, at that moment.
  MAIN_CPU=$(for task in /proc/"$PID"/task/*; do
      if [ "$(cat "$task/comm" 2>/dev/null)" = java ]; then awk -v t="$(getconf CLK_TCK)" '{printf "%.2f\n", ($14+$15)/t}' "$task/stat"; fi
    done | sort -n | tail -1)
  ALL_CPU=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14+$15)/t}' "/proc/$PID/stat")
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$PID/status"; }

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=0; }

# A first start creates and migrates the database; the measured starts are restarts, as in production.
start first
stop

# A reference for the machine's speed at the time: these figures vary with the host's load (see docs/performance.md).
reference() { /usr/bin/time -f %e sh -c 'head -c 256M /dev/zero | sha256sum >/dev/null' 2>&1; }
REF_BEFORE=$(reference)
# Starts without any AOT and with Spring AOT and the AOT cache, taken in turn so that both see the same machine;
# the last tuned start stays up for the load.
plain=(); tuned=(); main_cpu=(); all_cpu=()
for i in $(seq 1 "$STARTS"); do
  start plain$i; plain+=("$STARTED"); stop
  start tuned$i "${AOT_FLAGS[@]}"
  tuned+=("$STARTED"); main_cpu+=("$MAIN_CPU"); all_cpu+=("$ALL_CPU")
  if [ "$i" -lt "$STARTS" ]; then stop; fi
done
REF_AFTER=$(reference)
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "–" hi}'; }
RSS_START=$(rss_mb)

# Warm-up, then measured load on each page.
wrk -t1 -c16 -d30s "http://127.0.0.1:$PORT/" >/dev/null
wrk -t1 -c16 -d30s "http://127.0.0.1:$PORT/login" >/dev/null
HOME_RESULT=$(wrk -t1 -c64 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/")
LOGIN_RESULT=$(wrk -t1 -c64 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/login")
RSS_LOAD=$(rss_mb)
stop

pick() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
REPORT="$OUT/$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "| measure | value |"
  echo "|---|---|"
  echo "| start-up, no AOT (median of $STARTS; range) | $(median "${plain[@]}") s ($(range "${plain[@]}")) |"
  echo "| start-up, Spring AOT + JDK AOT cache (median of $STARTS; range) | $(median "${tuned[@]}") s ($(range "${tuned[@]}")) |"
  echo "| CPU time until started, main thread / whole process (medians) | $(median "${main_cpu[@]}") s / $(median "${all_cpu[@]}") s |"
  echo "| machine reference (sha256 of 256 MB) before / after the starts | ${REF_BEFORE} s / ${REF_AFTER} s |"
  echo "| RSS after start | ${RSS_START} MB |"
  echo "| RSS after ${DURATION} s of load on each page | ${RSS_LOAD} MB |"
  for page in home login; do
    result=$([ "$page" = home ] && echo "$HOME_RESULT" || echo "$LOGIN_RESULT")
    echo "| \`$page\` requests/s (64 connections) | $(rps "$result") |"
    echo "| \`$page\` latency p50 / p90 / p99 | $(pick "$result" 50%) / $(pick "$result" 90%) / $(pick "$result" 99%) |"
    echo "| \`$page\` timeouts (over 2 s) | $(echo "$result" | grep -oE 'timeout [0-9]+' | grep -oE '[0-9]+' || echo 0) |"
  done
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $("$JAVA" -version 2>&1 | head -1)."
  echo "JVM flags: ${JVM_FLAGS[*]}"
} | tee "$REPORT"
