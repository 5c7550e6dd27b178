#!/usr/bin/env bash
# Run the whole GrantPortal test suite against a throwaway PostgreSQL cluster.
#
#   ./test.sh                          all tests (Release)
#   ./test.sh --filter FullyQualifiedName~Calls      extra arguments go to `dotnet test`
#
# Installs what the tests need when missing (Debian packages, via sudo when not root):
# postgresql, chromium, fonts-wqy-microhei, poppler-utils, docker-compose, zbar-tools.
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
for pkg in postgresql chromium fonts-wqy-microhei poppler-utils docker-compose zbar-tools; do
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

# --- throwaway cluster (stopped and deleted on exit) ------------------------------------------------
pg_throwaway gp-test
export CHROMIUM_PATH=/usr/bin/chromium
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Never let Playwright download a browser: the tests use the Debian chromium above.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

set +e
dotnet test GrantPortal.sln -c Release --logger "console;verbosity=normal" "$@"
rc=$?
set -e
exit "$rc"
