#!/usr/bin/env bash
# Measures the matching engine with JMH on generated, realistic providers and requests (RealisticInstances, seeded):
#   rank   MatchingRankBenchmark: ProviderPool.rank(needs, Weights.defaults(), 10) over a pool of 10,000 providers,
#          cycling through 200 requests (goal: median under 2 ms); and compilePool, building that pool.
#   batch  MatchingBatchBenchmark: BatchAssignment.prepare + optimal for 5,000 requests x 1,000 providers (goal: a
#          proven optimum in under 2 s); prepare and solve alone; the greedy baseline on the same prepared problem.
# One thread, SampleTime; forks run with -XX:+UseSerialGC -Xms1g -Xmx1g, the heap a hub would give a batch run (Tandem
# itself runs with 128 MB). The forks print the instances' figures (feasible pairs, placed requests and total score of
# the optimum and of the greedy baseline) on lines starting with "matching-figures"; they go into the results as is.
# Usage: bench/matching.sh [rank|batch] [JMH options, e.g. -prof gc]     (both when not given)
# Results: bench/results/matching-<date>.md
set -euo pipefail
cd "$(dirname "$0")/.."
COMMAND="bench/matching.sh${*:+ $*}"
case "${1:-}" in
  rank) BENCHMARK="org.tandem.matching.engine.MatchingRankBenchmark"; shift ;;
  batch) BENCHMARK="org.tandem.matching.engine.MatchingBatchBenchmark"; shift ;;
  "" | -*) BENCHMARK="org.tandem.matching.engine.Matching(Rank|Batch)Benchmark" ;;
  *) echo "usage: bench/matching.sh [rank|batch] [JMH options]" >&2; exit 2 ;;
esac
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
OUT="bench/results"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

. bench/jmh.sh
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
jmh_run "$BENCHMARK" "$@"

# JMH's result lines: "MatchingRankBenchmark.rank  sample  10534  476.436 ± 17.542  us/op" (samples and mean) and
# "MatchingRankBenchmark.rank:p0.50  sample  409.600  us/op" (percentiles); profiler lines (":gc.…") are left out.
summary() {
  awk '$2 == "sample" && $1 ~ /^Matching[A-Za-z]*Benchmark\.[A-Za-z]+(:p[0-9.]+)?$/ {
      split($1, k, ":"); b = k[1]
      if (!(b in seen)) { seen[b] = 1; order[++n] = b }
      if (k[2] != "") { v[b, k[2]] = $3; unit[b] = $4 } else { count[b] = $3; mean[b] = $4; unit[b] = $7 }
    }
    END {
      print "| benchmark | samples | mean | p50 | p90 | p99 | max | unit |"
      print "|---|---|---|---|---|---|---|---|"
      for (i = 1; i <= n; i++) { b = order[i]; u = unit[b]; sub(/\/op$/, "", u)
        printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", b, count[b], mean[b], v[b, "p0.50"], v[b, "p0.90"],
          v[b, "p0.99"], v[b, "p1.00"], u }
    }' "$WORK/jmh.txt"
}

# The goals, from the same lines: the ranking's median under 2 ms, every sampled batch (prepare + optimum) under 2 s.
goals() {
  awk 'function ms(x, u) { return u == "us/op" ? x / 1000 : u == "s/op" ? x * 1000 : u == "ns/op" ? x / 1e6 : x }
    $2 == "sample" && $1 == "MatchingRankBenchmark.rank:p0.50" {
      printf "- rank 10,000 providers, median under 2 ms: %.3f ms, %s\n", ms($3, $4), ms($3, $4) < 2 ? "met" : "NOT met" }
    $2 == "sample" && $1 == "MatchingBatchBenchmark.prepareAndSolve:p1.00" {
      printf "- batch 5,000 x 1,000 proven optimal under 2 s: slowest of the samples %.0f ms, %s\n", ms($3, $4),
        ms($3, $4) < 2000 ? "met" : "NOT met" }' "$WORK/jmh.txt"
}

# What the forks printed about the instances, once each (lines may follow JMH's "# Warmup Iteration 1:" prefix).
figures() {
  grep -o 'matching-figures .*' "$WORK/jmh.txt" | sed 's/^matching-figures /- /' | awk '!seen[$0]++' || true
}

REPORT="$OUT/matching-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "Matching engine, $(date -u +%Y-%m-%d\ %H:%M) UTC: \`JAVA_HOME=$JAVA_HOME $COMMAND\`"
  echo
  summary
  echo
  goals
  echo
  echo "Instances (printed by the benchmark forks):"
  echo
  figures
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $("$JAVA" -version 2>&1 | head -1); load average (1, 5, 15 min) before the run: $LOAD, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  jmh_output
} >"$REPORT"
echo
summary
echo
goals
echo
figures
echo "written to $REPORT"
