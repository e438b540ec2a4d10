#!/usr/bin/env bash
# Runs sqlmap and wapiti against a local Tandem, on 127.0.0.1 only, each within the time given (sqlmap shares it
# among its seven targets), and writes a summary.
#
#   scripts/probe-scan.sh [minutes per tool, default 10]
#   PROBE_ONLY=sqlmap|wapiti scripts/probe-scan.sh …   (one tool only)
#
# Needs target/tandem.jar (./mvnw -DskipTests package), a JDK 21+ (JAVA_HOME) and the Debian packages sqlmap and
# wapiti (apt-get install -y sqlmap wapiti). Tandem runs on the embedded database in a throw-away folder, with demo
# accounts so that staff pages exist; nothing leaves this machine: wapiti's modules that reach other hosts (ssrf,
# takeover, wapp, nikto's database) are left out. The summary goes to target/probe-scan/summary.md.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes="${1:-10}"
out="target/probe-scan"
rm -rf "$out" && mkdir -p "$out"
data="$(mktemp -d)"
port="${PROBE_PORT:-18181}"
base="http://127.0.0.1:$port"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for tool in sqlmap wapiti; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install -y sqlmap wapiti)" >&2; exit 2; }
done
[ -f target/tandem.jar ] || { echo "target/tandem.jar is missing (./mvnw -DskipTests package)" >&2; exit 2; }

TANDEM_PORT="$port" TANDEM_DATA_DIR="$data" TANDEM_DEMO=true TANDEM_PUBLIC_URL="$base" \
  "$java" -Xmx256m -jar target/tandem.jar --server.address=127.0.0.1 > "$out/tandem.log" 2>&1 &
tandem=$!
trap 'kill $tandem 2>/dev/null || true; wait $tandem 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "$base/actuator/health" && break; sleep 1; done
curl -sf -o /dev/null "$base/actuator/health"

started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
bound=$((minutes * 60))

# sqlmap: every public form and parameter that reaches the database, with the CSRF token fetched per request.
per_target=$(( bound / 7 > 60 ? bound / 7 : 60 ))
sqlmap_target() {
  local name="$1"; shift
  timeout "$per_target" sqlmap --batch --disable-coloring --flush-session --level 2 --risk 1 --timeout 10 \
    --retries 0 --time-sec 2 --output-dir "$out/sqlmap" "$@" > "$out/sqlmap-$name.log" 2>&1 || true
}
only="${PROBE_ONLY:-}"
csrf=(--csrf-token=_csrf)
if [ "$only" != wapiti ]; then
sqlmap_target request -u "$base/request" --data "_csrf=x&nonce=probe-scan-nonce-0001&anonymous=true&organizationName=a&description=b&outcome=c&urgency=SOON&timeframe=FLEXIBLE&approach=NOT_SURE&contactMethod=STATUS_PAGE&consent=true" \
  "${csrf[@]}" --csrf-url="$base/request" -p "organizationName,description,outcome,urgency,approach"
sqlmap_target apply -u "$base/providers/apply" --data "_csrf=x&nonce=probe-scan-nonce-0002&kind=INDIVIDUAL&displayName=a&expertise=b&residenceCountry=BR&email=a@example.org" \
  "${csrf[@]}" --csrf-url="$base/providers/apply" -p "displayName,expertise,residenceCountry,email"
sqlmap_target login -u "$base/login" --data "_csrf=x&username=a&password=b" "${csrf[@]}" --csrf-url="$base/login" -p "username"
sqlmap_target reset -u "$base/password-reset" --data "_csrf=x&name=a" "${csrf[@]}" --csrf-url="$base/password-reset" -p "name"
sqlmap_target receipt -u "$base/privacy/receipts/ABCD-EFGH-IJKL*" --ignore-code=404
sqlmap_target status -u "$base/request/status/abcdef*" 
sqlmap_target directory -u "$base/providers?service=TRAINING&language=en&country=BR&region=a&page=0" -p "service,language,country,region,page"

fi

# wapiti: a crawl of what a visitor reaches, with the attack modules that stay on this host; each module gets a share
# of the time, so that the report is written before the bound.
if [ "$only" != sqlmap ]; then
timeout "$((bound * 2 + 120))" wapiti -u "$base/" --scope folder --max-scan-time "$bound" \
  --max-attack-time "$(( bound / 18 > 10 ? bound / 18 : 10 ))" --flush-session \
  -m "sql,blindsql,timesql,xss,permanentxss,exec,file,crlf,redirect,xxe,methods,http_headers,csp,cookieflags,csrf,htaccess,backup,shellshock" \
  -f txt -o "$out/wapiti.txt" > "$out/wapiti.log" 2>&1 || true
fi

alive=no; curl -sf -o /dev/null "$base/actuator/health" && alive=yes
{
  echo "# Probe scan of $base, $started → $(date -u +%Y-%m-%dT%H:%M:%SZ), bound $minutes min per tool"
  echo
  echo "## sqlmap"
  for log in "$out"/sqlmap-*.log; do
    name=$(basename "$log" .log)
    if grep -q "is vulnerable\|sqlmap identified the following injection" "$log"; then verdict="INJECTION FOUND"
    elif grep -q "all tested parameters do not appear to be injectable\|does not seem to be injectable" "$log"; then verdict="not injectable"
    else verdict="inconclusive (see $log)"; fi
    echo "- ${name#sqlmap-}: $verdict; answers seen: $(grep -A1 "HTTP error codes detected" "$log" | tail -1 | tr -d '\r' || true)"
  done
  echo
  echo "## wapiti"
  if [ -f "$out/wapiti.txt" ]; then
    awk '/^Summary of vulnerabilities/,/^\*\*\*\*\*\*/' "$out/wapiti.txt" | grep -v "^\*" | sed 's/^/    /'
    awk '/^Summary of anomalies/,/^\*\*\*\*\*\*/' "$out/wapiti.txt" | grep -v "^\*" | sed 's/^/    /'
  else
    echo "no report (see $out/wapiti.log); what it printed:"
    grep -i "found\|not set\|vulnerab" "$out/wapiti.log" | sed 's/^/    /' || true
  fi
  echo
  echo "## Tandem"
  echo "- healthy after the scan: $alive"
  echo "- server errors logged: $(grep -c " ERROR " "$out/tandem.log" || true)"
} > "$out/summary.md"
cat "$out/summary.md"
