-- What each module publishes for the others to read. A module's SQL names only its own tables, or
-- these views of the module that owns the data (ModuleTablesTests holds it so); the rules written
-- in them — a unit's province, a programme's default stage and the stages' order — are written
-- here once. Plain views: PostgreSQL inlines them, so plans stay those of the tables. They
-- check the reader's privileges on the tables (security_invoker), and the application role may
-- only read them (afterMigrate__application_role.sql).

-- institution: units, institutions and regions.
create view region_listing with (security_invoker = true) as
select g.code, g.name, g.kind, g.parent_code,
       coalesce(g.parent_code, g.code) as province_code, coalesce(v.name, g.name) as province_name
from region g
left join region v on v.code = g.parent_code;

create view institution_listing with (security_invoker = true) as
select i.id, i.code, i.name, i.name_folded, i.kind, i.region_code
from institution i;

-- A unit's own columns only: cheap to join, and ordered walks use work_unit's indexes.
create view unit_register with (security_invoker = true) as
select u.id, u.slug, u.name, u.name_folded, u.institution_id, u.region_code, u.address, u.staff_count,
       u.latest_declared_on
from work_unit u;

-- A unit as pages show it: with its institution, its region and its province.
create view unit_listing with (security_invoker = true) as
select u.id, u.slug, u.name, u.name_folded, u.institution_id, i.code as institution_code, i.name as institution_name,
       u.region_code, g.name as region_name, coalesce(g.parent_code, g.code) as province_code,
       coalesce(v.name, g.name) as province_name, u.address, u.staff_count, u.latest_declared_on, u.version
from work_unit u
left join institution i on i.id = u.institution_id
left join region g on g.code = u.region_code
left join region v on v.code = g.parent_code;

-- account: the scope of every enabled account, and up to when it has seen its notifications.
create view reviewer_scope with (security_invoker = true) as
select a.username, i.institution_id, a.queue_seen_at
from account a
join account_role r on r.account_id = a.id and r.role = 'REVIEWER'
join account_institution i on i.account_id = a.id
where a.enabled;

create view staff_scope with (security_invoker = true) as
select a.username, w.work_unit_id, a.decisions_seen_at
from account a
join account_role r on r.account_id = a.id and r.role = 'AGENCY_STAFF'
join account_work_unit w on w.account_id = a.id
where a.enabled;

-- workflow: where every unit's programme stands; a unit that has not moved yet is at pencanangan.
create view programme_standing with (security_invoker = true) as
select u.id as work_unit_id, p.id as programme_id, coalesce(p.stage, 'PENCANANGAN') as stage,
       array_position(array['PENCANANGAN', 'PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN', 'PENETAPAN'],
                      coalesce(p.stage, 'PENCANANGAN')) as stage_order,
       coalesce(p.target_predicate, 'WBK') as target_predicate, p.held_predicate
from unit_register u
left join zi_programme p on p.work_unit_id = u.id;

-- workflow: every designation, with its revocation if it came.
create view designation_record with (security_invoker = true) as
select s.id, p.work_unit_id, s.predicate, s.decree_number, s.decree_date, s.recorded_at, s.revoked_at,
       s.revocation_decree, s.revocation_reason
from designation s
join zi_programme p on p.id = s.programme_id;

-- declaration: the declarations that are public records.
create view public_declaration with (security_invoker = true) as
select d.id, d.work_unit_id, d.declared_on, d.venue, d.official_name, d.official_position, d.target_predicate,
       d.submitted_at, d.revision
from declaration d
where d.status = 'SUBMITTED';

-- audit: the trail, read only.
create view audit_log with (security_invoker = true) as
select e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.object_type, e.object_id, e.work_unit_id, e.summary,
       e.before_state, e.after_state
from audit_entry e;
