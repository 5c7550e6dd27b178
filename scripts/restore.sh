#!/usr/bin/env bash
# Restore a backup written by scripts/backup.sh (pg_dump custom format) after checking its checksum.
#
#   scripts/restore.sh FILE --create --db grantportal_copy   into a NEW database (created here; must not exist)
#   scripts/restore.sh FILE --yes                            over the ./run.sh cluster's database grantportal:
#                                                            pg_restore --clean --if-exists --no-owner
#   connection options as for backup.sh: --connection STR | --host/-h --port/-p --user/-U --db/-d | PG* variables
#
# FILE.sha256 must exist and match FILE, else nothing is touched. Over an existing database that
# holds any table, --yes is required (the tables in the backup are dropped and recreated; tables not in
# the backup are left alone). Stop the app first: its connections hold locks that make the restore wait.
# Runs as one transaction (--single-transaction --exit-on-error): on failure the target is unchanged
# (with --create the new, empty database is dropped again). Objects end up owned by the connecting
# role (--no-owner): connect as the portal's owner role (grantportal). GRANTs to the app role and the
# row-level-security policies come from the backup; the roles must exist on the target cluster
# (scripts/postgres.sh create-roles PORT). Prints what it does on stderr; exits non-zero on failure
# (2 usage, 3 refused: checksum, or data present without --yes).
#
#   scripts/restore.sh FILE --files /srv/gp/files ...       also the uploads of a backup made with --files
#
# --files DIR: FILE.files.tar must exist and match the second line of FILE.sha256, else nothing is touched
# (exit 3). DIR must be empty or absent, unless --yes: then the archive's files are added or overwrite
# theirs, and files not in the archive stay (the app's sweeper removes those no row refers to). The tar is
# extracted next to DIR first and moved into place only after the database was restored: a failed restore
# changes neither. Run it as the user the app runs as (root keeps the files' owners from the archive).
# Without --files, a backup that has a FILE.files.tar restores the database only, and says so.
set -euo pipefail
DB_SCRIPT=restore.sh
# shellcheck source=scripts/db-connection.sh
. "$(dirname "${BASH_SOURCE[0]}")/db-connection.sh"

usage() { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

FILE="" YES=0 CREATE=0 FILES_DIR=""
while [ $# -gt 0 ]; do
    db_take_option "$@"
    if [ "$DB_SHIFT" -gt 0 ]; then shift "$DB_SHIFT"; continue; fi
    case "$1" in
        --yes | -y) YES=1; shift ;;
        --create) CREATE=1; shift ;;
        --files) [ $# -ge 2 ] || db_fail "$1 needs a value" 2; FILES_DIR=$2; shift 2 ;;
        --help) usage ;;
        -*) db_say "unknown option: $1"; usage ;;
        *) [ -z "$FILE" ] || { db_say "one backup file only"; usage; }; FILE=$1; shift ;;
    esac
done
[ -n "$FILE" ] || { db_say "which backup file?"; usage; }
[ -f "$FILE" ] || db_fail "$FILE: no such file" 2
# Absolute, without a trailing /: its parent is where the files are staged.
[ -z "$FILES_DIR" ] || FILES_DIR=$(realpath -m -- "$FILES_DIR")

# --- the file: checksum, then readable by pg_restore ---------------------------------------------------
SUM_FILE="$FILE.sha256"
[ -f "$SUM_FILE" ] || db_fail "$SUM_FILE missing: cannot verify $FILE; refusing to restore" 3
# check_sum PATH EXPECTED: refuses (exit 3) unless PATH's SHA-256 is EXPECTED; prints the sum.
check_sum() {
    local actual
    actual=$(sha256sum "$1" | awk '{ print $1 }')
    if [ -z "$2" ] || [ "$2" != "$actual" ]; then
        db_fail "checksum mismatch for $1 (expected ${2:-nothing}, file has $actual): the backup is damaged or not the one recorded; refusing to restore" 3
    fi
    printf '%s\n' "$actual"
}
ACTUAL=$(check_sum "$FILE" "$(awk 'NR == 1 { print $1 }' "$SUM_FILE")") || exit $?
db_say "checksum OK: $ACTUAL"
pg_ensure_bin
"$PGBIN/pg_restore" --list "$FILE" >/dev/null || db_fail "$FILE is not a pg_dump custom-format archive" 3

# --- the files: their checksum, an empty (or absent) directory unless --yes, extracted next to it -------------
TAR="$FILE.files.tar"
STAGE="" MADE=""
# Whatever this run made for the files, removed when it fails (and the staging directory always).
cleanup_files() {
    [ -z "$STAGE" ] || rm -rf "$STAGE"
    [ -z "$MADE" ] || rm -rf "$MADE"
}
trap cleanup_files EXIT
if [ -n "$FILES_DIR" ]; then
    [ -f "$TAR" ] || db_fail "$TAR missing: this backup holds no files (made without --files?); refusing to restore" 3
    ACTUAL=$(check_sum "$TAR" "$(awk '$2 ~ /\.files\.tar$/ { print $1; exit }' "$SUM_FILE")") || exit $?
    db_say "checksum OK: $ACTUAL ($TAR)"
    if [ -e "$FILES_DIR" ]; then
        [ -d "$FILES_DIR" ] || db_fail "--files $FILES_DIR is not a directory" 2
        if [ -n "$(ls -A "$FILES_DIR")" ] && [ "$YES" -ne 1 ]; then
            db_fail "$FILES_DIR is not empty; the archive's files would be added to it. Add --yes to go ahead (or give an empty directory)" 3
        fi
    fi
fi
# Into STAGE, a new directory next to DIR (the same file system, so moving into place is a rename).
extract_files() {
    local parent
    parent=$(dirname "$FILES_DIR")
    if [ ! -d "$parent" ]; then
        # The topmost directory this run creates, to remove again on failure.
        MADE=$parent
        while [ ! -d "$(dirname "$MADE")" ]; do MADE=$(dirname "$MADE"); done
        mkdir -p "$parent"
    fi
    STAGE=$(mktemp -d "$parent/.$(basename "$FILES_DIR").restore.XXXXXX") || db_fail "cannot make a directory next to $FILES_DIR"
    db_say "extracting $TAR into $STAGE"
    tar -xf "$TAR" -C "$STAGE" || db_fail "cannot extract $TAR; nothing was changed" 3
}

# --- the target ---------------------------------------------------------------------------------------
if [ "$CREATE" -eq 1 ]; then
    [ -n "$DB_NAME" ] || db_fail "--create needs --db NAME (the new database)" 2
    TARGET=$DB_NAME
    # Create it from the maintenance database postgres, with the same host, port and user.
    DB_NAME=postgres
    db_resolve
    EXISTS=$(db_psql -v name="$TARGET" <<<"SELECT count(*) FROM pg_database WHERE datname = :'name'")
    [ "$EXISTS" = "0" ] || db_fail "database $TARGET exists already; --create restores into a new database only (restore over it with --yes instead)" 3
    db_say "creating database $TARGET (UTF8, template0) next to $DB_LABEL"
    db_psql -v name="$TARGET" <<<'CREATE DATABASE :"name" ENCODING '"'UTF8'"' TEMPLATE template0' || db_fail "CREATE DATABASE $TARGET failed"
    DB_NAME=$TARGET
    db_resolve
    drop_new() {
        local rc=$?
        cleanup_files
        if [ "$rc" -ne 0 ]; then
            db_say "dropping the new database $TARGET again"
            DB_NAME=postgres db_resolve
            db_psql -v name="$TARGET" <<<'DROP DATABASE IF EXISTS :"name"' || true
        fi
        exit "$rc"
    }
    trap drop_new EXIT
    OPTIONS=(--no-owner)
else
    db_resolve
    TABLES=$(db_psql -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                           AND n.nspname NOT LIKE 'pg_toast%'")
    if [ "$TABLES" != "0" ] && [ "$YES" -ne 1 ]; then
        db_fail "$DB_LABEL holds $TABLES tables; restoring replaces them. Add --yes to go ahead (or --create --db NEW for a new database)" 3
    fi
    OTHERS=$(db_psql -c "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
    [ "$OTHERS" = "0" ] || db_say "warning: $OTHERS other connection(s) to this database (the app?); the restore waits for their locks"
    OPTIONS=(--clean --if-exists --no-owner)
fi

[ -z "$FILES_DIR" ] || extract_files
db_say "restoring $FILE into $DB_LABEL"
db_say "pg_restore ${OPTIONS[*]} --single-transaction --exit-on-error --no-password --dbname=<connection> $FILE"
"$PGBIN/pg_restore" "${OPTIONS[@]}" --single-transaction --exit-on-error --no-password --dbname="$DB_CONNINFO" "$FILE" ||
    db_fail "pg_restore failed; nothing was changed (\"role ... does not exist\": create the roles first, scripts/postgres.sh create-roles PORT)"
POLICIES=$(db_psql -c "SELECT count(*) FROM pg_policies")
TABLES=$(db_psql -c "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
db_say "restored: $TABLES tables, $POLICIES row-level-security policies"

# --- the files into place, now that the database holds the rows that name them -----------------------------
if [ -n "$FILES_DIR" ]; then
    FILE_COUNT=$(find "$STAGE" -type f | wc -l)
    if [ ! -e "$FILES_DIR" ]; then
        # mktemp made it private; as mkdir would have.
        chmod "$(printf '%o' $((0777 & ~$(umask))))" "$STAGE"
        mv -T "$STAGE" "$FILES_DIR"
    else
        # Into the existing directory (may be a mount point; its own owner and mode stay): hard links replace
        # files whole, or else copies.
        find "$STAGE" -mindepth 1 -maxdepth 1 -exec cp -a -l -f -t "$FILES_DIR" -- {} + 2>/dev/null ||
            find "$STAGE" -mindepth 1 -maxdepth 1 -exec cp -a -f -t "$FILES_DIR" -- {} +
        rm -rf "$STAGE"
    fi
    STAGE="" MADE=""
    sync -f "$FILES_DIR" 2>/dev/null || sync
    db_say "restored $FILE_COUNT files into $FILES_DIR"
elif [ -f "$TAR" ]; then
    db_say "warning: the files of this backup ($TAR) were NOT restored, only the database: without them the uploads cannot be downloaded; restore them with --files DIR (the app's Files:Directory)"
fi
trap - EXIT
