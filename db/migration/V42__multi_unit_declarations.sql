-- declaration: one ceremony declares several units (seed 004: BPS Provinsi Sumatera Selatan with
-- the BPS units of every regency and city of the province). The declaring unit keeps the record
-- — its witnesses, documents, press and amendments; the units below it that declared with it are
-- listed here, and the declaration is each one's: its programme stands on it, its public page
-- shows it, and its own staff sign their pakta integritas under it.
create table declaration_unit (
    declaration_id bigint not null references declaration (id) on delete cascade,
    work_unit_id   bigint not null references work_unit (id),
    primary key (declaration_id, work_unit_id)
);

create index declaration_unit_work_unit_idx on declaration_unit (work_unit_id, declaration_id);

-- Only a unit below the declaring unit (at any depth) declares with it, whoever writes the row.
create function declaration_unit_below_declaring_unit() returns trigger
    language plpgsql as $$
begin
    if not exists (
        with recursive above(id) as (
            select parent_id from work_unit where id = new.work_unit_id and parent_id is not null
            union all
            select w.parent_id from work_unit w join above a on w.id = a.id where w.parent_id is not null)
        select 1 from above a join declaration d on d.work_unit_id = a.id where d.id = new.declaration_id) then
        raise exception 'Work unit % is not below the unit of declaration %', new.work_unit_id, new.declaration_id
            using errcode = '23514', constraint = 'declaration_unit_below_declaring_unit';
    end if;
    return new;
end;
$$;

create trigger declaration_unit_below_declaring_unit
    before insert or update on declaration_unit
    for each row execute function declaration_unit_below_declaring_unit();

-- A unit's latest declaration date counts the declarations it was declared in with others.
create or replace function work_unit_refresh_latest_declared_on(unit_id bigint) returns void
    language plpgsql as $$
begin
    update work_unit u
    set latest_declared_on = latest.declared_on
    from (select max(d.declared_on) as declared_on from declaration d
          where d.status = 'SUBMITTED'
            and (d.work_unit_id = unit_id
                 or exists (select 1 from declaration_unit x where x.declaration_id = d.id and x.work_unit_id = unit_id))
         ) latest
    where u.id = unit_id and u.latest_declared_on is distinct from latest.declared_on;
end;
$$;

create or replace function declaration_keeps_latest_declared_on() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform work_unit_refresh_latest_declared_on(old.work_unit_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.work_unit_id <> old.work_unit_id) then
        perform work_unit_refresh_latest_declared_on(new.work_unit_id);
    end if;
    if tg_op = 'UPDATE' then
        perform work_unit_refresh_latest_declared_on(x.work_unit_id)
        from declaration_unit x where x.declaration_id = new.id;
    end if;
    return null;
end;
$$;

create function declaration_unit_keeps_latest_declared_on() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform work_unit_refresh_latest_declared_on(old.work_unit_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform work_unit_refresh_latest_declared_on(new.work_unit_id);
    end if;
    return null;
end;
$$;

create trigger declaration_unit_keeps_latest_declared_on
    after insert or delete or update on declaration_unit
    for each row execute function declaration_unit_keeps_latest_declared_on();

create constraint trigger declaration_unit_public_data_changed after insert or update or delete on declaration_unit
    deferrable initially deferred for each row execute function public_data_changed();

-- The public declarations, one row per unit they declared: the declaring unit's, then each unit
-- that declared with it (declaring_unit_id tells them apart).
create or replace view public_declaration with (security_invoker = true) as
select d.id, d.work_unit_id, d.declared_on, d.venue, d.official_name, d.official_position, d.target_predicate,
       d.submitted_at, d.revision, d.work_unit_id as declaring_unit_id
from declaration d
where d.status = 'SUBMITTED'
union all
select d.id, x.work_unit_id, d.declared_on, d.venue, d.official_name, d.official_position, d.target_predicate,
       d.submitted_at, d.revision, d.work_unit_id
from declaration d
join declaration_unit x on x.declaration_id = d.id
where d.status = 'SUBMITTED';

-- pact: each signing belongs to the unit whose staff signed, under a declaration that declared
-- that unit (its own, or one it declared with). Without a unit, a signing is the declaring
-- unit's: the existing ones, and those a script writes as before.
alter table pact_signing add column work_unit_id bigint references work_unit (id);
create index pact_signing_unit_idx on pact_signing (declaration_id, work_unit_id, role);

create function pact_signing_unit_declared() returns trigger
    language plpgsql as $$
begin
    if new.work_unit_id is null then
        select d.work_unit_id into new.work_unit_id from declaration d where d.id = new.declaration_id;
    end if;
    if not exists (select 1 from declaration d where d.id = new.declaration_id and d.work_unit_id = new.work_unit_id)
       and not exists (select 1 from declaration_unit x
                       where x.declaration_id = new.declaration_id and x.work_unit_id = new.work_unit_id) then
        raise exception 'Work unit % was not declared by declaration %', new.work_unit_id, new.declaration_id
            using errcode = '23514', constraint = 'pact_signing_unit_declared';
    end if;
    return new;
end;
$$;

create trigger pact_signing_unit_declared
    before insert or update of declaration_id, work_unit_id on pact_signing
    for each row execute function pact_signing_unit_declared();

update pact_signing s set work_unit_id = d.work_unit_id from declaration d where d.id = s.declaration_id;
-- The update set off the public data version's deferred triggers; fired now, they no longer
-- keep PostgreSQL from altering the table.
set constraints all immediate;
alter table pact_signing alter column work_unit_id set not null;
