#!/usr/bin/env bash
# Deadline day: N applicant sessions over M minutes (sign in, open the form, autosave ten times, upload a 5 MB scan,
# submit) while staff use their pages; p50/p95/p99 per request kind, errors, and a database check that every session
# left exactly one submission.
#
#   bench/run-load.sh                                  2,000 sessions over 10 minutes (the issue's scenario)
#   bench/run-load.sh --sessions 200 --minutes 1       quick mode
#   bench/run-load.sh staff --applications 2000        the staff pages alone, one request at a time, over N submitted
#                                                      applications (ms and KiB allocated per request; --requests 40;
#                                                      --hold SECONDS keeps the app up afterwards to look at the pages)
#   options: --think SECONDS (3, between steps, jittered ±50%), --staff N (4), --scan-mb N (5), --tenant ID (hunan),
#            --store directory|postgres (directory: the scans' bytes as files, Files:Store=Directory, as a deadline-day
#            deployment is configured; postgres: the default store, bytes in the database and its WAL),
#            --out FILE (default bench/results/load-<UTC date-time>.md)
#
# With GRANTPORTAL_TEST_DB set (an owner role with CREATEDB) that server is used; otherwise a throwaway cluster with
# production's durability settings (fsync on) is started and removed. The bench makes its own database and drops it at the end. Exit 0: no errors and the database
# check holds; 2 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"
# shellcheck source=../scripts/postgres.sh
. "$ROOT/scripts/postgres.sh"
say() { printf 'run-load.sh: %s\n' "$*" >&2; }

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
say "building bench/GrantPortal.Bench (Release)"
dotnet build bench/GrantPortal.Bench -c Release -v quiet -nologo >&2

if [ -z "${GRANTPORTAL_TEST_DB:-}" ]; then
    # Durable, as in production: fsync, synchronous commit and full-page writes on (test clusters turn them off).
    PG_THROWAWAY_DURABLE=1 pg_throwaway gp-load
    export GRANTPORTAL_LOAD_DB_NOTE="throwaway cluster, $("$PGBIN/postgres" --version), durable settings (fsync, synchronous_commit, full_page_writes on), shared_buffers 256 MB, wal_buffers 32 MB, max_wal_size 4 GB (scripts/postgres.sh, as run.sh), max_connections 100; the app's pool bounded at 40"
else
    say "using GRANTPORTAL_TEST_DB from the environment"
fi

mode=load
if [ "${1:-}" = staff ]; then
    mode=staff
    shift
fi
args=("$@")
case " $mode $* " in
    *" staff "* | *" --out "*) ;;
    *) args+=(--out "$ROOT/bench/results/load-$(date -u +%Y%m%d-%H%M).md") ;;
esac

set +e
dotnet bench/GrantPortal.Bench/bin/Release/net10.0/GrantPortal.Bench.dll "$mode" "${args[@]}"
rc=$?
set -e
if [ -n "${PGDATA_DIR:-}" ] && [ -f "$PGDATA_DIR/server.log" ]; then
    # The throwaway cluster goes at exit; its log (checkpoints, slow statements) stays for reading the run.
    keep="${TMPDIR:-/tmp}/gp-load-postgres-$(date -u +%Y%m%d-%H%M%S).log"
    cp "$PGDATA_DIR/server.log" "$keep" && say "PostgreSQL's log kept in $keep"
fi
exit "$rc"
