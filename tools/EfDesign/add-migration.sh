#!/usr/bin/env bash
# Add an EF Core migration to src/GrantPortal.Infrastructure/Data/Migrations.
#   tools/EfDesign/add-migration.sh NAME [extra dotnet-ef options, e.g. --context PortalDbContext]
# Uses the local tool manifest (.config/dotnet-tools.json: dotnet-ef 10.0.14) and tools/EfDesign as
# the startup project (its nuget.config supplies the design-time placeholders).
set -euo pipefail
if [ $# -lt 1 ] || [ -z "$1" ]; then
    echo "usage: $0 MIGRATION_NAME [dotnet-ef options]" >&2
    exit 2
fi
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet tool restore >/dev/null
name=$1
shift
dotnet restore tools/EfDesign/EfDesign.csproj >/dev/null
dotnet ef migrations add "$name" \
    --project src/GrantPortal.Infrastructure \
    --startup-project tools/EfDesign \
    --output-dir Data/Migrations "$@"
