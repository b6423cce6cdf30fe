#!/bin/sh
# Run once by the postgres image when its volume is created (docker-compose.yml): the two roles
# of ADR 0011. Migrations run as portal_owner, which owns the database and its schema; the portal
# runs as portal_app, which may read and write the data but never alter a table or a trigger.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner_password="$PORTAL_OWNER_PASSWORD" -v app_password="$PORTAL_APP_PASSWORD" \
     -v database="$POSTGRES_DB" <<'SQL'
create role portal_owner login password :'owner_password';
create role portal_app login password :'app_password';
alter database :"database" owner to portal_owner;
alter schema public owner to portal_owner;
SQL
