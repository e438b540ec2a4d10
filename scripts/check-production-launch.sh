#!/usr/bin/env bash
# Checks the README's recommended production launch end to end, as CI's last step: builds the jar with Spring AOT
# (-Paot), extracts it, trains the JDK's AOT cache with the README's flags (scripts/production.jvmflags), starts it on
# a fresh PostgreSQL database with the cache required (-XX:AOTMode=on: the JVM refuses to start without it), then
# sends the public request form as a requester would and opens the status link it gives. The test suite runs the
# application without AOT; this is where a change that breaks the ahead-of-time processing (a type Spring Data
# cannot describe, a bean decided at build time) or the cache shows.
#
# Usage: scripts/check-production-launch.sh [jdbc-url]
#   The server on which the database tandem_launch_check is created afresh and dropped at the end; default
#   TANDEM_TEST_POSTGRES_URL, else jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres.
#   CHECK_SKIP_BUILD=1 uses target/tandem.jar as it is (built with -Paot). Needs JDK 25 (JAVA_HOME), psql and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_URL="${1:-${TANDEM_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}}"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
WORK="$(mktemp -d)"
PID=0
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)
[ "$major" -ge 25 ] || { echo "the recommended launch needs JDK 25 (JAVA_HOME is JDK $major)" >&2; exit 1; }

. bench/postgres.sh
bench_postgres "$PG_URL" tandem_launch_check
cleanup() {
  if [ "$PID" -gt 0 ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  bench_postgres_drop tandem_launch_check
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "production launch: $*" >&2; [ -f "$WORK/app.log" ] && tail -40 "$WORK/app.log" >&2; exit 1; }

# The README's "Running in production", step by step.
[ -n "${CHECK_SKIP_BUILD:-}" ] || ./mvnw -B -q -ntp -Paot -DskipTests package
"$JAVA" -Djarmode=tools -jar target/tandem.jar extract --destination "$WORK/app" >/dev/null
FLAGS=("@$PWD/scripts/production.jvmflags") # as the README gives them: a java argument file
JAVA_HOME="$(dirname "$(dirname "$JAVA")")" scripts/train-aot-cache.sh "$WORK/app" "${FLAGS[@]}"

env TANDEM_DATA_DIR="$WORK/data" "${DB_ENV[@]}" "$JAVA" "${FLAGS[@]}" -XX:AOTCache="$WORK/app/tandem.aot" \
  -XX:AOTMode=on -Dspring.aot.enabled=true -Dserver.port=0 -jar "$WORK/app/tandem.jar" >"$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 1200); do
  grep -q "Started TandemApplication" "$WORK/app.log" && break
  kill -0 "$PID" 2>/dev/null || fail "did not start"
  sleep 0.1
done
grep -q "Started TandemApplication" "$WORK/app.log" || fail "did not start within two minutes"
PORT=$(grep -oE "Tomcat started on port [0-9]+" "$WORK/app.log" | head -1 | grep -oE "[0-9]+$")
BASE="http://127.0.0.1:$PORT"

status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
for _ in $(seq 1 600); do # ready once the application has said so, a moment after it started
  [ "$(status "$BASE/actuator/health/readiness")" = 200 ] && break
  sleep 0.1
done
[ "$(status "$BASE/actuator/health/readiness")" = 200 ] || fail "not ready within a minute of starting"
for page in / /request /providers /login; do
  [ "$(status "$BASE$page")" = 200 ] || fail "$page did not answer 200"
done

# A requester sends the form: sealed under new keys and stored in PostgreSQL; the answer shows the link and code.
curl -sf -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/request" -o "$WORK/form.html" || fail "no request form"
csrf=$(grep -oE 'name="_csrf" value="[^"]+"' "$WORK/form.html" | head -1 | sed 's/.*value="//; s/"$//')
nonce=$(grep -oE 'name="nonce" value="[^"]+"' "$WORK/form.html" | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$csrf" ] && [ -n "$nonce" ] || fail "the request form has no CSRF token or nonce"
curl -sf -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/request" -o "$WORK/sent.html" \
  --data-urlencode "_csrf=$csrf" --data-urlencode "nonce=$nonce" -d anonymous=true \
  --data-urlencode "organizationName=Radio Sur" -d organizationKind=MEDIA -d sizeBand=UP_TO_20 -d country=MX \
  -d region=Oaxaca -d languages=es --data-urlencode "communities=Indigenous journalists" -d problems=ACCOUNT_COMPROMISED \
  --data-urlencode "description=Our editor’s email was taken over last night." \
  --data-urlencode "outcome=Get the account back" -d urgency=URGENT -d timeframe=THIS_WEEK -d approach=INTRODUCTION \
  -d contactMethod=STATUS_PAGE -d consent=true || fail "sending the form failed"
link=$(grep -oE 'id="status-link" href="[^"]+"' "$WORK/sent.html" | sed 's/.*href="//; s/"$//')
code=$(grep -oE 'id="status-code">[^<]+' "$WORK/sent.html" | sed 's/.*>//')
[ -n "$link" ] && [ -n "$code" ] || fail "the answer to the form shows no status link and code"
path="/request/status/${link##*/request/status/}"
[ "$(status "$BASE$path")" = 200 ] || fail "the status link did not open"
stored=$(psql -X -At -d tandem_launch_check -c "select count(*) from help_request")
[ "$stored" = 1 ] || fail "$stored requests stored, 1 expected"

kill "$PID"
wait "$PID" 2>/dev/null || true
PID=0
echo "production launch: built with Spring AOT, AOT cache trained and used, started on $DB_LABEL, a request sent and stored"
