#!/usr/bin/env bash
# A throwaway PostgreSQL server on localhost for the integration tests: its own data directory and port, no system
# service. `start` installs PostgreSQL from Debian's packages when it is missing, initialises a cluster as the
# `postgres` user (PostgreSQL refuses to run as root), starts it, creates the database and prints the connection
# string; `stop` stops the server and removes the data directory. `test` starts, runs the PostgreSQL tests, stops.
#   PGTEST_PORT (default 55432), PGTEST_DIR (default /tmp/keyaccount-pg), PGTEST_DB (default keyaccount)
set -euo pipefail

port="${PGTEST_PORT:-55432}"
dir="${PGTEST_DIR:-/tmp/keyaccount-pg}"
db="${PGTEST_DB:-keyaccount}"
connection="Host=127.0.0.1;Port=$port;Database=$db;Username=postgres;Password=postgres"

as_postgres() { # runs a command as the postgres user (or as the caller when that is not root)
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] && [ -x "$found/pg_ctl" ] && echo "$found"
}

install() {
  if bin_dir >/dev/null; then return 0; fi
  [ "$(id -u)" -eq 0 ] || { echo "PostgreSQL is not installed; run as root to install it (apt-get install postgresql)" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y postgresql
}

start() {
  install
  local bin; bin=$(bin_dir)
  if [ -f "$dir/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    echo "$connection"; return 0
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  printf 'postgres\n' > "$dir/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir/pwfile"; fi
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  PGPASSWORD=postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $db" postgres >/dev/null
  echo "$connection"
}

stop() {
  local bin
  if bin=$(bin_dir) && [ -d "$dir/data" ]; then
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  test)
    export KEYACCOUNT_POSTGRES
    KEYACCOUNT_POSTGRES=$(start | tail -n 1)
    trap stop EXIT
    dotnet test tests/KeyAccount.Domain.Marten.Tests -c Release "${@:2}"
    dotnet test tests/KeyAccount.SalesOffice.Tests -c Release "${@:2}"
    ;;
  *) echo "usage: $0 start|stop|test [dotnet test arguments]" >&2; exit 2 ;;
esac
