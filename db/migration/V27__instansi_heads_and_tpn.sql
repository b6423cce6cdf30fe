-- account: two new roles. The instansi head (or the coordinator acting for them) proposes the
-- eligible units of one institution to KemenPAN-RB; the TPN (KemenPAN-RB's national evaluators)
-- selects, evaluates and records the Minister's decree or a revocation, for every institution.
-- The administrator role is the national administrator (periods, the minimums in force,
-- institutions, units, accounts).
alter table account_role drop constraint account_role_check;
alter table account_role
    add constraint account_role_check check (role in ('AGENCY_STAFF', 'REVIEWER', 'ADMIN', 'INSTANSI_HEAD', 'TPN'));

-- account: the institution each enabled instansi head acts for, with their name.
create view instansi_head_scope with (security_invoker = true) as
select a.username, i.institution_id, a.display_name
from account a
join account_role r on r.account_id = a.id and r.role = 'INSTANSI_HEAD'
join account_institution i on i.account_id = a.id
where a.enabled;

-- audit: they act in their own capacity.
alter table audit_entry drop constraint audit_entry_actor_role_check;
alter table audit_entry add constraint audit_entry_actor_role_check
    check (actor_role in ('AGENCY_STAFF', 'REVIEWER', 'ADMIN', 'INSTANSI_HEAD', 'TPN', 'SYSTEM'));
