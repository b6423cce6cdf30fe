-- declaration: a date known only to its month or its year. News of a declaration does not always
-- say the day (seed 001 gives the day of the mayor's audience, not of the station's declaration).
-- The date is then the first day of that month or year, and the precision says how much of it is
-- known; pages and the open data show only that much ("Juni 2021", "2021").
alter table declaration add column declared_on_precision varchar(5) not null default 'DAY';
alter table declaration add constraint declaration_declared_on_precision_check
    check (declared_on_precision in ('DAY', 'MONTH', 'YEAR')
           and (declared_on is null or declared_on_precision = 'DAY'
                or (declared_on_precision = 'MONTH' and extract(day from declared_on) = 1)
                or (declared_on_precision = 'YEAR' and extract(doy from declared_on) = 1)));

alter table declaration_version add column declared_on_precision varchar(5) not null default 'DAY';

-- The precision is part of what a submitted declaration says: it changes only by an amendment.
create or replace function declaration_changes_only_by_amendment() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'SUBMITTED' then
        if new.status <> 'SUBMITTED' or new.work_unit_id <> old.work_unit_id
           or new.submitted_at is distinct from old.submitted_at then
            raise exception 'a submitted declaration stays submitted and stays with its unit'
                using errcode = 'check_violation', constraint = 'declaration_changes_only_by_amendment';
        end if;
        if ((new.declared_on, new.declared_on_precision, new.venue, new.official_name, new.official_position,
             new.target_predicate, new.description, new.legal_basis) is distinct from
            (old.declared_on, old.declared_on_precision, old.venue, old.official_name, old.official_position,
             old.target_predicate, old.description, old.legal_basis)
            and new.revision <> old.revision + 1)
           or new.revision not in (old.revision, old.revision + 1) then
            raise exception 'a submitted declaration changes only by an amendment, one revision at a time'
                using errcode = 'check_violation', constraint = 'declaration_changes_only_by_amendment';
        end if;
    end if;
    return new;
end;
$$;

-- A unit's latest declaration keeps its precision beside its date (a constant default: no rows
-- are rewritten).
alter table work_unit add column latest_declared_precision varchar(5) not null default 'DAY';

create or replace function work_unit_refresh_latest_declared_on(unit_id bigint) returns void
    language plpgsql as $$
begin
    update work_unit u
    set latest_declared_on = latest.declared_on,
        latest_declared_precision = coalesce(latest.declared_on_precision, 'DAY')
    from (select max(d.declared_on) as declared_on,
                 (array_agg(d.declared_on_precision order by d.declared_on desc, d.id desc))[1]
                     as declared_on_precision
          from declaration d
          where d.status = 'SUBMITTED'
            and (d.work_unit_id = unit_id
                 or exists (select 1 from declaration_unit x where x.declaration_id = d.id and x.work_unit_id = unit_id))
         ) latest
    where u.id = unit_id
      and (u.latest_declared_on, u.latest_declared_precision)
          is distinct from (latest.declared_on, coalesce(latest.declared_on_precision, 'DAY'));
end;
$$;

drop trigger declaration_keeps_latest_declared_on on declaration;
create trigger declaration_keeps_latest_declared_on
    after insert or delete or update of work_unit_id, status, declared_on, declared_on_precision on declaration
    for each row execute function declaration_keeps_latest_declared_on();

create or replace view public_declaration with (security_invoker = true) as
select d.id, d.work_unit_id, d.declared_on, d.venue, d.official_name, d.official_position, d.target_predicate,
       d.submitted_at, d.revision, d.work_unit_id as declaring_unit_id, d.declared_on_precision
from declaration d
where d.status = 'SUBMITTED'
union all
select d.id, x.work_unit_id, d.declared_on, d.venue, d.official_name, d.official_position, d.target_predicate,
       d.submitted_at, d.revision, d.work_unit_id, d.declared_on_precision
from declaration d
join declaration_unit x on x.declaration_id = d.id
where d.status = 'SUBMITTED';

create or replace view unit_register with (security_invoker = true) as
select u.id, u.slug, u.name, u.name_folded, u.institution_id, u.region_code, u.address, u.staff_count,
       u.latest_declared_on, u.parent_id, u.latest_declared_precision
from work_unit u;

create or replace view unit_listing with (security_invoker = true) as
select u.id, u.slug, u.name, u.name_folded, u.institution_id, i.code as institution_code, i.name as institution_name,
       u.region_code, g.name as region_name, coalesce(g.parent_code, g.code) as province_code,
       coalesce(v.name, g.name) as province_name, u.address, u.staff_count, u.latest_declared_on, u.version,
       u.parent_id, p.slug as parent_slug, p.name as parent_name,
       (select count(*) from work_unit c where c.parent_id = u.id) as child_count, u.latest_declared_precision
from work_unit u
left join institution i on i.id = u.institution_id
left join region g on g.code = u.region_code
left join region v on v.code = g.parent_code
left join work_unit p on p.id = u.parent_id;
