#!/usr/bin/env bash
# Back up the portal's PostgreSQL database: pg_dump --format=custom plus a SHA-256 checksum file; with
# --files, the directory file store too.
#
#   scripts/backup.sh                               the ./run.sh cluster's database grantportal
#   scripts/backup.sh --out /srv/backups/gp.dump    choose the file (default .data/backups/grantportal-<db>-<UTC time>.dump)
#   scripts/backup.sh --connection "Host=db;Port=5432;Username=grantportal;Password=...;Database=grantportal"
#   scripts/backup.sh --host db --port 5432 --user grantportal --db grantportal     (or PGHOST, PGPORT, ... in the environment)
#   scripts/backup.sh --files /srv/gp/files         also the uploads kept in a directory (Files:Store=Directory,
#                                                   Files:Directory); or set GRANTPORTAL_FILES_DIR once
#
# Writes FILE and FILE.sha256 (sha256sum format, `sha256sum -c` checks it); prints FILE on stdout and
# what it does on stderr; exits non-zero on any failure and then leaves no file behind.
# Connect as the owner of the tables (grantportal), not as the app role: row-level security would hide
# rows from the app role (pg_dump refuses rather than write a partial backup). The dump holds the
# schema, the data, the row-level-security policies and the GRANTs to the app role; not the roles
# themselves (scripts/postgres.sh create-roles makes them on a new cluster). Restore with scripts/restore.sh.
#
# --files DIR also writes FILE.files.tar (DIR's files, relative paths, without the *.tmp files of writes in
# flight) and its checksum as the second line of FILE.sha256. The dump never names a file the tar lacks,
# while the app keeps running: a file is renamed into place before its row is committed and never changes
# afterwards; only the sweeper deletes, and only files no row refers to that are older than its grace period
# (5 minutes at least). So: (1) a hard-link snapshot of DIR is taken BEFORE pg_dump (cp -l, in a directory next
# to DIR on the same file system; a plain copy when hard links fail, e.g. another file system or
# fs.protected_hardlinks), which keeps every file even if deleted meanwhile; (2) pg_dump; (3) the files that
# appeared meanwhile are added to the snapshot (never overwriting); (4) the snapshot is tarred and removed.
set -euo pipefail
DB_SCRIPT=backup.sh
# shellcheck source=scripts/db-connection.sh
. "$(dirname "${BASH_SOURCE[0]}")/db-connection.sh"

usage() { sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

OUT="" FILES_DIR=${GRANTPORTAL_FILES_DIR:-}
while [ $# -gt 0 ]; do
    db_take_option "$@"
    if [ "$DB_SHIFT" -gt 0 ]; then shift "$DB_SHIFT"; continue; fi
    case "$1" in
        --out | -o) [ $# -ge 2 ] || db_fail "$1 needs a value" 2; OUT=$2; shift 2 ;;
        --files) [ $# -ge 2 ] || db_fail "$1 needs a value" 2; FILES_DIR=$2; shift 2 ;;
        --help) usage ;;
        *) db_say "unknown argument: $1"; usage ;;
    esac
done
if [ -n "$FILES_DIR" ]; then
    # A missing directory is a mistyped path, not an empty store (the app creates it when it starts).
    [ -d "$FILES_DIR" ] || db_fail "--files $FILES_DIR: no such directory" 2
    FILES_DIR=$(cd "$FILES_DIR" && pwd -P)
fi

db_resolve
DATABASE=$(db_psql -c "SELECT current_database()")
if [ -z "$OUT" ]; then
    mkdir -p "$DB_ROOT/.data/backups"
    OUT="$DB_ROOT/.data/backups/grantportal-$DATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"
fi
TAR="$OUT.files.tar"
[ -e "$OUT" ] && db_fail "$OUT exists already; not overwriting it"
[ -n "$FILES_DIR" ] && [ -e "$TAR" ] && db_fail "$TAR exists already; not overwriting it"
mkdir -p "$(dirname "$OUT")"
# Backups hold personal data: readable by their owner only.
umask 077

TMP="$OUT.partial"
SNAP_ROOT="" DONE=0
cleanup() {
    rm -f "$TMP" "$TMP.sha256" "$TAR.partial" "$OUT.sha256.partial"
    [ -z "$SNAP_ROOT" ] || rm -rf "$SNAP_ROOT"
    # Failed after moving the dump into place (the tar, the checksum): nothing half-written stays.
    [ "$DONE" -eq 1 ] || rm -f "$OUT" "$TAR" "$OUT.sha256"
}
# $OUT and $TAR did not exist (checked above): removing them on failure removes only what this run wrote.
trap cleanup EXIT

# --- the file snapshot ------------------------------------------------------------------------------------
LINK=-l
# Copies (hard-links with LINK=-l) the files listed in $1 (NUL-separated, relative to DIR) into the snapshot.
# A file gone before cp reaches it was swept (no row refers to it): not an error. Returns 1 on any other error.
snapshot_add() {
    local list=$1 err="$SNAP_ROOT/cp.err"
    [ -s "$list" ] || return 0
    (cd "$FILES_DIR" && xargs -0 -r -a "$list" cp -a $LINK --parents -t "$SNAP" --) 2>"$err" && return 0
    grep -v 'No such file or directory' "$err" >"$err.other" || return 0
    head -n 3 "$err.other" >&2
    return 1
}
# The files of DIR not yet in the snapshot, NUL-separated, into $1 (the *.tmp files of writes in flight never).
snapshot_missing() {
    local path
    (cd "$FILES_DIR" && find . -type f ! -name '*.tmp' -printf '%P\0') |
        while IFS= read -r -d '' path; do
            [ -e "$SNAP/$path" ] || printf '%s\0' "$path"
        done >"$1"
}
if [ -n "$FILES_DIR" ]; then
    # Next to DIR (same file system: hard links); next to the backup when DIR's parent is not writable.
    SNAP_ROOT=$(mktemp -d "$(dirname "$FILES_DIR")/.$(basename "$FILES_DIR").backup.XXXXXX" 2>/dev/null) ||
        SNAP_ROOT=$(mktemp -d "$OUT.files.XXXXXX") || db_fail "cannot make a snapshot directory next to $FILES_DIR or $OUT"
    SNAP="$SNAP_ROOT/files"
    mkdir "$SNAP"
    db_say "snapshot of $FILES_DIR (hard links) in $SNAP_ROOT"
    snapshot_missing "$SNAP_ROOT/list"
    if ! snapshot_add "$SNAP_ROOT/list"; then
        db_say "hard links failed (see above); copying the files instead"
        LINK=""
        rm -rf "$SNAP" && mkdir "$SNAP"
        snapshot_add "$SNAP_ROOT/list" || db_fail "cannot copy the files of $FILES_DIR; no backup written"
    fi
    db_say "snapshot: $(tr -cd '\0' <"$SNAP_ROOT/list" | wc -c) files"
fi

db_say "backing up $DB_LABEL to $OUT"
db_say "pg_dump --format=custom --no-password --dbname=<connection> --file=$TMP"
"$PGBIN/pg_dump" --format=custom --no-password --dbname="$DB_CONNINFO" --file="$TMP" ||
    db_fail "pg_dump failed; no backup written"
# A dump pg_restore cannot read is no backup.
ENTRIES=$("$PGBIN/pg_restore" --list "$TMP" | grep -c '^[0-9]') || db_fail "pg_restore cannot read the dump just written"

SUMMED=("$(basename "$OUT")")
if [ -n "$FILES_DIR" ]; then
    # Uploads committed while pg_dump ran: their files were in place before their rows were committed.
    snapshot_missing "$SNAP_ROOT/list"
    db_say "adding $(tr -cd '\0' <"$SNAP_ROOT/list" | wc -c) files that appeared during pg_dump"
    snapshot_add "$SNAP_ROOT/list" || db_fail "cannot copy the files of $FILES_DIR; no backup written"
    # Directories too (their modes); names sorted, so the same files make the same tar.
    (cd "$SNAP" && find . -mindepth 1 -printf '%P\0' | LC_ALL=C sort -z) |
        tar -C "$SNAP" --null --no-recursion -T - -cf "$TAR.partial" || db_fail "tar of the files failed; no backup written"
    FILE_COUNT=$(find "$SNAP" -type f | wc -l)
    rm -rf "$SNAP_ROOT"
    SNAP_ROOT=""
    mv "$TAR.partial" "$TAR"
    SUMMED+=("$(basename "$TAR")")
fi
mv "$TMP" "$OUT"
(cd "$(dirname "$OUT")" && sha256sum "${SUMMED[@]}") >"$OUT.sha256.partial"
mv "$OUT.sha256.partial" "$OUT.sha256"
DONE=1
trap - EXIT
db_say "wrote $OUT ($(stat -c %s "$OUT") bytes, $ENTRIES entries) and $OUT.sha256"
[ -z "$FILES_DIR" ] || db_say "wrote $TAR ($(stat -c %s "$TAR") bytes, $FILE_COUNT files of $FILES_DIR)"
printf '%s\n' "$OUT"
