#!/bin/bash
# Run once by the postgres image's entrypoint on an empty data volume: creates the GrantPortal
# roles and database (SQL in grantportal.psql), with passwords from the environment (scram).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v owner_password="${GRANTPORTAL_OWNER_PASSWORD:?GRANTPORTAL_OWNER_PASSWORD is not set}" \
    -v app_password="${GRANTPORTAL_APP_PASSWORD:?GRANTPORTAL_APP_PASSWORD is not set}" \
    -f /docker-entrypoint-initdb.d/grantportal.psql
