-- A submitted declaration is a public record: it is never changed without a trace. A correction is
-- an amendment with a reason: the version it replaces is kept here, whole, and never changed or
-- removed; the declaration's own row and its witnesses hold the current version, numbered by
-- revision (1 for the declaration as first submitted).
alter table declaration add column revision integer not null default 1;
alter table declaration add constraint declaration_revision_check check (revision >= 1);

create table declaration_version (
    declaration_id    bigint        not null references declaration (id),
    revision          integer       not null,
    declared_on       date          not null,
    venue             varchar(200)  not null,
    official_name     varchar(150)  not null,
    official_position varchar(200)  not null,
    target_predicate  varchar(4)    not null,
    description       varchar(4000),
    legal_basis       varchar(2000),
    witnesses         jsonb         not null,
    press_links       jsonb         not null,
    public_since      timestamptz   not null,
    -- Why, by whom and when this version was replaced by the next one.
    amendment_reason  varchar(2000) not null,
    amended_by        varchar(100)  not null,
    amended_at        timestamptz   not null,
    primary key (declaration_id, revision),
    constraint declaration_version_revision_check check (revision >= 1),
    constraint declaration_version_reason_check check (btrim(amendment_reason) <> '')
);

create function declaration_version_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'declaration_version is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger declaration_version_no_update_or_delete
    before update or delete on declaration_version
    for each row execute function declaration_version_is_append_only();

-- A submitted declaration stays submitted, with its unit; its content changes only by an
-- amendment: the revision goes up by one, and (checked at commit) the version it replaced is kept.
create function declaration_changes_only_by_amendment() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'SUBMITTED' then
        if new.status <> 'SUBMITTED' or new.work_unit_id <> old.work_unit_id
           or new.submitted_at is distinct from old.submitted_at then
            raise exception 'a submitted declaration stays submitted and stays with its unit'
                using errcode = 'check_violation', constraint = 'declaration_changes_only_by_amendment';
        end if;
        if ((new.declared_on, new.venue, new.official_name, new.official_position, new.target_predicate,
             new.description, new.legal_basis) is distinct from
            (old.declared_on, old.venue, old.official_name, old.official_position, old.target_predicate,
             old.description, old.legal_basis)
            and new.revision <> old.revision + 1)
           or new.revision not in (old.revision, old.revision + 1) then
            raise exception 'a submitted declaration changes only by an amendment, one revision at a time'
                using errcode = 'check_violation', constraint = 'declaration_changes_only_by_amendment';
        end if;
    end if;
    return new;
end;
$$;

create trigger declaration_changes_only_by_amendment
    before update on declaration
    for each row execute function declaration_changes_only_by_amendment();

create function declaration_replaced_version_is_kept() returns trigger
    language plpgsql as
$$
begin
    if new.revision > 1 and not exists (
        select 1 from declaration_version v where v.declaration_id = new.id and v.revision = new.revision - 1) then
        raise exception 'revision % of declaration % was replaced without being kept', new.revision - 1, new.id
            using errcode = 'check_violation', constraint = 'declaration_replaced_version_is_kept';
    end if;
    return null;
end;
$$;

create constraint trigger declaration_replaced_version_is_kept
    after insert or update of revision on declaration
    deferrable initially deferred
    for each row execute function declaration_replaced_version_is_kept();

-- The witnesses, press links and documents of a submitted declaration change only in the
-- transaction that changed the declaration's own row (its submission, or an amendment, which
-- always raises the revision): xmin is the transaction that last wrote that row.
create function declaration_parts_change_with_their_declaration() returns trigger
    language plpgsql as
$$
declare
    changed_declaration bigint := case when tg_op = 'DELETE' then old.declaration_id else new.declaration_id end;
begin
    if exists (select 1 from declaration d
               where d.id = changed_declaration and d.status = 'SUBMITTED'
                 and d.xmin::text::bigint <> (pg_current_xact_id()::text::bigint % 4294967296)) then
        raise exception 'the parts of a submitted declaration change only with an amendment'
            using errcode = 'check_violation', constraint = 'declaration_parts_change_with_their_declaration';
    end if;
    return null;
end;
$$;

create trigger witness_changes_with_declaration
    after insert or update or delete on witness
    for each row execute function declaration_parts_change_with_their_declaration();

create trigger declaration_press_link_changes_with_declaration
    after insert or update or delete on declaration_press_link
    for each row execute function declaration_parts_change_with_their_declaration();

create trigger declaration_document_changes_with_declaration
    after insert or update or delete on declaration_document
    for each row execute function declaration_parts_change_with_their_declaration();

create constraint trigger declaration_version_public_data_changed
    after insert or update or delete on declaration_version
    deferrable initially deferred for each row execute function public_data_changed();
