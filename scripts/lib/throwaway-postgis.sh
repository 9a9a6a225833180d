#!/usr/bin/env bash
# Sourced by the test script: starts a throw-away PostgreSQL 15 + PostGIS cluster on a free loopback port and
# exports ALLERVERS_DB_URL/USER/PASSWORD for it. stop_throwaway_postgis stops it and removes its files.

PG_BIN=/usr/lib/postgresql/15/bin
# shellcheck source=free-port.sh
source "$(dirname "${BASH_SOURCE[0]}")/free-port.sh"

_as_db_owner() {
  # PostgreSQL refuses to run as root: use the postgres system user then.
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}


start_throwaway_postgis() {
  PG_DIR=$(mktemp -d /tmp/allervers-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR"
  PG_PORT=$(free_port 55432 55532)
  _as_db_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U allervers --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  _as_db_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  _as_db_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U allervers allervers
  _as_db_owner "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U allervers -d allervers -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
  export ALLERVERS_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/allervers"
  export ALLERVERS_DB_USER=allervers
  export ALLERVERS_DB_PASSWORD=""
  export PG_DIR PG_PORT
  echo "Throw-away PostGIS on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

stop_throwaway_postgis() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
    _as_db_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
