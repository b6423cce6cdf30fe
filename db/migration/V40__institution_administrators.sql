-- account: the institution administrator manages the units, accounts and TPI teams of the
-- institutions in its scope (account_institution) and nothing else; the national
-- administrator (ADMIN) keeps the rest (issue 21).
alter table account_role drop constraint account_role_check;
alter table account_role add constraint account_role_check
    check (role in ('AGENCY_STAFF', 'REVIEWER', 'ADMIN', 'INSTANSI_HEAD', 'TPN', 'INSTITUTION_ADMIN'));

alter table audit_entry drop constraint audit_entry_actor_role_check;
alter table audit_entry add constraint audit_entry_actor_role_check
    check (actor_role in ('AGENCY_STAFF', 'REVIEWER', 'ADMIN', 'INSTANSI_HEAD', 'TPN', 'INSTITUTION_ADMIN', 'SYSTEM'));
