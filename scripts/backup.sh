#!/usr/bin/env bash
# Back up the portal's PostgreSQL database: pg_dump --format=custom plus a SHA-256 checksum file.
#
#   scripts/backup.sh                               the ./run.sh cluster's database grantportal
#   scripts/backup.sh --out /srv/backups/gp.dump    choose the file (default .data/backups/grantportal-<db>-<UTC time>.dump)
#   scripts/backup.sh --connection "Host=db;Port=5432;Username=grantportal;Password=...;Database=grantportal"
#   scripts/backup.sh --host db --port 5432 --user grantportal --db grantportal     (or PGHOST, PGPORT, ... in the environment)
#
# Writes FILE and FILE.sha256 (sha256sum format, `sha256sum -c` checks it); prints FILE on stdout and
# what it does on stderr; exits non-zero on any failure and then leaves no file behind.
# Connect as the owner of the tables (grantportal), not as the app role: row-level security would hide
# rows from the app role (pg_dump refuses rather than write a partial backup). The dump holds the
# schema, the data, the row-level-security policies and the GRANTs to the app role; not the roles
# themselves (scripts/postgres.sh create-roles makes them on a new cluster). Restore with scripts/restore.sh.
set -euo pipefail
DB_SCRIPT=backup.sh
# shellcheck source=scripts/db-connection.sh
. "$(dirname "${BASH_SOURCE[0]}")/db-connection.sh"

usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

OUT=""
while [ $# -gt 0 ]; do
    db_take_option "$@"
    if [ "$DB_SHIFT" -gt 0 ]; then shift "$DB_SHIFT"; continue; fi
    case "$1" in
        --out | -o) [ $# -ge 2 ] || db_fail "$1 needs a value" 2; OUT=$2; shift 2 ;;
        --help) usage ;;
        *) db_say "unknown argument: $1"; usage ;;
    esac
done

db_resolve
DATABASE=$(db_psql -c "SELECT current_database()")
if [ -z "$OUT" ]; then
    mkdir -p "$DB_ROOT/.data/backups"
    OUT="$DB_ROOT/.data/backups/grantportal-$DATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"
fi
[ -e "$OUT" ] && db_fail "$OUT exists already; not overwriting it"
mkdir -p "$(dirname "$OUT")"
# Backups hold personal data: readable by their owner only.
umask 077

TMP="$OUT.partial"
cleanup() { rm -f "$TMP" "$TMP.sha256"; }
trap cleanup EXIT

db_say "backing up $DB_LABEL to $OUT"
db_say "pg_dump --format=custom --no-password --dbname=<connection> --file=$TMP"
"$PGBIN/pg_dump" --format=custom --no-password --dbname="$DB_CONNINFO" --file="$TMP" ||
    db_fail "pg_dump failed; no backup written"
# A dump pg_restore cannot read is no backup.
ENTRIES=$("$PGBIN/pg_restore" --list "$TMP" | grep -c '^[0-9]') || db_fail "pg_restore cannot read the dump just written"
mv "$TMP" "$OUT"
(cd "$(dirname "$OUT")" && sha256sum "$(basename "$OUT")") >"$OUT.sha256"
trap - EXIT
db_say "wrote $OUT ($(stat -c %s "$OUT") bytes, $ENTRIES entries) and $OUT.sha256"
printf '%s\n' "$OUT"
