#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server from Debian's packages (apt-get install postgresql)
# on the loopback address, for the adapter contract suite on a real server, and prints
# its connection URL. `scripts/start-postgres.sh stop` stops it and deletes its data.
#   export PREFS_PG_URL="$(scripts/start-postgres.sh)"
# Each start begins from an empty data folder: state kept from an earlier run (a change
# log's sequence moved by a test, say) must not decide whether this run passes.
set -euo pipefail

dir="${PREFS_PG_DIR:-/tmp/prefcenter-postgres}"
# Without a trailing slash, so that the log beside it ("$dir.log") is not inside it.
dir="${dir%/}"
port="${PREFS_PG_PORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [[ -z "$bin" ]]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi
# PostgreSQL refuses to run as root: run it as the postgres user the package made.
as_owner=()
if [[ "$(id -u)" == 0 ]]; then as_owner=(runuser -u postgres --); fi

# The mark this script leaves in a data folder it made: only such a folder is ever deleted,
# so PREFS_PG_DIR pointed at a real cluster (or any folder of one's own) is left alone.
mark="$dir/.prefcenter-throwaway"
# The server's log, kept beside the folder so that a failed run can still show it.
log="$dir.log"

stop() {
  [[ -e "$dir" ]] || return 0
  if [[ ! -f "$mark" ]]; then
    # An empty folder (initdb failed before the mark) is nobody's data.
    rmdir "$dir" 2>/dev/null && return 0
    echo "$dir was not made by this script; not deleting it (set PREFS_PG_DIR to a new folder)" >&2
    exit 1
  fi
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1 &&
    ! "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -m fast stop >&2; then
    echo "the server on $dir could not be stopped; its data is kept" >&2
    exit 1
  fi
  rm -rf "$dir"
}

if [[ "${1:-}" == stop ]]; then
  stop
  exit 0
fi

# A server left running by an earlier run is stopped and its data dropped. One run at a
# time per folder and port: a second start would drop a running suite's database (give a
# parallel run its own PREFS_PG_DIR and PREFS_PG_PORT).
stop
mkdir -p "$dir"
if [[ "$(id -u)" == 0 ]]; then chown postgres "$dir"; fi
"${as_owner[@]}" "$bin/initdb" -D "$dir" -U prefs -A trust --no-sync >&2
touch "$mark"
: >"$log"
if [[ "$(id -u)" == 0 ]]; then chown postgres "$log"; fi
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -l "$log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2 || {
  cat "$log" >&2
  exit 1
}
echo "postgres://prefs@127.0.0.1:$port/postgres"
