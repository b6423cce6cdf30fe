-- The directory's text search and its "newest declaration first" order looked at every unit:
-- a search folded every name with portal_fold() (unaccent) as it went, and the order and the
-- year filter worked out every unit's latest declaration. At 10,000 units each cost 25-60 ms a
-- query. Both are now kept beside the names and the units, and indexed.

-- Folded names, stored. portal_fold is immutable; should its definition ever change, a
-- migration must rewrite these columns too (e.g. by dropping and adding them again).
alter table work_unit add column name_folded text generated always as (portal_fold(name)) stored;
alter table institution add column name_folded text generated always as (portal_fold(name)) stored;
drop index work_unit_name_search_idx;
drop index institution_name_search_idx;
create index work_unit_name_folded_idx on work_unit using gin (name_folded gin_trgm_ops);
create index institution_name_folded_idx on institution using gin (name_folded gin_trgm_ops);

-- The date of a unit's latest submitted declaration, kept by a trigger, so that every way a
-- declaration is written (the form, a script, psql) keeps it true. Only a real change touches
-- the unit's row: saving a draft does not.
alter table work_unit add column latest_declared_on date;
create index work_unit_latest_declared_idx on work_unit (latest_declared_on desc nulls last, name, id);

create function work_unit_refresh_latest_declared_on(unit_id bigint) returns void
    language plpgsql as $$
begin
    update work_unit u
    set latest_declared_on = latest.declared_on
    from (select max(d.declared_on) as declared_on from declaration d
          where d.work_unit_id = unit_id and d.status = 'SUBMITTED') latest
    where u.id = unit_id and u.latest_declared_on is distinct from latest.declared_on;
end;
$$;

create function declaration_keeps_latest_declared_on() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform work_unit_refresh_latest_declared_on(old.work_unit_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.work_unit_id <> old.work_unit_id) then
        perform work_unit_refresh_latest_declared_on(new.work_unit_id);
    end if;
    return null;
end;
$$;

create trigger declaration_keeps_latest_declared_on
    after insert or delete or update of work_unit_id, status, declared_on on declaration
    for each row execute function declaration_keeps_latest_declared_on();

-- Last: the update sets off the public data version's deferred triggers, after which
-- PostgreSQL refuses to alter or index the table in the same transaction.
update work_unit u
set latest_declared_on = (select max(d.declared_on) from declaration d
                          where d.work_unit_id = u.id and d.status = 'SUBMITTED')
where exists (select 1 from declaration d where d.work_unit_id = u.id and d.status = 'SUBMITTED');
