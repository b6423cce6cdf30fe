-- assessment: the evaluations of a submitted self-assessment. The inspektorat's TPI and the
-- national TPN each give their own answer to every question (the same answer types), a note,
-- and whether the unit's answer stands; the TPI can return chosen questions to the unit, which
-- then changes those and nothing else; the TPI's team lead approves the result as the LHE.

-- A self-assessment with questions returned by the TPI is open for those questions only.
alter table lke_assessment drop constraint lke_assessment_status_check;
alter table lke_assessment drop constraint lke_assessment_submitted_check;
alter table lke_assessment
    add constraint lke_assessment_status_check check (status in ('DRAFT', 'SUBMITTED', 'RETURNED')),
    add constraint lke_assessment_submitted_check check ((status <> 'DRAFT') = (submitted_at is not null)
        and (submitted_at is null) = (submitted_by is null));

create table lke_evaluation (
    id           bigint generated always as identity primary key,
    assessment_id bigint       not null,
    version_id   bigint        not null,
    evaluator    varchar(3)    not null,
    status       varchar(10)   not null default 'OPEN',
    started_at   timestamptz   not null,
    started_by   varchar(100)  not null,
    lhe_number   varchar(150),
    lhe_date     date,
    approved_at  timestamptz,
    approved_by  varchar(100),
    field_notes  text,
    constraint lke_evaluation_one_per_evaluator unique (assessment_id, evaluator),
    constraint lke_evaluation_of_version unique (id, version_id),
    constraint lke_evaluation_assessment_fk foreign key (assessment_id, version_id)
        references lke_assessment (id, version_id),
    constraint lke_evaluation_evaluator_check check (evaluator in ('TPI', 'TPN')),
    constraint lke_evaluation_status_check check (status in ('OPEN', 'APPROVED')),
    -- Only the TPI's result is approved, as the LHE, with its number and date.
    constraint lke_evaluation_approved_check check ((status = 'APPROVED') = (approved_at is not null)
        and (approved_at is null) = (approved_by is null)
        and (status = 'APPROVED') = (lhe_number is not null and btrim(lhe_number) <> '' and lhe_date is not null)
        and (status = 'OPEN' or evaluator = 'TPI'))
);

create table lke_evaluation_answer (
    evaluation_id bigint       not null,
    version_id    bigint       not null,
    question_id   bigint       not null,
    option_id     bigint,
    value         numeric      not null,
    numbers       jsonb        not null default '{}',
    note          text,
    stands        boolean      not null,
    answered_at   timestamptz  not null,
    answered_by   varchar(100) not null,
    -- Each save of an answer counts one up: a save that read an older revision changes nothing
    -- (two evaluators on one LKE never overwrite each other).
    revision      int          not null default 1,
    primary key (evaluation_id, question_id),
    constraint lke_evaluation_answer_evaluation_fk foreign key (evaluation_id, version_id)
        references lke_evaluation (id, version_id) on delete cascade,
    constraint lke_evaluation_answer_question_fk foreign key (question_id, version_id)
        references lke_question (id, version_id),
    constraint lke_evaluation_answer_option_fk foreign key (option_id, question_id)
        references lke_option (id, question_id),
    constraint lke_evaluation_answer_value_check check (value between 0 and 1)
);

create index lke_evaluation_answer_question_idx on lke_evaluation_answer (question_id);

-- Who answered what, every time: the approver is never one of them.
create table lke_evaluation_answer_change (
    id            bigint generated always as identity primary key,
    evaluation_id bigint       not null references lke_evaluation (id) on delete cascade,
    question_id   bigint       not null references lke_question (id),
    changed_at    timestamptz  not null,
    changed_by    varchar(100) not null,
    after_state   jsonb        not null
);

create index lke_evaluation_answer_change_idx on lke_evaluation_answer_change (evaluation_id, question_id, changed_at);

create trigger lke_evaluation_answer_change_no_update_or_delete
    before update or delete on lke_evaluation_answer_change
    for each row execute function lke_answer_change_is_append_only();

-- Questions the TPI returned to the unit, with why; revised once the unit sends them back.
create table lke_return (
    id            bigint generated always as identity primary key,
    evaluation_id bigint        not null references lke_evaluation (id),
    question_id   bigint        not null references lke_question (id),
    note          varchar(4000) not null,
    returned_at   timestamptz   not null,
    returned_by   varchar(100)  not null,
    revised_at    timestamptz,
    revised_by    varchar(100),
    constraint lke_return_note_not_blank check (btrim(note) <> ''),
    constraint lke_return_revised_check check ((revised_at is null) = (revised_by is null))
);

create unique index lke_return_one_open_per_question on lke_return (evaluation_id, question_id)
    where revised_at is null;
create index lke_return_evaluation_idx on lke_return (evaluation_id, returned_at);

-- A submitted self-assessment stays frozen, except the questions the TPI returned while they
-- are open: their answers, inputs and evidence may change; nothing else does. The assessment
-- itself only moves between submitted and returned.
create or replace function lke_assessment_is_frozen_once_submitted() returns trigger
    language plpgsql as
$$
declare
    assessment bigint;
    status     varchar(12);
    question   bigint;
begin
    if tg_table_name = 'lke_assessment' then
        if old.status in ('SUBMITTED', 'RETURNED') then
            if tg_op = 'UPDATE' and new.status in ('SUBMITTED', 'RETURNED')
               and (new.id, new.work_unit_id, new.period_year, new.version_id, new.started_at, new.started_by,
                    new.submitted_at, new.submitted_by)
                   is not distinct from (old.id, old.work_unit_id, old.period_year, old.version_id,
                                         old.started_at, old.started_by, old.submitted_at, old.submitted_by) then
                return new;
            end if;
            raise exception 'the self-assessment % is submitted: it cannot change', old.id
                using errcode = 'integrity_constraint_violation';
        end if;
        return coalesce(new, old);
    end if;
    assessment := coalesce(old.assessment_id, new.assessment_id);
    select a.status into status from lke_assessment a where a.id = assessment;
    if status = 'SUBMITTED' or (status = 'RETURNED'
            and tg_table_name not in ('lke_answer', 'lke_answer_number', 'lke_evidence', 'lke_answer_change')) then
        raise exception 'the self-assessment % is submitted: its % cannot change', assessment, tg_table_name
            using errcode = 'integrity_constraint_violation';
    end if;
    if status = 'RETURNED' then
        question := coalesce(old.question_id, new.question_id);
        if not exists (select 1 from lke_return r join lke_evaluation e on e.id = r.evaluation_id
                       where e.assessment_id = assessment and r.question_id = question and r.revised_at is null) then
            raise exception 'question % of the self-assessment % is not returned: it cannot change', question,
                assessment using errcode = 'integrity_constraint_violation';
        end if;
    end if;
    return coalesce(new, old);
end;
$$;

-- The TPI's result is approved by someone who gave none of its answers.
create function lke_evaluation_approved_by_another() returns trigger
    language plpgsql as
$$
begin
    if new.status = 'APPROVED' and exists (select 1 from lke_evaluation_answer_change c
                                           where c.evaluation_id = new.id and c.changed_by = new.approved_by) then
        raise exception 'an evaluation is never approved by one of its evaluators'
            using errcode = 'check_violation', constraint = 'lke_evaluation_approved_by_another';
    end if;
    if old.status = 'APPROVED' then
        raise exception 'the evaluation % is approved: it cannot change', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create trigger lke_evaluation_approved_by_another before update on lke_evaluation
    for each row execute function lke_evaluation_approved_by_another();

-- An approved evaluation's answers do not change either.
create function lke_evaluation_answer_is_frozen_once_approved() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from lke_evaluation e where e.id = coalesce(old.evaluation_id, new.evaluation_id)
               and e.status = 'APPROVED') then
        raise exception 'the evaluation is approved: its answers cannot change'
            using errcode = 'integrity_constraint_violation';
    end if;
    return coalesce(new, old);
end;
$$;

create trigger lke_evaluation_answer_frozen before insert or update or delete on lke_evaluation_answer
    for each row execute function lke_evaluation_answer_is_frozen_once_approved();

-- Where the sources disagree on a minimum, the national administrator sets the value in force
-- for a period; without one, the version's applied value (the stricter, as domain.md gives it).
create table lke_period_minimum (
    period_year int          not null references programme_period (year),
    version_id  bigint       not null references lke_version (id),
    predicate   varchar(4)   not null,
    criterion   varchar(60)  not null,
    scope       varchar(10)  not null,
    minimum     numeric      not null,
    set_by      varchar(100) not null,
    set_at      timestamptz  not null,
    primary key (period_year, version_id, predicate, criterion, scope),
    constraint lke_period_minimum_predicate_check check (predicate in ('WBK', 'WBBM'))
);

-- An evaluation's scores as the inspektorat approved them, for the pages of other modules
-- (the instansi head's list, the public record's LHE date).
create view lhe_register with (security_invoker = true) as
select a.work_unit_id, a.period_year, e.id as evaluation_id, e.lhe_number, e.lhe_date, e.approved_at, e.approved_by
from lke_evaluation e
join lke_assessment a on a.id = e.assessment_id
where e.evaluator = 'TPI' and e.status = 'APPROVED';
