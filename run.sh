#!/usr/bin/env bash
# Run GrantPortal locally against a private PostgreSQL cluster in .data/pg.
#
#   ./run.sh                         build (Release) and serve on http://127.0.0.1:${PORT:-5080}
#   ./run.sh --reset                 stop the cluster and delete .data/ first (fresh database)
#   ./run.sh calls list              operator commands, passed through to the app, e.g.
#   ./run.sh calls import FILE --tenant xinjiang
#   ./run.sh calls export --tenant xinjiang --year 2025 [--out FILE]
#   ./run.sh exports call --tenant guangxi --year 2023 --out FILE.zip   sealed, signed PDFs + index.csv
#
# Environment: PORT (web port, default 5080), PGPORT_LOCAL (PostgreSQL port; default 5433, or a
# free port when 5433 is taken; the choice is kept in .data/pg.port).
#
# The cluster uses "trust" authentication on 127.0.0.1 and its Unix socket: acceptable only because
# it is a local development cluster listening on loopback; so no passwords here.
# PostgreSQL is stopped on exit (including Ctrl-C) if this script started it; a cluster that was
# already running (e.g. started by another ./run.sh) is left running.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=scripts/postgres.sh
. "$ROOT/scripts/postgres.sh"

say() { printf 'run.sh: %s\n' "$*" >&2; }

RESET=0
if [ "${1:-}" = "--reset" ]; then
    RESET=1
    shift
fi

command -v dotnet >/dev/null 2>&1 || {
    say "error: 'dotnet' (the .NET 10 SDK) is not on PATH. Install it (https://dot.net) and retry."
    exit 1
}

DATA="$ROOT/.data"
PGDATA_DIR=$(pg_resolve_dir "$DATA/pg")
PORT_FILE="$DATA/pg.port"

if [ "$RESET" -eq 1 ]; then
    say "--reset: stopping PostgreSQL and deleting $DATA"
    pg_stop "$PGDATA_DIR" fast
    rm -rf "$DATA"
    if [ "$PGDATA_DIR" != "$DATA/pg" ]; then
        rm -rf "$(dirname "$PGDATA_DIR")"
    fi
fi

mkdir -p "$DATA/logs"
pg_ensure_bin
# The application PDF's Chinese font (GrantPortal:Pdf:FontFile defaults to Debian's WenQuanYi Micro Hei), and
# zbarimg + pdftoppm, which read the QR code from uploaded sealed scans.
run_missing=()
for pkg in fonts-wqy-microhei zbar-tools poppler-utils; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || run_missing+=("$pkg")
done
if [ "${#run_missing[@]}" -gt 0 ]; then
    pg_apt_install "${run_missing[@]}"
fi

if [ "$PGDATA_DIR" != "$DATA/pg" ]; then
    say "user postgres cannot reach $DATA; the PostgreSQL cluster lives in $PGDATA_DIR instead"
fi
if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    say "initialising PostgreSQL cluster in $PGDATA_DIR"
    pg_init "$PGDATA_DIR"
fi

APP_PID=""
PG_STARTED=0

# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
    local rc=$?
    trap '' INT TERM
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        # Give the app up to 30 s to shut down gracefully.
        local _
        for _ in $(seq 1 60); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [ "$PG_STARTED" -eq 1 ]; then
        say "stopping PostgreSQL"
        pg_stop "$PGDATA_DIR" fast
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if pg_status "$PGDATA_DIR"; then
    PGPORT=$(pg_port_of "$PGDATA_DIR")
    say "reusing running PostgreSQL on port $PGPORT (left running on exit)"
else
    if [ -n "${PGPORT_LOCAL:-}" ]; then
        PGPORT=$PGPORT_LOCAL
    elif [ -s "$PORT_FILE" ] && ! pg_port_in_use "$(cat "$PORT_FILE")"; then
        PGPORT=$(cat "$PORT_FILE")
    else
        PGPORT=$(pg_free_port 5433)
    fi
    say "starting PostgreSQL on 127.0.0.1:$PGPORT"
    pg_start "$PGDATA_DIR" "$PGPORT"
    PG_STARTED=1
fi
printf '%s\n' "$PGPORT" >"$PORT_FILE"
pg_create_roles "$PGPORT"

say "building src/GrantPortal.Web (Release)"
dotnet build "$ROOT/src/GrantPortal.Web" -c Release -nologo -v q

APP_DLL="$ROOT/src/GrantPortal.Web/bin/Release/net10.0/GrantPortal.Web.dll"
[ -f "$APP_DLL" ] || { say "error: build output $APP_DLL not found"; exit 1; }

export ConnectionStrings__Owner="Host=127.0.0.1;Port=$PGPORT;Username=grantportal;Database=grantportal"
export ConnectionStrings__App="Host=127.0.0.1;Port=$PGPORT;Username=grantportal_app;Database=grantportal"
export GrantPortal__MigrateOnStartup=true
export GrantPortal__SeedDemoAccounts=true
export GrantPortal__LogDirectory="$DATA/logs"
export ASPNETCORE_URLS="http://127.0.0.1:${PORT:-5080}"
export ASPNETCORE_ENVIRONMENT=Production
# A local run over plain http: cookies are Secure when the request is HTTPS (production behind TLS keeps the default, Always).
export GrantPortal__CookieSecurePolicy=SameAsRequest
export DOTNET_ENVIRONMENT=Production
# Content root = the project folder (wwwroot, appsettings*.json), as with `dotnet run`; the working
# directory stays the caller's so that relative paths in `calls import FILE` mean what they say.
export ASPNETCORE_CONTENTROOT="$ROOT/src/GrantPortal.Web"
export DOTNET_CONTENTROOT="$ROOT/src/GrantPortal.Web"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# In the background + wait, so that Ctrl-C / SIGTERM reach the trap at once; cleanup() then
# stops the app with SIGTERM (graceful shutdown) and PostgreSQL if we started it.
# stdin is passed on explicitly (background jobs would otherwise read /dev/null).
dotnet "$APP_DLL" "$@" <&0 &
APP_PID=$!
set +e
wait "$APP_PID"
rc=$?
set -e
APP_PID=""
exit "$rc"
