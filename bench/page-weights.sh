#!/usr/bin/env bash
# Weighs the public pages as a browser receives them: bytes on the wire with gzip (what a requester on a slow or
# metered connection pays) and without, in English and in Arabic, for each page with its stylesheet and scripts.
# Usage: bench/page-weights.sh            Results: bench/results/page-weights-<date>.md (copied into docs/performance.md)
# Uses target/tandem.jar when present (BENCH_SKIP_BUILD=1), else builds it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18081}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}/bin/java"
OUT="bench/results"
WORK="$(mktemp -d)"
mkdir -p "$OUT"
PID=0
trap '[ "${PID:-0}" -gt 0 ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

[ -n "${BENCH_SKIP_BUILD:-}" ] && [ -f target/tandem.jar ] || ./mvnw -B -q -ntp -DskipTests package
TANDEM_DATA_DIR="$WORK/data" "$JAVA" -Dserver.port="$PORT" -jar target/tandem.jar >"$WORK/tandem.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  grep -q "Started TandemApplication" "$WORK/tandem.log" && break
  sleep 0.1
done
grep -q "Started TandemApplication" "$WORK/tandem.log" || { cat "$WORK/tandem.log" >&2; exit 1; }

BASE="http://localhost:$PORT"
size() { # $1 = path, $2 = language, $3 = "gzip" or "" -> bytes received
  curl -s -o /dev/null -w '%{size_download}' -H "Accept-Language: $2" ${3:+-H "Accept-Encoding: $3"} "$BASE$1"
}
assets() { # the stylesheets and scripts a page loads
  curl -s -H "Accept-Language: $2" "$BASE$1" | grep -oE '(href|src)="/(css|js)/[^"]+"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u
}

FILE="$OUT/page-weights-$(date -u +%Y-%m-%d).md"
{
  echo "Page weights, $(date -u '+%Y-%m-%d %H:%M UTC'), bench/page-weights.sh"
  echo
  echo "| page | language | HTML gzip | HTML plain | with CSS and JS, gzip | with CSS and JS, plain |"
  echo "|---|---|---|---|---|---|"
  for page in / /request /providers /providers/apply /login /password-reset; do
    for lang in en ar; do
      html_gz=$(size "$page" "$lang" gzip); html=$(size "$page" "$lang" "")
      total_gz=$html_gz; total=$html
      for asset in $(assets "$page" "$lang"); do
        total_gz=$((total_gz + $(size "$asset" "$lang" gzip))); total=$((total + $(size "$asset" "$lang" "")))
      done
      printf '| `%s` | %s | %.1f KB | %.1f KB | %.1f KB | %.1f KB |\n' "$page" "$lang" \
        "$(echo "$html_gz/1024" | bc -l)" "$(echo "$html/1024" | bc -l)" "$(echo "$total_gz/1024" | bc -l)" "$(echo "$total/1024" | bc -l)"
    done
  done
} | tee "$FILE"
