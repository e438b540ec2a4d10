# Sourced by the bench scripts that run Tandem on PostgreSQL: bench_postgres <jdbc-url> <database> reads the server,
# user and password from the JDBC URL (jdbc:postgresql://host[:port]/database[?user=...&password=...]), exports the
# PG* variables psql uses, drops and creates <database> afresh, and sets DB_ENV (the TANDEM_DATABASE_* variables for
# Tandem) and DB_LABEL (a line for the report). bench_postgres_drop <database> drops it again. bench_seeded and
# bench_staff_session (below) wait for a seeded Tandem and sign its demo staff member in.
bench_postgres() {
  local url="$1" database="$2" rest hostport query
  command -v psql >/dev/null || { echo "psql is needed for postgres" >&2; exit 1; }
  rest="${url#jdbc:postgresql://}"
  hostport="${rest%%/*}"
  query=""
  case "$rest" in *\?*) query="${rest#*\?}" ;; esac
  param() { echo "$query" | tr '&' '\n' | sed -n "s/^$1=//p" | head -1; }
  export PGHOST="${hostport%%:*}" PGPORT="5432" PGOPTIONS="--client-min-messages=warning"
  case "$hostport" in *:*) PGPORT="${hostport#*:}" ;; esac
  PGUSER="$(param user)"
  export PGUSER="${PGUSER:-postgres}"
  PGPASSWORD="$(param password)"
  if [ -n "$PGPASSWORD" ]; then export PGPASSWORD; else unset PGPASSWORD; fi
  PGDATABASE="$(echo "${rest#*/}" | sed 's/?.*//')"
  export PGDATABASE="${PGDATABASE:-postgres}"
  psql -X -q -v ON_ERROR_STOP=1 -c "drop database if exists $database with (force)" -c "create database $database"
  DB_ENV=(TANDEM_DATABASE_URL="jdbc:postgresql://$hostport/$database${query:+?$query}" TANDEM_DATABASE_USER="$PGUSER")
  if [ -n "${PGPASSWORD:-}" ]; then DB_ENV+=(TANDEM_DATABASE_PASSWORD="$PGPASSWORD"); fi
  DB_LABEL="PostgreSQL $(psql -X -Atc 'show server_version' | awk '{print $1}') at $hostport, database $database"
}

bench_postgres_drop() {
  psql -X -q -c "drop database if exists $1 with (force)" >/dev/null 2>&1 || true
}

# bench_seeded <log> <pid> <name>: waits until the Tandem writing <log> has seeded its requests (tandem.seed.*), and
# stops the script with the log's end if that Tandem stopped first.
bench_seeded() {
  for _ in $(seq 1 36000); do
    grep -qE "Seeded [0-9]+ requests in|Seeding requests needs" "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "Tandem ($3) stopped:" >&2; tail -30 "$1" >&2; exit 1; }
    sleep 1
  done
  echo "Tandem ($3) did not finish seeding" >&2; exit 1
}

# bench_staff_session <base-url> <log> <token-scopes>: signs the demo staff member (password from the demo log) in as
# a person does and prints SESSION_COOKIE=... and API_TOKEN=... for eval (bench/staff_session.py).
bench_staff_session() {
  local password
  password=$(grep -E '^ +demo-staff-1 ' "$2" | head -1 | awk '{print $2}')
  python3 bench/staff_session.py "$1" demo-staff-1 "$password" --token-scope "$3"
}
