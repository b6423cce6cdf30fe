-- The roles of ADR 0011 in a Testcontainers PostgreSQL, as docker-compose makes them.
create role portal_owner login password 'portal_owner' createdb;
create role portal_app login password 'portal_app';
alter schema public owner to portal_owner;
grant create on database test to portal_owner;
