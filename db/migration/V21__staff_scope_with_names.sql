-- account: the staff scope also gives each member's name, so that a unit's pages can name who
-- does what (the LKE's areas are split among the team).
create or replace view staff_scope with (security_invoker = true) as
select a.username, w.work_unit_id, a.decisions_seen_at, a.display_name
from account a
join account_role r on r.account_id = a.id and r.role = 'AGENCY_STAFF'
join account_work_unit w on w.account_id = a.id
where a.enabled;
