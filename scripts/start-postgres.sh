#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server from Debian's packages (apt-get install postgresql)
# on the loopback address, for the adapter contract suite on a real server, and prints
# its connection URL. `scripts/start-postgres.sh stop` stops it and deletes its data.
#   export PREFS_PG_URL="$(scripts/start-postgres.sh)"
# Each start begins from an empty data folder: state kept from an earlier run (a change
# log's sequence moved by a test, say) must not decide whether this run passes.
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

# Deletes only a PostgreSQL data folder (or an empty one): PREFS_PG_DIR set to a folder
# of one's own must not be emptied.
stop() {
  if [[ -f "$dir/PG_VERSION" ]]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  elif [[ -d "$dir" ]]; then
    rmdir "$dir" 2>/dev/null || { echo "$dir is not a PostgreSQL data folder; not deleting it" >&2; exit 1; }
  fi
}

if [[ "${1:-}" == stop ]]; then
  stop
  exit 0
fi

# A server left running by an earlier run is stopped and its data dropped.
stop
mkdir -p "$dir"
[[ "$(id -u)" == 0 ]] && chown postgres "$dir"
"${as_owner[@]}" "$bin/initdb" -D "$dir" -U prefs -A trust --no-sync >&2
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2
echo "postgres://prefs@127.0.0.1:$port/postgres"
