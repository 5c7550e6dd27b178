#!/usr/bin/env bash
# Requests/s of the association page /guangxi: the real app against a raw-Npgsql page with the same rows.
#
#   bench/run-page-bench.sh                         throwaway PostgreSQL cluster, Release build, run, stop
#   bench/run-page-bench.sh --duration 10 --rounds 2 --concurrency 16 --warmup 8    (these are the defaults)
#
# With GRANTPORTAL_TEST_DB already set (an owner role with CREATEDB, as ./test.sh exports it) that server is used
# instead and no cluster is started; GRANTPORTAL_TEST_APP_ROLE names the app role (default grantportal_app).
# The bench creates its own database there and drops it at the end.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
# shellcheck source=../scripts/postgres.sh
. "$ROOT/scripts/postgres.sh"
say() { printf 'run-page-bench.sh: %s\n' "$*" >&2; }

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
say "building bench/GrantPortal.Bench (Release)"
dotnet build bench/GrantPortal.Bench -c Release -v quiet -nologo >&2

if [ -z "${GRANTPORTAL_TEST_DB:-}" ]; then
    pg_ensure_bin
    TMP_PG=$(mktemp -d /tmp/gp-bench.XXXXXX)
    chmod 755 "$TMP_PG"
    PGDATA_DIR="$TMP_PG/pg"
    # shellcheck disable=SC2317 # invoked by the EXIT trap
    cleanup() {
        local rc=$?
        trap '' INT TERM
        pg_stop "$PGDATA_DIR" immediate
        rm -rf "$TMP_PG" "$(pg_socket_dir "$PGDATA_DIR")" 2>/dev/null || true
        exit "$rc"
    }
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    pg_init "$PGDATA_DIR"
    started=0
    for attempt in 1 2 3 4 5; do
        PGPORT=$(pg_free_port)
        if pg_start "$PGDATA_DIR" "$PGPORT" --throwaway; then started=1; break; fi
        say "could not start PostgreSQL on port $PGPORT (attempt $attempt), retrying"
    done
    [ "$started" -eq 1 ] || { say "error: PostgreSQL did not start"; exit 1; }
    pg_create_roles "$PGPORT"
    say "PostgreSQL (throwaway) on 127.0.0.1:$PGPORT"
    export GRANTPORTAL_TEST_DB="Host=127.0.0.1;Port=$PGPORT;Username=grantportal;Database=postgres;Pooling=true"
    export GRANTPORTAL_TEST_APP_ROLE=grantportal_app
else
    say "using GRANTPORTAL_TEST_DB from the environment"
fi

set +e
dotnet bench/GrantPortal.Bench/bin/Release/net10.0/GrantPortal.Bench.dll "$@"
rc=$?
set -e
exit "$rc"
