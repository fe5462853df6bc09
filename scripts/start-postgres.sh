#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server from Debian's packages (apt-get install postgresql)
# on the loopback address, for the adapter contract suite on a real server, and prints
# its connection URL. `scripts/start-postgres.sh stop` stops it.
#   export PREFS_PG_URL="$(scripts/start-postgres.sh)"
set -euo pipefail

dir="${PREFS_PG_DIR:-/tmp/prefcenter-postgres}"
port="${PREFS_PG_PORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [[ -z "$bin" ]]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi
# PostgreSQL refuses to run as root: run it as the postgres user the package made.
as_owner=()
if [[ "$(id -u)" == 0 ]]; then as_owner=(runuser -u postgres --); fi

if [[ "${1:-}" == stop ]]; then
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -m fast stop >&2 || true
  exit 0
fi

if [[ ! -f "$dir/PG_VERSION" ]]; then
  mkdir -p "$dir"
  [[ "$(id -u)" == 0 ]] && chown postgres "$dir"
  "${as_owner[@]}" "$bin/initdb" -D "$dir" -U prefs -A trust --no-sync >&2
fi
if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2
fi
echo "postgres://prefs@127.0.0.1:$port/postgres"
