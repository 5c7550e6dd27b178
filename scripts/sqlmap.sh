#!/usr/bin/env bash
# SQL injection scan (issue 8): Debian's sqlmap against every route that takes an id, a code or a search term,
# signed in as the role that may use it, plus the sign-in form. Exits 1 when sqlmap reports anything injectable.
#
#   scripts/sqlmap.sh                      build the app, start it on a throwaway PostgreSQL (seeded demo data), scan it
#   scripts/sqlmap.sh --base-url URL       scan a portal that is already running with demo accounts (e.g. ./run.sh);
#                                          ids are then taken from its pages where possible, random otherwise
#
# Options: --tenant ID (default xinjiang) --level N (2) --risk N (1) --threads N (2) --technique LETTERS (BEUST)
#          --timeout SECONDS per URL (240) --out DIR (default .data/sqlmap/<timestamp>) --only REGEX (routes to scan)
# Writes DIR/summary.txt (one line per target: clean | INJECTABLE | TIMEOUT | ERROR) and DIR/<n>.log (sqlmap's output).
# Not run by test.sh: it takes minutes. Installs sqlmap (and postgresql) with apt-get when missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
# shellcheck source=scripts/postgres.sh
. "$ROOT/scripts/postgres.sh"

say() { printf 'sqlmap.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 2; }

BASE_URL="" TENANT=xinjiang LEVEL=2 RISK=1 THREADS=2 TECHNIQUE=BEUST TIMEOUT=240 OUT="" ONLY=""
while [ $# -gt 0 ]; do
    case "$1" in
        --base-url) BASE_URL=${2%/}; shift 2 ;;
        --tenant) TENANT=$2; shift 2 ;;
        --level) LEVEL=$2; shift 2 ;;
        --risk) RISK=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --technique) TECHNIQUE=$2; shift 2 ;;
        --timeout) TIMEOUT=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        *) die "unknown option $1" ;;
    esac
done

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
pkg_installed sqlmap || pg_apt_install sqlmap
command -v curl >/dev/null 2>&1 || pg_apt_install curl
command -v dotnet >/dev/null 2>&1 || die "'dotnet' (the .NET 10 SDK) is not on PATH"

OUT=${OUT:-$ROOT/.data/sqlmap/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd -P)
WORK=$(mktemp -d /tmp/gp-sqlmap.XXXXXX)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

say "building src/GrantPortal.Web (Release)"
dotnet build "$ROOT/src/GrantPortal.Web" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
APP_DLL="$ROOT/src/GrantPortal.Web/bin/Release/net10.0/GrantPortal.Web.dll"
export ASPNETCORE_CONTENTROOT="$ROOT/src/GrantPortal.Web" DOTNET_CONTENTROOT="$ROOT/src/GrantPortal.Web"

APP_PID=""
# shellcheck disable=SC2317 # invoked by the EXIT trap
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}

if [ -z "$BASE_URL" ]; then
    pg_throwaway gp-sqlmap # stopped and deleted on exit (its EXIT trap); ours stops the app first
    trap 'stop_app; pg_throwaway_cleanup' EXIT
    export ConnectionStrings__Owner="Host=127.0.0.1;Port=$PGPORT;Username=grantportal;Database=grantportal"
    export ConnectionStrings__App="Host=127.0.0.1;Port=$PGPORT;Username=grantportal_app;Database=grantportal"
    export GrantPortal__MigrateOnStartup=true GrantPortal__SeedDemoAccounts=true GrantPortal__ConsoleLog=false
    export GrantPortal__LogDirectory="$WORK/logs"
    # Plain HTTP on loopback: cookies Secure only over HTTPS, so that curl sends them back (production says Always).
    export GrantPortal__CookieSecurePolicy=SameAsRequest
    export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
    APP_PORT=$(pg_free_port 5180)
    export ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT"
    BASE_URL="http://127.0.0.1:$APP_PORT"
    say "starting the portal on $BASE_URL (PostgreSQL on $PGPORT)"
    dotnet "$APP_DLL" >"$OUT/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 180); do
        curl -fsS "$BASE_URL/healthz" >/dev/null 2>&1 && break
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$OUT/app.log" >&2; die "the portal did not start"; }
        sleep 1
    done
    curl -fsS "$BASE_URL/healthz" >/dev/null || die "the portal did not answer /healthz"
else
    trap stop_app EXIT
    # The route list comes from the app's `routes` command, which needs connection strings set but never connects.
    export ConnectionStrings__Owner=${ConnectionStrings__Owner:-Host=unused} ConnectionStrings__App=${ConnectionStrings__App:-Host=unused}
fi

# --- routes ---------------------------------------------------------------------------------------
GrantPortal__ConsoleLog=false GrantPortal__LogDirectory="$WORK/logs" dotnet "$APP_DLL" routes >"$WORK/routes.tsv"
[ -s "$WORK/routes.tsv" ] || die "the app listed no routes"
say "$(wc -l <"$WORK/routes.tsv") routes"

# --- sign in: one cookie jar per role ----------------------------------------------------------------
PASSWORD=$(sed -n 's/.*Password = "\(.*\)";.*/\1/p' "$ROOT/src/GrantPortal.Infrastructure/Seeding/DemoAccounts.cs" | head -1)
[ -n "$PASSWORD" ] || die "demo password not found in DemoAccounts.cs"

token_of() { # the first antiforgery token in an HTML page (stdin)
    grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|value="[^"]*" name="__RequestVerificationToken"\|name="__RequestVerificationToken"[^>]*value="[^"]*"' \
        | head -1 | sed 's/.*value="\([^"]*\)".*/\1/' || true
}
cookie_header() { # "name=value; ..." of a curl cookie jar
    awk -F'\t' 'NF >= 7 && $6 != "" { sub(/^#HttpOnly_/, "", $1); printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"
}
sign_in() { # role → jar $WORK/<role>.jar
    local role=$1 jar="$WORK/$1.jar" token code
    token=$(curl -sS -c "$jar" -b "$jar" "$BASE_URL/account/login" | token_of)
    [ -n "$token" ] || die "no antiforgery token on the sign-in page"
    code=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Email=$role@$TENANT.example.com" \
        --data-urlencode "Password=$PASSWORD" "$BASE_URL/account/login")
    [ "$code" = 302 ] || die "sign-in as $role@$TENANT.example.com answered $code"
    grep -q 'gp.auth' "$jar" || die "sign-in as $role gave no gp.auth cookie"
}
for role in staff applicant reviewer admin; do sign_in "$role"; done
say "signed in as staff, applicant, reviewer and admin of $TENANT"

# --- real ids, where they can be found ------------------------------------------------------------------
first_match() { grep -o "$1" | head -1 | sed "s#$2##"; }
CALL_ID=$(curl -sS -b "$WORK/staff.jar" "$BASE_URL/$TENANT/staff/calls" | first_match "/$TENANT/staff/calls/[0-9a-f-]\{36\}" "/$TENANT/staff/calls/") || true
CATEGORY_ID=$(curl -sS -b "$WORK/staff.jar" "$BASE_URL/$TENANT/staff/calls/$CALL_ID/tree" | first_match "/$TENANT/staff/categories/[0-9a-f-]\{36\}" "/$TENANT/staff/categories/") || true
EXPERT_ID=$(curl -sS -b "$WORK/staff.jar" "$BASE_URL/$TENANT/staff/experts" | first_match "/$TENANT/staff/experts/[0-9a-f-]\{36\}" "/$TENANT/staff/experts/") || true
# The applicant's application: an existing one from 我的申报, else a draft started in an open category.
APPLICATION_ID=$(curl -sS -b "$WORK/applicant.jar" "$BASE_URL/$TENANT/my/applications" | first_match "/$TENANT/my/applications/[0-9a-f-]\{36\}" "/$TENANT/my/applications/") || true
if [ -z "$APPLICATION_ID" ]; then
    apply_page=$(curl -sS -b "$WORK/applicant.jar" "$BASE_URL/$TENANT/apply")
    start=$(printf '%s' "$apply_page" | grep -o "/$TENANT/apply/[0-9a-f-]\{36\}/start" | head -1) || true
    if [ -n "$start" ]; then
        token=$(printf '%s' "$apply_page" | token_of)
        location=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$WORK/applicant.jar" --data-urlencode "__RequestVerificationToken=$token" "$BASE_URL$start")
        APPLICATION_ID=$(printf '%s' "$location" | first_match "/my/applications/[0-9a-f-]\{36\}" "/my/applications/") || true
    fi
fi
random_guid() { cat /proc/sys/kernel/random/uuid; }
say "ids: call ${CALL_ID:-?} category ${CATEGORY_ID:-?} application ${APPLICATION_ID:-?} expert ${EXPERT_ID:-?}"

# --- targets: GET routes with a value besides the tenant, or query parameters -----------------------------------
# Each value gets sqlmap's custom injection marker (*); so does each query parameter's value.
fill() { # template → URL with markers
    local template=$1 out="" segment previous="" value
    IFS='/' read -r -a segments <<<"${template#/}"
    for segment in "${segments[@]}"; do
        if [[ $segment =~ ^\{([A-Za-z]+)(:[a-z]+)?\}(.*)$ ]]; then
            local name=${BASH_REMATCH[1]} type=${BASH_REMATCH[2]} rest=${BASH_REMATCH[3]}
            case "$name:$previous" in
                tenant:*) value="$TENANT" ;;
                id:calls) value="${CALL_ID:-$(random_guid)}*" ;;
                id:categories | id:apply) value="${CATEGORY_ID:-$(random_guid)}*" ;;
                id:applications | id:formal-check | applicationId:*) value="${APPLICATION_ID:-$(random_guid)}*" ;;
                expertId:*) value="${EXPERT_ID:-$(random_guid)}*" ;;
                year:*) value="2025*" ;;
                version:*) value="1*" ;;
                culture:*) value="zh-CN*" ;;
                *) if [ "$type" = ":guid" ]; then value="$(random_guid)*"; elif [ "$type" = ":int" ]; then value="404*"; else value="test*"; fi ;;
            esac
            segment="$value$rest"
        fi
        out="$out/$segment"
        previous=$segment
    done
    printf '%s' "${out:-/}"
}
role_of() { # path → cookie jar
    case "$1" in
        /\{tenant\}/my/* | /\{tenant\}/apply*) echo applicant ;;
        /\{tenant\}/review/*) echo reviewer ;;
        /\{tenant\}/admin/*) echo admin ;;
        *) echo staff ;;
    esac
}
: >"$WORK/targets.tsv"
while IFS=$'\t' read -r method template query _access; do
    [ "$method" = GET ] || continue
    [ -z "$ONLY" ] || [[ $template =~ $ONLY ]] || continue
    values=$(printf '%s' "$template" | grep -o '{[A-Za-z]*' | grep -vc '{tenant' || true)
    [ "$values" -gt 0 ] || [ "$query" != - ] || continue
    case "$template" in /error/*) continue ;; esac # the status page echoes its code; nothing is looked up
    url="$BASE_URL$(fill "$template")"
    if [ "$query" != - ]; then
        url="$url?$(printf '%s' "$query" | tr ',' '\n' | sed 's/$/=test*/' | paste -sd '&')"
    fi
    printf 'GET\t%s\t%s\t\n' "$(role_of "$template")" "$url" >>"$WORK/targets.tsv"
done <"$WORK/routes.tsv"
# The tenant segment itself (looked up in the associations table), and the sign-in form (anonymous, an unknown
# e-mail so no account gets locked; sqlmap fetches a fresh antiforgery token before each request).
printf 'GET\tanonymous\t%s/%s*\t\n' "$BASE_URL" "$TENANT" >>"$WORK/targets.tsv"
printf 'POST\tanonymous\t%s/account/login\tEmail=nobody%%40example.com&Password=not-the-password-1&__RequestVerificationToken=x\n' "$BASE_URL" >>"$WORK/targets.tsv"
say "$(wc -l <"$WORK/targets.tsv") targets; sqlmap --level $LEVEL --risk $RISK --technique $TECHNIQUE --threads $THREADS, at most ${TIMEOUT}s each"

# --- scan -------------------------------------------------------------------------------------------
SUMMARY="$OUT/summary.txt"
{
    echo "sqlmap $(sqlmap --version 2>/dev/null | head -1) against $BASE_URL ($TENANT), $(date -u +%FT%TZ)"
    echo "options: --level $LEVEL --risk $RISK --technique $TECHNIQUE --dbms PostgreSQL --threads $THREADS, timeout ${TIMEOUT}s per target"
} >"$SUMMARY"
injectable=0 n=0 started=$(date +%s)
while IFS=$'\t' read -r method role url data; do
    n=$((n + 1))
    log="$OUT/$n.log"
    # --ignore-code 404: a route whose id is not found here (a random one, another tenant's) still gets every payload;
    # without it sqlmap stops at the first 404 and nothing is tested.
    # The sign-in form fetches a fresh antiforgery token per request (--csrf-url), which sqlmap allows on one thread only.
    threads=$THREADS
    [ "$method" = POST ] && threads=1
    args=(--batch --disable-coloring --level "$LEVEL" --risk "$RISK" --technique "$TECHNIQUE" --dbms PostgreSQL
        --threads "$threads" --time-sec 2 --ignore-code 404 --output-dir "$WORK/sqlmap-$n")
    if [ "$role" = anonymous ]; then
        [ "$method" = POST ] && args+=(--data "$data" --csrf-token __RequestVerificationToken --csrf-url "$BASE_URL/account/login")
    else
        # The signed-in person's cookies; sqlmap leaves them alone (encrypted tickets: tampering only signs out).
        args+=(--cookie "$(cookie_header "$WORK/$role.jar")" --skip "gp.auth,gp.af,.AspNetCore.Culture")
    fi
    printf '%s %s as %s\n' "$method" "$url" "$role" >"$log"
    set +e
    timeout "$TIMEOUT" sqlmap -u "$url" "${args[@]}" >>"$log" 2>&1
    rc=$?
    set -e
    if grep -qiE 'identified the following injection point|is vulnerable|appears to be .*injectable' "$log" \
        && ! grep -qiE 'all tested parameters do not appear to be injectable' "$log"; then
        result=INJECTABLE; injectable=$((injectable + 1))
    elif [ "$rc" -eq 124 ]; then
        result=TIMEOUT
    elif grep -qiE 'all tested parameters do not appear to be injectable|do not appear to be injectable' "$log"; then
        result=clean
    else
        result="ERROR (rc $rc; see $n.log)"
    fi
    printf '%-10s %s %s as %s\n' "$result" "$method" "${url#"$BASE_URL"}" "$role" | tee -a "$SUMMARY" >&2
done <"$WORK/targets.tsv"
# Sanity: the signed-in cookies still worked at the end (the scan saw pages, not the sign-in page).
still=$(curl -sS -o /dev/null -w '%{http_code}' -b "$WORK/staff.jar" "$BASE_URL/$TENANT/staff/calls")
{
    echo "targets: $n, injectable: $injectable, timed out: $(grep -c '^TIMEOUT' "$SUMMARY" || true), errors: $(grep -c '^ERROR' "$SUMMARY" || true), $(($(date +%s) - started)) s"
    echo "staff sign-in still valid after the scan: $([ "$still" = 200 ] && echo yes || echo "no ($still)")"
} | tee -a "$SUMMARY" >&2
say "summary in $SUMMARY"
[ "$injectable" -eq 0 ] || exit 1
