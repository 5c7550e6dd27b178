#!/usr/bin/env bash
# Builds the two EMPTY placeholder packages that Microsoft.EntityFrameworkCore.Design 10.0.14 depends
# on but migrations never use, and which the NuGet mirror here lacks:
#   Mono.TextTemplating 3.0.0, Microsoft.VisualStudio.SolutionPersistence 1.0.52
# Each is a nuspec plus lib/net8.0/_._ . Output: tools/EfDesign/feed/*.nupkg (committed; tiny).
# tools/EfDesign/nuget.config maps exactly these two ids to that feed. Re-running gives identical
# bytes (fixed timestamps). If an old copy sits in ~/.nuget/packages, `dotnet nuget locals
# global-packages --clear` (or delete that one folder) before restoring again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p feed

make_pkg() {
    local id=$1 version=$2 work lower
    lower=$(printf '%s' "$id" | tr '[:upper:]' '[:lower:]')
    work=$(mktemp -d)
    mkdir -p "$work/lib/net8.0"
    : >"$work/lib/net8.0/_._"
    cat >"$work/$id.nuspec" <<NUSPEC
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>$id</id>
    <version>$version</version>
    <authors>GrantPortal</authors>
    <description>Empty placeholder for $id $version: EF Core design-time dependency that migrations do not use (GrantPortal tools/EfDesign only).</description>
  </metadata>
</package>
NUSPEC
    cat >"$work/[Content_Types].xml" <<'CT'
<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="nuspec" ContentType="application/octet" /><Default Extension="_" ContentType="application/octet" /><Default Extension="xml" ContentType="application/octet" /></Types>
CT
    # Fixed timestamps so the committed .nupkg does not change on every run.
    find "$work" -exec touch -h -d '2020-01-01 00:00:00 UTC' {} +
    rm -f "feed/$lower.$version.nupkg"
    (cd "$work" && TZ=UTC zip -q -X -D "$OLDPWD/feed/$lower.$version.nupkg" \
        "$id.nuspec" "[Content_Types].xml" "lib/net8.0/_._")
    rm -rf "$work"
    echo "feed/$lower.$version.nupkg"
}

make_pkg Mono.TextTemplating 3.0.0
make_pkg Microsoft.VisualStudio.SolutionPersistence 1.0.52
