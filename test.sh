#!/usr/bin/env bash
# Run the whole GrantPortal test suite against a throwaway PostgreSQL cluster.
#
#   ./test.sh                          all tests (Release)
#   ./test.sh --filter FullyQualifiedName~Calls      extra arguments go to `dotnet test`
#
# Installs what the tests need when missing (Debian packages, via sudo when not root):
# postgresql, chromium, fonts-wqy-microhei, poppler-utils, docker-compose.
# The cluster lives in a fresh temp dir on a free port, uses trust auth on 127.0.0.1 (throwaway,
# loopback only) and fsync=off; it is stopped (immediate) and deleted on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$ROOT"
# shellcheck source=scripts/postgres.sh
. "$ROOT/scripts/postgres.sh"

say() { printf 'test.sh: %s\n' "$*" >&2; }

command -v dotnet >/dev/null 2>&1 || {
    say "error: 'dotnet' (the .NET 10 SDK) is not on PATH."
    exit 1
}

# --- packages -----------------------------------------------------------------------------------
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for pkg in postgresql chromium fonts-wqy-microhei poppler-utils docker-compose; do
    pkg_installed "$pkg" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    pg_apt_install "${missing[@]}"
fi
pg_ensure_bin

# --- docker-compose.yml ---------------------------------------------------------------------------
if command -v docker-compose >/dev/null 2>&1 && [ -f docker-compose.yml ]; then
    say "validating docker-compose.yml"
    docker-compose -f docker-compose.yml config -q
fi

# --- throwaway cluster ----------------------------------------------------------------------------
TMP_PG=$(mktemp -d /tmp/gp-test.XXXXXX)
chmod 755 "$TMP_PG" # the postgres user (when we are root) must traverse it
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
    if pg_start "$PGDATA_DIR" "$PGPORT" --throwaway; then
        started=1
        break
    fi
    say "could not start PostgreSQL on port $PGPORT (attempt $attempt), retrying on another port"
done
[ "$started" -eq 1 ] || { say "error: PostgreSQL did not start"; exit 1; }
pg_create_roles "$PGPORT"
say "PostgreSQL (throwaway) on 127.0.0.1:$PGPORT, data in $PGDATA_DIR"

# Owner role with CREATEDB: the test fixtures create (and drop) their own databases.
export GRANTPORTAL_TEST_DB="Host=127.0.0.1;Port=$PGPORT;Username=grantportal;Database=postgres;Pooling=true"
export GRANTPORTAL_TEST_APP_ROLE=grantportal_app
export CHROMIUM_PATH=/usr/bin/chromium
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Never let Playwright download a browser: the tests use the Debian chromium above.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

set +e
dotnet test GrantPortal.sln -c Release --logger "console;verbosity=normal" "$@"
rc=$?
set -e
exit "$rc"
