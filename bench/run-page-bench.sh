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
    pg_throwaway gp-bench
else
    say "using GRANTPORTAL_TEST_DB from the environment"
fi

set +e
dotnet bench/GrantPortal.Bench/bin/Release/net10.0/GrantPortal.Bench.dll "$@"
rc=$?
set -e
exit "$rc"
