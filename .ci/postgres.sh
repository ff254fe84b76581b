#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the ledger's tests, on a loopback port, and exports
# SITREP_TEST_PG_URL for them. Source it so the variable reaches your shell or script:
#
#   . .ci/postgres.sh          # then: mvn -B test   (the PostgreSQL tests run instead of being skipped)
#   sitrep_pg_stop             # stops the server and removes its data directory
#
# Installs Debian's postgresql package when no server binaries are found. Port: SITREP_PG_PORT
# (default 55432). Fails loudly (non-zero, with the server's log) when the server cannot start.

_sitrep_pg_fail() {
  echo "postgres.sh: $*" >&2
  return 1
}

_sitrep_pg_start() {
  local port="${SITREP_PG_PORT:-55432}"
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres.sh: installing PostgreSQL (apt-get install -y postgresql)" >&2
    if [ "$(id -u)" -ne 0 ]; then
      _sitrep_pg_fail "PostgreSQL is not installed and this is not root: apt-get install -y postgresql" || return 1
    fi
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
      || { _sitrep_pg_fail "apt-get install postgresql failed"; return 1; }
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [ -x "$bin/initdb" ] || { _sitrep_pg_fail "no initdb after installing postgresql"; return 1; }
  fi

  # PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres \
      || { _sitrep_pg_fail "cannot create the postgres user"; return 1; }
    as=(runuser -u postgres --)
  fi

  local data
  data="$(mktemp -d "${TMPDIR:-/tmp}/sitrep-pg.XXXXXX")" || { _sitrep_pg_fail "mktemp failed"; return 1; }
  [ ${#as[@]} -eq 0 ] || chown postgres "$data"
  chmod 700 "$data"
  "${as[@]}" "$bin/initdb" -D "$data/db" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 \
    || "${as[@]}" "$bin/initdb" -D "$data/db" -U postgres --auth=trust -E UTF8 >"$data/initdb.log" 2>&1 \
    || { cat "$data/initdb.log" >&2; _sitrep_pg_fail "initdb failed"; return 1; }
  # fsync off: a test server's data is thrown away anyway, and tests run faster.
  if ! "${as[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null; then
    cat "$data/server.log" >&2
    _sitrep_pg_fail "the PostgreSQL server did not start on 127.0.0.1:$port (is the port taken? set SITREP_PG_PORT)"
    return 1
  fi
  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE sitrep_test" >/dev/null \
    || { cat "$data/server.log" >&2; _sitrep_pg_fail "cannot create database sitrep_test"; return 1; }

  export SITREP_PG_DATA="$data" SITREP_PG_BIN="$bin"
  export SITREP_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/sitrep_test?user=postgres"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port;" \
    "SITREP_TEST_PG_URL=$SITREP_TEST_PG_URL" >&2
}

sitrep_pg_stop() {
  [ -n "${SITREP_PG_DATA:-}" ] || return 0
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$SITREP_PG_BIN/pg_ctl" -D "$SITREP_PG_DATA/db" -m fast -w stop >/dev/null 2>&1 || true
  else
    "$SITREP_PG_BIN/pg_ctl" -D "$SITREP_PG_DATA/db" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$SITREP_PG_DATA"
  unset SITREP_PG_DATA SITREP_TEST_PG_URL
}

if (return 0 2>/dev/null); then
  _sitrep_pg_start
else
  # Run as a script: start the server and say how to use it (the export cannot reach the caller).
  _sitrep_pg_start || exit 1
  echo "export SITREP_TEST_PG_URL='$SITREP_TEST_PG_URL'   # stop: pg_ctl -D $SITREP_PG_DATA/db stop"
fi
