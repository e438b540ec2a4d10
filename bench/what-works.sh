#!/usr/bin/env bash
# Measures the "what works" recount at 100,000 evaluated plans, on H2 and on PostgreSQL: JMH runs WhatWorksBenchmark
# (src/test/java/org/tandem/evaluation/persistence), which migrates a fresh database, writes 100,000 made-up plans
# (5 outcomes each, scored at two rounds; 25,000 organizations) and times, once per iteration (2 warm-up, 5 measured),
# reading every plan's result through the results door and counting them into the tally's cells.
# Usage: bench/what-works.sh [h2|postgres]     (both when not given)     Results: bench/results/what-works-<date>.md
# Environment: BENCH_POSTGRES_URL (jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres), a server on which the
#   database tandem_bench_what_works is dropped and created afresh for the run, and dropped again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
BENCHMARK="org.tandem.evaluation.persistence.WhatWorksBenchmark"
OUT="bench/results"
WORK="$(mktemp -d)"
COMMAND="$(env | grep -E '^BENCH_POSTGRES_URL=' | tr '\n' ' ' || true)bench/what-works.sh${*:+ $*}"
trap 'rm -rf "$WORK"' EXIT
case "$DB" in "" | h2 | postgres) ;; *) echo "usage: bench/what-works.sh [h2|postgres]" >&2; exit 2 ;; esac
mkdir -p "$OUT"

. bench/jmh.sh
PARAMS=()
[ -n "$DB" ] && PARAMS=(-p "database=$DB")
jmh_run "$BENCHMARK" ${PARAMS[@]+"${PARAMS[@]}"}

# JMH's result lines: "WhatWorksBenchmark.readEveryResult  h2  ss  5  1234.567 ± 89.0  ms/op".
summary() {
  echo "| step | database | runs | mean | error (99.9 %) |"
  echo "|---|---|---|---|---|"
  awk '$1 ~ /^WhatWorksBenchmark\./ && $3 == "ss" {
      sub(/^WhatWorksBenchmark\./, "", $1)
      printf "| %s | %s | %s | %s ms | ± %s ms |\n", $1, $2, $4, $5, $7 }' "$WORK/jmh.txt"
}

REPORT="$OUT/what-works-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "What works at 100,000 plans, $(date -u +%Y-%m-%d\ %H:%M) UTC: \`$COMMAND\`"
  echo
  summary
  echo
  jmh_machine
  echo
  jmh_output
} >"$REPORT"
echo
summary
echo "written to $REPORT"
