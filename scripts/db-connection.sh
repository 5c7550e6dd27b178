#!/usr/bin/env bash
# shellcheck disable=SC2034 # DB_SHIFT, DB_CONNINFO, DB_LABEL ... are read by the scripts that source this file
# Connection handling shared by scripts/backup.sh and scripts/restore.sh (sourced, not run).
#
# Which database: in order of precedence
#   1. --connection STR   a libpq string ("host=... port=... user=... dbname=..."), a URI
#                         ("postgresql://user@host:port/db") or an Npgsql string as in appsettings
#                         ("Host=...;Port=...;Username=...;Password=...;Database=...");
#   2. --host/-h, --port/-p, --user/-U, --db/-d (each overrides its part of 1.);
#   3. the PG* environment variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD ...);
#   4. the ./run.sh cluster: 127.0.0.1, the port in .data/pg.port, user grantportal, database grantportal.
# Connect as the role that OWNS the portal's tables (grantportal), never as the app's role
# (grantportal_app): row-level security hides rows from the app role, and pg_dump refuses then.

DB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
# shellcheck source=scripts/postgres.sh
. "$DB_ROOT/scripts/postgres.sh"

DB_CONNECTION="" DB_HOST="" DB_PORT="" DB_USER="" DB_NAME=""

db_say() { printf '%s: %s\n' "$DB_SCRIPT" "$*" >&2; }
db_fail() { db_say "error: $1"; exit "${2:-1}"; }

# Consumes one connection option from "$@": sets DB_SHIFT to how many arguments it used (0 = not one).
db_take_option() {
    DB_SHIFT=0
    case "$1" in
        --connection | -c | --host | -h | --port | -p | --user | -U | --db | -d)
            [ $# -ge 2 ] || db_fail "$1 needs a value" 2
            DB_SHIFT=2
            ;;
    esac
    case "$1" in
        --connection | -c) DB_CONNECTION=$2 ;;
        --host | -h) DB_HOST=$2 ;;
        --port | -p) DB_PORT=$2 ;;
        --user | -U) DB_USER=$2 ;;
        --db | -d) DB_NAME=$2 ;;
    esac
}

# libpq quoting of one keyword value: 'value' with \ and ' escaped.
db_quote() { local v=${1//\\/\\\\}; printf "'%s'" "${v//\'/\\\'}"; }

# An Npgsql "Key=Value;..." string to libpq keywords in DB_NPGSQL_CONNINFO; the password goes to
# PGPASSWORD (exported), never to argv.
db_from_npgsql() {
    local part key value out="" IFS=';'
    for part in $1; do
        [ -n "${part//[[:space:]]/}" ] || continue
        key=${part%%=*}
        value=${part#*=}
        key=$(printf '%s' "$key" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')
        case "$key" in
            host | server) out+="host=$(db_quote "$value") " ;;
            port) out+="port=$(db_quote "$value") " ;;
            username | userid | user | uid) out+="user=$(db_quote "$value") " ;;
            database | db) out+="dbname=$(db_quote "$value") " ;;
            password | pwd | psw) export PGPASSWORD=$value ;;
            sslmode) out+="sslmode=$(db_quote "$(printf '%s' "$value" | tr '[:upper:]' '[:lower:]')") " ;;
            *) ;; # pooling, timeouts ...: irrelevant to pg_dump / pg_restore
        esac
    done
    DB_NPGSQL_CONNINFO=$out
}

# Sets DB_CONNINFO (a libpq conninfo for the target database) and DB_LABEL (for messages).
db_resolve() {
    local conninfo=""
    if [ -n "$DB_CONNECTION" ]; then
        case "$DB_CONNECTION" in
            postgres://* | postgresql://*) conninfo=$DB_CONNECTION ;;          # URI
            *\;* | [A-Z]*=*) db_from_npgsql "$DB_CONNECTION"; conninfo=$DB_NPGSQL_CONNINFO ;;  # Npgsql: Key=Value;...
            *) conninfo=$DB_CONNECTION ;;                                    # libpq: key=value ...
        esac
    elif [ -z "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}${PGSERVICE:-}$DB_HOST$DB_PORT" ]; then
        # Nothing said: the ./run.sh cluster.
        local port_file="$DB_ROOT/.data/pg.port"
        [ -s "$port_file" ] || db_fail "no database given and no ./run.sh cluster ($port_file missing): pass --connection or --host/--port/--db, or set PGHOST etc."
        conninfo="host=127.0.0.1 port=$(cat "$port_file") user=grantportal dbname=grantportal"
    fi
    # Explicit parts override (libpq: the last occurrence of a keyword wins; a URI cannot be appended to).
    local extra=""
    [ -n "$DB_HOST" ] && extra+=" host=$(db_quote "$DB_HOST")"
    [ -n "$DB_PORT" ] && extra+=" port=$(db_quote "$DB_PORT")"
    [ -n "$DB_USER" ] && extra+=" user=$(db_quote "$DB_USER")"
    [ -n "$DB_NAME" ] && extra+=" dbname=$(db_quote "$DB_NAME")"
    if [ -n "$extra" ]; then
        case "$conninfo" in
            postgres://* | postgresql://*) db_fail "combine a URI with --host/--port/--user/--db? put everything in the URI instead" 2 ;;
        esac
        conninfo="$conninfo$extra"
    fi
    DB_CONNINFO=$conninfo
    pg_ensure_bin
    # What we really connect to, as the server sees it (also proves that the connection works).
    DB_LABEL=$("$PGBIN/psql" -X -A -t -q -v ON_ERROR_STOP=1 -d "$DB_CONNINFO" \
        -c "SELECT format('database %s as %s on %s:%s', current_database(), current_user, coalesce(host(inet_server_addr()), 'socket'), current_setting('port'))" 2>&1) ||
        db_fail "cannot connect: $DB_LABEL"
}

# psql on the target database; extra arguments follow.
db_psql() { "$PGBIN/psql" -X -A -t -q -v ON_ERROR_STOP=1 -d "$DB_CONNINFO" "$@"; }
