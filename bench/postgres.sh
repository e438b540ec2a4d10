# Sourced by the bench scripts that run Tandem on PostgreSQL: bench_postgres <jdbc-url> <database> reads the server,
# user and password from the JDBC URL (jdbc:postgresql://host[:port]/database[?user=...&password=...]), exports the
# PG* variables psql uses, drops and creates <database> afresh, and sets DB_ENV (the TANDEM_DATABASE_* variables for
# Tandem) and DB_LABEL (a line for the report). bench_postgres_drop <database> drops it again.
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
