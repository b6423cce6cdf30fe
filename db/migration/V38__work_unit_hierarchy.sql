-- A unit may sit under another of its instansi: BPS Provinsi above the BPS units of its
-- regencies and cities, a Kanwil above its UPTs (issue 21).
alter table work_unit add column parent_id bigint references work_unit (id);
alter table work_unit add constraint work_unit_not_its_own_parent check (parent_id <> id);
create index work_unit_parent_idx on work_unit (parent_id) where parent_id is not null;

-- No unit under one of its own descendants: the hierarchy stays a forest, whoever writes it.
create function work_unit_parent_is_no_descendant() returns trigger
    language plpgsql as
$$
begin
    if new.parent_id is not null and exists (
        with recursive above(id, parent_id) as (
            select id, parent_id from work_unit where id = new.parent_id
            union all
            select w.id, w.parent_id from work_unit w join above a on w.id = a.parent_id)
        select 1 from above where id = new.id) then
        raise exception 'work unit % cannot sit under its own descendant %', new.id, new.parent_id
            using errcode = '23514', constraint = 'work_unit_parent_is_no_descendant';
    end if;
    return new;
end
$$;

create trigger work_unit_parent_is_no_descendant
    before insert or update of parent_id on work_unit
    for each row execute function work_unit_parent_is_no_descendant();

create or replace view unit_register with (security_invoker = true) as
select u.id, u.slug, u.name, u.name_folded, u.institution_id, u.region_code, u.address, u.staff_count,
       u.latest_declared_on, u.parent_id
from work_unit u;

create or replace view unit_listing with (security_invoker = true) as
select u.id, u.slug, u.name, u.name_folded, u.institution_id, i.code as institution_code, i.name as institution_name,
       u.region_code, g.name as region_name, coalesce(g.parent_code, g.code) as province_code,
       coalesce(v.name, g.name) as province_name, u.address, u.staff_count, u.latest_declared_on, u.version,
       u.parent_id, p.slug as parent_slug, p.name as parent_name,
       (select count(*) from work_unit c where c.parent_id = u.id) as child_count
from work_unit u
left join institution i on i.id = u.institution_id
left join region g on g.code = u.region_code
left join region v on v.code = g.parent_code
left join work_unit p on p.id = u.parent_id;
