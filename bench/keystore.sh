#!/usr/bin/env bash
# The key store at a million owners: make, read with a cold cache, destroy, back up and restore, disk use; and the
# move of an old-layout folder (two key files per owner) at start. Each step is a fresh JVM (an empty key cache), and
# the page cache of the bucket files is dropped before the cold read (dd iflag=nocache asks the kernel to drop a file's
# clean pages; no root needed).
# Usage: bench/keystore.sh [owners] [work-folder]     defaults: 1000000, target/keystore-bench (removed first)
# Environment: BENCH_THREADS (16: threads making keys at once, like request threads), BENCH_OLD (50000: owners in the
#   old layout for the move).
set -euo pipefail
cd "$(dirname "$0")/.."
OWNERS="${1:-1000000}"
WORK="${2:-target/keystore-bench}"
THREADS="${BENCH_THREADS:-16}"
OLD="${BENCH_OLD:-50000}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
SMALL=1000

./mvnw -q -o -DskipTests test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
run() { "$JAVA" -Xmx256m -cp "$CP" org.tandem.privacy.keys.KeyStoreBenchmark "$@"; }
drop_cache() { find "$1" -type f -exec dd if={} of=/dev/null iflag=nocache count=0 status=none \; ; }
usage() { printf '%s files, %s apparent, %s on disk' "$(find "$1" -type f | wc -l)" \
  "$(du -sh --apparent-size "$1" | cut -f1)" "$(du -sh "$1" | cut -f1)"; }
rm -rf "$WORK"
mkdir -p "$WORK"
echo "## Key store benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $OWNERS owners, $THREADS threads"

echo "### At $SMALL owners"
run create "$WORK/small" 0 "$SMALL" "$THREADS"
drop_cache "$WORK/small/keys"
run read "$WORK/small" "$SMALL" 1000
run destroy "$WORK/small" "$SMALL" 200
echo "disk: $(usage "$WORK/small/keys")"

echo "### At $OWNERS owners"
run fill "$WORK/big" 0 "$OWNERS"
echo "disk: $(usage "$WORK/big/keys")"
run create "$WORK/big" "$OWNERS" "$SMALL" "$THREADS"
drop_cache "$WORK/big/keys"
run read "$WORK/big" "$OWNERS" 1000
start=$(date +%s.%N)
tar -cf "$WORK/backup.tar" -C "$WORK/big" keys
echo "back up (tar -cf): $(echo "$(date +%s.%N) - $start" | bc) s, $(du -h "$WORK/backup.tar" | cut -f1)"
mkdir -p "$WORK/restored"
cp "$WORK/big/kek.json" "$WORK/restored/"
start=$(date +%s.%N)
tar -xf "$WORK/backup.tar" -C "$WORK/restored"
sync -f "$WORK/restored/keys"
echo "restore (tar -xf, sync): $(echo "$(date +%s.%N) - $start" | bc) s"
rm -f "$WORK/backup.tar"
run read "$WORK/restored" "$OWNERS" 1000
rm -rf "$WORK/restored"
run destroy "$WORK/big" "$OWNERS" 200

echo "### Moving $OLD owners of the old layout (two key files each) at start"
run old "$WORK/old" "$OLD"
echo "old layout: $(usage "$WORK/old/keys")"
drop_cache "$WORK/old/keys"
run open "$WORK/old"
echo "after the move: $(usage "$WORK/old/keys")"
run read "$WORK/old" "$OLD" 1000
rm -rf "$WORK"
