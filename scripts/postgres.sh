#!/usr/bin/env bash
# Local PostgreSQL clusters for GrantPortal, without Docker.
#
# Source it (`. scripts/postgres.sh`, then call the pg_* functions) or run it:
#   scripts/postgres.sh bin                      print the server bin dir (installs PostgreSQL if missing)
#   scripts/postgres.sh resolve-dir DIR          print where the cluster for DIR really lives (see below)
#   scripts/postgres.sh init DIR                 initdb (superuser "postgres", trust auth)
#   scripts/postgres.sh start DIR PORT [--throwaway]
#                                                start; --throwaway adds fsync=off etc. (test clusters only)
#   scripts/postgres.sh stop DIR [fast|immediate]
#   scripts/postgres.sh status DIR               exit 0 when running
#   scripts/postgres.sh port DIR                 port of the running cluster
#   scripts/postgres.sh create-roles PORT        roles grantportal / grantportal_app + database grantportal
#   scripts/postgres.sh free-port [PREFERRED]    print PREFERRED if free, else a free port
#
# Authentication is "trust" on 127.0.0.1 and on the Unix socket: acceptable ONLY for a local
# development or throwaway test cluster bound to loopback. Never use these settings for a server
# reachable by others (docker-compose.yml uses scram-sha-256 passwords instead).
#
# PostgreSQL refuses to run as root. When this runs as root the server binaries run as the
# "postgres" system user (runuser -u postgres --), which must own the data dir and be able to
# reach it. If it cannot traverse the requested path (e.g. a repo under /root), the cluster is
# placed under /tmp/grantportal-<hash>/ instead (pg_resolve_dir prints where).

# Not `set -e` here: this file may be sourced into callers with their own settings.

PG_SUPERUSER=postgres
PG_OWNER_ROLE=grantportal
PG_APP_ROLE=grantportal_app
PG_DATABASE=grantportal

pg_log() { printf 'postgres.sh: %s\n' "$*" >&2; }
pg_die() { pg_log "error: $*"; exit 1; }

pg_is_root() { [ "$(id -u)" -eq 0 ]; }

# Run a command as root: directly when root, through sudo when available.
pg_as_root() {
    if pg_is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        pg_die "need root (or sudo) to run: $*"
    fi
}

# apt-get install the given Debian packages (noninteractive).
pg_apt_install() {
    pg_log "installing with apt-get: $*"
    # stdout goes to stderr: callers capture this script's stdout (e.g. PGBIN=$(pg_bin)).
    pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
    pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

# Newest /usr/lib/postgresql/*/bin that has a server.
pg_find_bin() {
    local d best="" bestv=-1 v
    for d in /usr/lib/postgresql/*/bin; do
        if [ ! -x "$d/pg_ctl" ] || [ ! -x "$d/initdb" ] || [ ! -x "$d/postgres" ]; then continue; fi
        v=$(basename "$(dirname "$d")")
        v=${v%%.*}
        case "$v" in '' | *[!0-9]*) v=0 ;; esac
        if [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
    done
    [ -n "$best" ] && printf '%s\n' "$best"
}

# Sets PGBIN (installing PostgreSQL when missing) and prints it.
pg_bin() {
    if [ -z "${PGBIN:-}" ] || [ ! -x "$PGBIN/pg_ctl" ]; then
        PGBIN=$(pg_find_bin) || true
        if [ -z "$PGBIN" ]; then
            pg_apt_install postgresql
            PGBIN=$(pg_find_bin) || pg_die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
        fi
    fi
    printf '%s\n' "$PGBIN"
}

pg_ensure_bin() { PGBIN=$(pg_bin) || exit 1; export PGBIN; }

# Run a server binary: as the postgres user when we are root (from / so its cwd is readable).
pg_run() {
    if pg_is_root; then
        id -u postgres >/dev/null 2>&1 || pg_die "running as root but there is no 'postgres' system user (apt-get install postgresql creates it)"
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

pg_abspath() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s/%s\n' "$(pwd -P)" "$1" ;;
    esac
}

pg_short_hash() { printf '%s' "$1" | md5sum | cut -c1-10; }

# Where the cluster for DIR lives. Same as DIR unless we are root and the postgres user cannot
# traverse DIR's parent; then /tmp/grantportal-<hash of DIR>/<basename>. Deterministic, so that
# run.sh finds the same cluster again and --reset can delete it.
pg_resolve_dir() {
    local dir parent
    dir=$(pg_abspath "$1")
    if pg_is_root; then
        parent=$(dirname "$dir")
        mkdir -p "$parent"
        if ! (cd / && runuser -u postgres -- test -x "$parent") 2>/dev/null; then
            dir="/tmp/grantportal-$(pg_short_hash "$dir")/$(basename "$dir")"
        fi
    fi
    printf '%s\n' "$dir"
}

# Socket dir: the data dir itself when its path is short enough for a Unix socket path
# (~107 bytes incl. "/.s.PGSQL.NNNNN"), else /tmp/gp-sock-<hash>.
pg_socket_dir() {
    local dir=$1
    if [ "${#dir}" -le 80 ]; then
        printf '%s\n' "$dir"
    else
        printf '/tmp/gp-sock-%s\n' "$(pg_short_hash "$dir")"
    fi
}

pg_init() {
    local dir
    [ -n "${1:-}" ] || pg_die "usage: init DIR"
    dir=$(pg_abspath "$1")
    pg_ensure_bin
    if [ -f "$dir/PG_VERSION" ]; then
        pg_log "cluster already initialised in $dir"
        return 0
    fi
    mkdir -p "$dir"
    chmod 700 "$dir"
    if pg_is_root; then
        chown postgres:postgres "$dir"
        (cd / && runuser -u postgres -- test -w "$dir") ||
            pg_die "user postgres cannot write $dir (use pg_resolve_dir to pick a reachable place)"
    fi
    pg_run "$PGBIN/initdb" --no-sync --auth=trust -E UTF8 --locale=C.UTF-8 -U "$PG_SUPERUSER" -D "$dir" >/dev/null ||
        pg_die "initdb failed for $dir"
}

pg_status() {
    local dir
    dir=$(pg_abspath "$1")
    [ -f "$dir/PG_VERSION" ] || return 1
    pg_ensure_bin
    pg_run "$PGBIN/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

# Port of a running cluster (4th line of postmaster.pid).
pg_port_of() {
    local dir
    dir=$(pg_abspath "$1")
    [ -f "$dir/postmaster.pid" ] || return 1
    sed -n 4p "$dir/postmaster.pid"
}

pg_start() {
    local dir port throwaway=0 sock opts
    if [ -z "${1:-}" ] || [ -z "${2:-}" ]; then pg_die "usage: start DIR PORT [--throwaway]"; fi
    dir=$(pg_abspath "$1")
    port=$2
    [ "${3:-}" = "--throwaway" ] && throwaway=1
    pg_ensure_bin
    [ -f "$dir/PG_VERSION" ] || pg_die "no cluster in $dir (run init first)"
    sock=$(pg_socket_dir "$dir")
    if [ "$sock" != "$dir" ]; then
        mkdir -p "$sock"
        chmod 700 "$sock"
        pg_is_root && chown postgres:postgres "$sock"
    fi
    opts="-p $port -k $sock -c listen_addresses=127.0.0.1"
    if [ "$throwaway" -eq 1 ]; then
        # Throwaway test clusters only: a crash may corrupt the data, which is fine there.
        opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    else
        # Durable clusters (run.sh, the load bench): room for deadline day's uploads. Sealed scans of several MB each go
        # through the WAL; with the defaults (wal_buffers 4 MB, max_wal_size 1 GB) every commit queued behind them.
        opts="$opts -c shared_buffers=256MB -c wal_buffers=32MB -c max_wal_size=4GB"
    fi
    if ! pg_run "$PGBIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null; then
        pg_log "pg_ctl start failed; tail of $dir/server.log:"
        tail -n 20 "$dir/server.log" >&2 2>/dev/null || true
        return 1
    fi
}

# stop DIR [fast|immediate]: fast for run.sh, immediate for throwaway test clusters.
pg_stop() {
    local dir mode=${2:-fast}
    [ -n "${1:-}" ] || pg_die "usage: stop DIR [fast|immediate]"
    dir=$(pg_abspath "$1")
    [ -f "$dir/postmaster.pid" ] || return 0
    pg_ensure_bin
    pg_run "$PGBIN/pg_ctl" -D "$dir" -m "$mode" -w stop >/dev/null 2>&1 || true
}

# Is something listening on 127.0.0.1:PORT (or is the port otherwise taken)?
pg_port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        ss -Hltn "sport = :$port" 2>/dev/null | grep -q . && return 0
    fi
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    return 1
}

# free-port [PREFERRED]: PREFERRED when free, else a random free port in 20000-59999.
pg_free_port() {
    local p _
    if [ -n "${1:-}" ] && ! pg_port_in_use "$1"; then
        printf '%s\n' "$1"
        return 0
    fi
    for _ in $(seq 1 200); do
        p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if ! pg_port_in_use "$p"; then
            printf '%s\n' "$p"
            return 0
        fi
    done
    pg_die "no free TCP port found"
}

# Idempotent: roles grantportal (LOGIN CREATEDB, owns database grantportal) and grantportal_app
# (LOGIN, nothing else: the app grants it table privileges after migrating; RLS applies to it).
pg_create_roles() {
    local port=${1:-}
    [ -n "$port" ] || pg_die "usage: create-roles PORT"
    pg_ensure_bin
    "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -d postgres >/dev/null <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_OWNER_ROLE') THEN
        CREATE ROLE $PG_OWNER_ROLE LOGIN CREATEDB;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_APP_ROLE') THEN
        CREATE ROLE $PG_APP_ROLE LOGIN;
    END IF;
END
\$\$;
ALTER ROLE $PG_OWNER_ROLE LOGIN CREATEDB NOSUPERUSER NOCREATEROLE;
ALTER ROLE $PG_APP_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
SELECT 'CREATE DATABASE $PG_DATABASE OWNER $PG_OWNER_ROLE ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DATABASE')
\gexec
SQL
}

# A throwaway cluster for tests and benchmarks: a fresh temp dir (prefix $1), a free port, the roles; stopped
# (immediate) and deleted on EXIT, whatever the exit code. Exports GRANTPORTAL_TEST_DB (the owner role with
# CREATEDB, on database postgres: fixtures create their own databases) and GRANTPORTAL_TEST_APP_ROLE.
pg_throwaway() {
    local prefix=${1:-gp}
    pg_ensure_bin
    PG_THROWAWAY_TMP=$(mktemp -d "/tmp/$prefix.XXXXXX")
    chmod 755 "$PG_THROWAWAY_TMP" # the postgres user (when we are root) must traverse it
    PGDATA_DIR="$PG_THROWAWAY_TMP/pg"
    trap pg_throwaway_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    pg_init "$PGDATA_DIR"
    local started=0 attempt throwaway_flag=--throwaway
    # PG_THROWAWAY_DURABLE=1 (the load bench): fsync and full-page writes on, as a production server runs.
    [ "${PG_THROWAWAY_DURABLE:-0}" = 1 ] && throwaway_flag=--durable
    for attempt in 1 2 3 4 5; do
        PGPORT=$(pg_free_port)
        if pg_start "$PGDATA_DIR" "$PGPORT" "$throwaway_flag"; then
            started=1
            break
        fi
        pg_log "could not start PostgreSQL on port $PGPORT (attempt $attempt), retrying on another port"
    done
    [ "$started" -eq 1 ] || pg_die "PostgreSQL did not start"
    pg_create_roles "$PGPORT"
    # Throwaway clusters only: fixtures drop their databases WITH (FORCE), which must end the app role's sessions too.
    "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U "$PG_SUPERUSER" -d postgres \
        -c "GRANT pg_signal_backend TO $PG_OWNER_ROLE" >/dev/null
    pg_log "PostgreSQL (throwaway) on 127.0.0.1:$PGPORT, data in $PGDATA_DIR"
    export GRANTPORTAL_TEST_DB="Host=127.0.0.1;Port=$PGPORT;Username=grantportal;Database=postgres;Pooling=true"
    export GRANTPORTAL_TEST_APP_ROLE=grantportal_app
}

# shellcheck disable=SC2317 # invoked by the EXIT trap
pg_throwaway_cleanup() {
    local rc=$?
    trap '' INT TERM
    pg_stop "$PGDATA_DIR" immediate
    rm -rf "$PG_THROWAWAY_TMP" "$(pg_socket_dir "$PGDATA_DIR")" 2>/dev/null || true
    exit "$rc"
}

pg_main() {
    local cmd=${1:-}
    shift || true
    case "$cmd" in
        bin) pg_bin ;;
        resolve-dir) pg_resolve_dir "${1:?usage: resolve-dir DIR}" ;;
        init) pg_init "$@" ;;
        start) pg_start "$@" ;;
        stop) pg_stop "$@" ;;
        status) pg_status "${1:?usage: status DIR}" ;;
        port) pg_port_of "${1:?usage: port DIR}" ;;
        create-roles) pg_create_roles "$@" ;;
        free-port) pg_free_port "$@" ;;
        *)
            sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
            return 2
            ;;
    esac
}

# Executed (not sourced): dispatch the subcommand.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -uo pipefail
    pg_main "$@"
fi
