-- The audit trail: every command that changes data leaves one row, written in the same
-- transaction as the change. Append-only: the database refuses updates and deletes.

create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(100) not null,
    actor_role   varchar(20)  not null,
    action       varchar(60)  not null,
    object_type  varchar(40)  not null,
    object_id    varchar(60)  not null,
    work_unit_id bigint references work_unit (id),
    summary      varchar(500),
    before_state jsonb,
    after_state  jsonb,
    constraint audit_entry_actor_role_check
        check (actor_role in ('AGENCY_STAFF', 'REVIEWER', 'ADMIN', 'SYSTEM')),
    constraint audit_entry_action_format check (action ~ '^[A-Z][A-Z_]*$')
);

create index audit_entry_object_idx on audit_entry (object_type, object_id, occurred_at);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);
create index audit_entry_work_unit_idx on audit_entry (work_unit_id, occurred_at);

create function audit_entry_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
