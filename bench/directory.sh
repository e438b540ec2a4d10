#!/usr/bin/env bash
# Measures the staff directory search with 10,000 providers, on H2 and on PostgreSQL: JMH runs
# DirectorySearchBenchmark (src/test/java/org/tandem/directory/persistence), which migrates a fresh database, writes
# 10,000 seeded made-up providers into it and samples the time of DirectoryQueries.search over a fixed mix of staff
# searches (one thread; 5 x 10 s warm-up, 5 x 10 s measured per database). The goal is a p99 under 50 ms.
# Usage: bench/directory.sh [h2|postgres]     (both when not given)     Results: bench/results/directory-<date>.md
# Environment: BENCH_POSTGRES_URL (jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres), a server on which the
#   database tandem_bench_directory is dropped and created afresh for the run, and dropped again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
BENCHMARK="org.tandem.directory.persistence.DirectorySearchBenchmark"
OUT="bench/results"
WORK="$(mktemp -d)"
COMMAND="$(env | grep -E '^BENCH_POSTGRES_URL=' | tr '\n' ' ' || true)bench/directory.sh${*:+ $*}"
trap 'rm -rf "$WORK"' EXIT
case "$DB" in "" | h2 | postgres) ;; *) echo "usage: bench/directory.sh [h2|postgres]" >&2; exit 2 ;; esac
mkdir -p "$OUT"

. bench/jmh.sh
PARAMS=()
[ -n "$DB" ] && PARAMS=(-p "database=$DB")
jmh_run "$BENCHMARK" ${PARAMS[@]+"${PARAMS[@]}"}

# JMH's result lines: "DirectorySearchBenchmark.search:p0.99  h2  sample  12.345  ms/op" (percentiles) and
# "DirectorySearchBenchmark.search  h2  sample  5000  4.321 ± 0.1  ms/op" (samples and mean).
summary() {
  awk '$1 ~ /\.search(:p[0-9.]+)?$/ && $3 == "sample" {
      db = $2; if (!(db in seen)) { seen[db] = 1; order[++n] = db }
      if ($1 ~ /:p/) { split($1, k, ":"); v[db, k[2]] = $4 } else { count[db] = $4; mean[db] = $5 }
    }
    END {
      print "| database | samples | mean | p50 | p90 | p99 | p99.9 | max |"
      print "|---|---|---|---|---|---|---|---|"
      for (i = 1; i <= n; i++) { d = order[i]
        printf "| %s | %s | %s ms | %s ms | %s ms | %s ms | %s ms | %s ms |\n", d, count[d], mean[d], v[d, "p0.50"],
          v[d, "p0.90"], v[d, "p0.99"], v[d, "p0.999"], v[d, "p1.00"] }
    }' "$WORK/jmh.txt"
}

REPORT="$OUT/directory-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "Directory search, 10,000 providers, $(date -u +%Y-%m-%d\ %H:%M) UTC: \`$COMMAND\`"
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
