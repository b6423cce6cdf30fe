-- institution: region names folded and stored, as units' and institutions' are (V13), so that a
-- search word is compared with them without folding 550 names on every search.
alter table region add column name_folded text generated always as (portal_fold(name)) stored;

create or replace view region_listing with (security_invoker = true) as
select g.code, g.name, g.kind, g.parent_code,
       coalesce(g.parent_code, g.code) as province_code, coalesce(v.name, g.name) as province_name,
       g.name_folded
from region g
left join region v on v.code = g.parent_code;
