-- The public directory's search: case- and accent-insensitive, tolerant of partial words, by
-- trigram indexes on unit and institution names. Both extensions are "trusted" (PostgreSQL 13+):
-- the database owner may create them without superuser rights.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes the
-- expression immutable, as an index needs.
create function portal_fold(text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, $1));

create index work_unit_name_search_idx on work_unit using gin (portal_fold(name) gin_trgm_ops);
create index institution_name_search_idx on institution using gin (portal_fold(name) gin_trgm_ops);
create index zi_programme_stage_idx on zi_programme (stage, held_predicate);
create index declaration_submitted_year_idx on declaration (work_unit_id, declared_on) where status = 'SUBMITTED';
