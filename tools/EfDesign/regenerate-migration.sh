#!/usr/bin/env bash
# Replace the newest, not yet released migration with one generated from the current model, keeping its
# hand-written SQL: the lines between "// <hand-written>" and "// </hand-written>" in its Up method.
#   tools/EfDesign/regenerate-migration.sh NAME [BASE]
# BASE: the commit whose model snapshot precedes the migration (default: the parent of the commit that added it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
name=$1
dir=src/GrantPortal.Infrastructure/Data/Migrations
old=$(ls "$dir"/*_"$name".cs | head -1)
hand=$(sed -n '/\/\/ <hand-written>/,/\/\/ <\/hand-written>/p' "$old")
base=${2:-$(git log --diff-filter=A --format=%H -1 -- "$old")~1}
rm -f "$dir"/*_"$name".cs "$dir"/*_"$name".Designer.cs
git show "$base:$dir/PortalDbContextModelSnapshot.cs" > "$dir/PortalDbContextModelSnapshot.cs" 2>/dev/null || true
tools/EfDesign/add-migration.sh "$name"
new=$(ls "$dir"/*_"$name".cs | head -1)
if [ -n "$hand" ]; then
    python3 - "$new" "$hand" <<'PY'
import sys
path, hand = sys.argv[1], sys.argv[2]
s = open(path).read()
i = s.index('        /// <inheritdoc />\n        protected override void Down')
j = s.rindex('        }\n', 0, i)
s = s[:j] + '\n' + hand + '\n' + s[j:]
open(path, 'w').write(s)
PY
fi
echo "regenerated $new"
