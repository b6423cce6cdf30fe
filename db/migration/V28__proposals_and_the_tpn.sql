-- document: a document may be no unit's — an instansi's proposal letters, a minister's decree.
-- Whoever references it decides who reads it.
alter table document alter column work_unit_id drop not null;

-- period: how many days after the TPN's administrative selection the instansi may object.
alter table programme_period add column objection_days int not null default 7;
alter table programme_period add constraint programme_period_objection_days_check
    check (objection_days between 1 and 60);

-- proposal: the instansi head proposes the eligible units of the institution to KemenPAN-RB in a
-- period's proposal window: one proposal for several units, with a cover letter and an SPTJM
-- (statement of responsibility). Each proposed unit is then worked by the TPN: administrative
-- selection, at most one objection (sanggah) by the instansi and the TPN's answer, and the
-- result — designated by the Minister's decree (kept by workflow's designation) or not.
create table proposal (
    id                       bigint generated always as identity primary key,
    institution_id           bigint       not null references institution (id),
    period_year              int          not null references programme_period (year),
    letter_number            varchar(150) not null,
    letter_date              date         not null,
    cover_letter_document_id bigint       not null references document (id),
    sptjm_document_id        bigint       not null references document (id),
    proposed_by              varchar(100) not null,
    proposed_at              timestamptz  not null,
    constraint proposal_letter_number_not_blank check (btrim(letter_number) <> '')
);

create index proposal_period_idx on proposal (period_year, proposed_at);
create index proposal_institution_idx on proposal (institution_id, period_year);

create table proposed_unit (
    proposal_id      bigint        not null references proposal (id),
    work_unit_id     bigint        not null references work_unit (id),
    period_year      int           not null,
    predicate        varchar(4)    not null,
    lhe_number       varchar(150)  not null,
    selection        varchar(14),
    selection_notes  varchar(4000),
    selected_by      varchar(100),
    selected_at      timestamptz,
    objection        varchar(4000),
    objected_by      varchar(100),
    objected_at      timestamptz,
    objection_answer varchar(4000),
    objection_upheld boolean,
    answered_by      varchar(100),
    answered_at      timestamptz,
    result           varchar(14),
    result_reason    varchar(4000),
    decided_by       varchar(100),
    decided_at       timestamptz,
    version          bigint        not null default 0,
    primary key (proposal_id, work_unit_id),
    -- A unit is proposed at most once in a period; not designated, it may be in a later one.
    constraint proposed_unit_once_per_period unique (work_unit_id, period_year),
    constraint proposed_unit_predicate_check check (predicate in ('WBK', 'WBBM')),
    constraint proposed_unit_selection_check check (selection in ('LOLOS', 'LOLOS_CATATAN', 'TIDAK_LOLOS')),
    constraint proposed_unit_selection_complete check ((selection is null) = (selected_at is null)
        and (selected_at is null) = (selected_by is null)
        and (selection <> 'LOLOS_CATATAN' or btrim(coalesce(selection_notes, '')) <> '')
        and (selection <> 'TIDAK_LOLOS' or btrim(coalesce(selection_notes, '')) <> '')),
    -- One objection, only against a selection, answered once.
    constraint proposed_unit_objection_check check ((objection is null) = (objected_at is null)
        and (objected_at is null) = (objected_by is null)
        and (objection is null or (selection is not null and btrim(objection) <> ''))),
    constraint proposed_unit_answer_check check ((objection_answer is null) = (answered_at is null)
        and (answered_at is null) = (answered_by is null) and (answered_at is null) = (objection_upheld is null)
        and (objection_answer is null or objection is not null)),
    constraint proposed_unit_result_check check (result in ('DESIGNATED', 'NOT_DESIGNATED')
        and (result <> 'NOT_DESIGNATED' or btrim(coalesce(result_reason, '')) <> '')
        or result is null),
    constraint proposed_unit_result_complete check ((result is null) = (decided_at is null)
        and (decided_at is null) = (decided_by is null))
);

create index proposed_unit_period_idx on proposed_unit (period_year, work_unit_id);

-- proposal: where each proposed unit stands with the TPN, for the public pages and open data.
create view proposal_record with (security_invoker = true) as
select u.work_unit_id, u.period_year, u.predicate, p.proposed_at, u.selection, u.selected_at, u.result,
       u.result_reason, u.decided_at
from proposed_unit u
join proposal p on p.id = u.proposal_id;

-- Public pages and open data show the proposals and the TPN's outcomes: a change of them is a
-- change of the public data (V10).
create constraint trigger proposal_public_data_changed after insert or update or delete on proposal
    deferrable initially deferred for each row execute function public_data_changed();
create constraint trigger proposed_unit_public_data_changed after insert or update or delete on proposed_unit
    deferrable initially deferred for each row execute function public_data_changed();
