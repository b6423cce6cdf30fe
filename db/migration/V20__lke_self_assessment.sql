-- A unit's self-assessment (penilaian mandiri) on the LKE, one per unit and period (a year),
-- under the version in force when it was started. An answer belongs to a question of that version
-- and its option to that question; every change of an answer is kept; a submitted assessment is
-- frozen for review.

create table lke_assessment (
    id           bigint generated always as identity primary key,
    work_unit_id bigint       not null references work_unit (id),
    period_year  int          not null,
    version_id   bigint       not null references lke_version (id),
    status       varchar(12)  not null default 'DRAFT',
    started_at   timestamptz  not null,
    started_by   varchar(100) not null,
    submitted_at timestamptz,
    submitted_by varchar(100),
    constraint lke_assessment_one_per_period unique (work_unit_id, period_year),
    constraint lke_assessment_of_version unique (id, version_id),
    constraint lke_assessment_status_check check (status in ('DRAFT', 'SUBMITTED')),
    constraint lke_assessment_submitted_check check ((status = 'SUBMITTED') = (submitted_at is not null)
        and (submitted_at is null) = (submitted_by is null)),
    constraint lke_assessment_period_check check (period_year between 2014 and 2100)
);

create index lke_assessment_version_idx on lke_assessment (version_id);

create table lke_answer (
    assessment_id bigint       not null,
    version_id    bigint       not null,
    question_id   bigint       not null,
    option_id     bigint,
    value         numeric,
    justification text,
    answered_at   timestamptz  not null,
    answered_by   varchar(100) not null,
    primary key (assessment_id, question_id),
    constraint lke_answer_assessment_fk foreign key (assessment_id, version_id)
        references lke_assessment (id, version_id) on delete cascade,
    constraint lke_answer_question_fk foreign key (question_id, version_id) references lke_question (id, version_id),
    constraint lke_answer_option_fk foreign key (option_id, question_id) references lke_option (id, question_id),
    constraint lke_answer_value_check check (value between 0 and 1)
);

create index lke_answer_question_idx on lke_answer (question_id);

-- The named inputs of a numeric question, from which its value is computed.
create table lke_answer_number (
    assessment_id bigint         not null,
    question_id   bigint         not null,
    name          varchar(60)    not null,
    value         numeric(14, 2) not null,
    primary key (assessment_id, question_id, name),
    constraint lke_answer_number_answer_fk foreign key (assessment_id, question_id)
        references lke_answer (assessment_id, question_id) on delete cascade,
    constraint lke_answer_number_input_fk foreign key (question_id, name) references lke_numeric_input (question_id, name),
    constraint lke_answer_number_value_check check (value >= 0)
);

-- Evidence (bukti dukung) per question: documents of the unit's library.
create table lke_evidence (
    assessment_id bigint       not null,
    version_id    bigint       not null,
    question_id   bigint       not null,
    document_id   bigint       not null references document (id),
    attached_at   timestamptz  not null,
    attached_by   varchar(100) not null,
    primary key (assessment_id, question_id, document_id),
    constraint lke_evidence_assessment_fk foreign key (assessment_id, version_id)
        references lke_assessment (id, version_id) on delete cascade,
    constraint lke_evidence_question_fk foreign key (question_id, version_id) references lke_question (id, version_id)
);

create index lke_evidence_document_idx on lke_evidence (document_id);

create table lke_checklist_tick (
    assessment_id bigint       not null references lke_assessment (id) on delete cascade,
    item_id       bigint       not null references lke_checklist_item (id) on delete cascade,
    ticked_at     timestamptz  not null,
    ticked_by     varchar(100) not null,
    primary key (assessment_id, item_id)
);

-- Who of the unit's team takes which area.
create table lke_area_assignment (
    assessment_id bigint       not null references lke_assessment (id) on delete cascade,
    area_code     varchar(4)   not null,
    username      varchar(100) not null,
    primary key (assessment_id, area_code)
);

-- Every change of an answer: who, when, before and after. Append-only.
create table lke_answer_change (
    id            bigint generated always as identity primary key,
    assessment_id bigint       not null references lke_assessment (id) on delete cascade,
    question_id   bigint       not null references lke_question (id),
    changed_at    timestamptz  not null,
    changed_by    varchar(100) not null,
    before_state  jsonb,
    after_state   jsonb        not null
);

create index lke_answer_change_question_idx on lke_answer_change (assessment_id, question_id, changed_at);

create function lke_answer_change_is_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' and not exists (select 1 from lke_assessment a where a.id = old.assessment_id) then
        return old; -- the assessment itself is being deleted
    end if;
    raise exception 'lke_answer_change is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger lke_answer_change_no_update_or_delete
    before update or delete on lke_answer_change
    for each row execute function lke_answer_change_is_append_only();

-- A submitted self-assessment is frozen for review: its answers, inputs, evidence, ticks and
-- assignments do not change, and it does not go back to draft.
create function lke_assessment_is_frozen_once_submitted() returns trigger
    language plpgsql as
$$
declare
    assessment bigint;
begin
    if tg_table_name = 'lke_assessment' then
        if old.status = 'SUBMITTED' then
            raise exception 'the self-assessment % is submitted: it cannot change', old.id
                using errcode = 'integrity_constraint_violation';
        end if;
        return coalesce(new, old);
    end if;
    assessment := coalesce(old.assessment_id, new.assessment_id);
    if exists (select 1 from lke_assessment a where a.id = assessment and a.status = 'SUBMITTED') then
        raise exception 'the self-assessment % is submitted: its % cannot change', assessment, tg_table_name
            using errcode = 'integrity_constraint_violation';
    end if;
    return coalesce(new, old);
end;
$$;

create trigger lke_assessment_frozen before update or delete on lke_assessment
    for each row execute function lke_assessment_is_frozen_once_submitted();

do
$$
declare
    part text;
begin
    foreach part in array array['lke_answer', 'lke_answer_number', 'lke_evidence', 'lke_checklist_tick',
        'lke_area_assignment', 'lke_answer_change']
    loop
        execute format('create trigger %I before insert or update or delete on %I
                        for each row execute function lke_assessment_is_frozen_once_submitted()',
                       part || '_frozen', part);
    end loop;
end
$$;
