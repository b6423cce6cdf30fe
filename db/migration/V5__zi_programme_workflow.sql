-- The ZI programme of each work unit: its stage, the stage requests and reviewers' decisions,
-- its stage history, designations and revocations.

create table zi_programme (
    id               bigint generated always as identity primary key,
    work_unit_id     bigint      not null references work_unit (id),
    stage            varchar(12) not null default 'PENCANANGAN',
    target_predicate varchar(4)  not null default 'WBK',
    held_predicate   varchar(4),
    declaration_id   bigint      references declaration (id),
    updated_at       timestamptz not null default now(),
    version          bigint      not null default 0,
    constraint zi_programme_work_unit_unique unique (work_unit_id),
    constraint zi_programme_stage_check
        check (stage in ('PENCANANGAN', 'PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN', 'PENETAPAN')),
    constraint zi_programme_target_check check (target_predicate in ('WBK', 'WBBM')),
    constraint zi_programme_held_check check (held_predicate in ('WBK', 'WBBM')),
    -- WBBM is pursued only while WBK is held; a held predicate is never the target again.
    constraint zi_programme_wbbm_needs_wbk check (target_predicate = 'WBK' or held_predicate is not null),
    constraint zi_programme_target_above_held check (held_predicate is null or held_predicate <> target_predicate
        or stage = 'PENETAPAN')
);

create table stage_request (
    id               bigint generated always as identity primary key,
    programme_id     bigint        not null references zi_programme (id),
    from_stage       varchar(12)   not null,
    to_stage         varchar(12)   not null,
    target_predicate varchar(4)    not null,
    status           varchar(10)   not null default 'SUBMITTED',
    note             varchar(4000),
    requested_by     varchar(100)  not null,
    requested_at     timestamptz   not null,
    resubmitted_at   timestamptz,
    version          bigint        not null default 0,
    constraint stage_request_stages_check check (
        from_stage in ('PENCANANGAN', 'PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN', 'PENETAPAN')
        and to_stage in ('PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN', 'PENETAPAN')),
    -- One step forward; from penetapan only into a new cycle (building towards WBBM).
    constraint stage_request_one_step_forward check (
        (from_stage = 'PENCANANGAN' and to_stage = 'PEMBANGUNAN')
        or (from_stage = 'PEMBANGUNAN' and to_stage = 'PENGUSULAN')
        or (from_stage = 'PENGUSULAN' and to_stage = 'PENILAIAN')
        or (from_stage = 'PENILAIAN' and to_stage = 'PENETAPAN')
        or (from_stage = 'PENETAPAN' and to_stage = 'PEMBANGUNAN' and target_predicate = 'WBBM')),
    constraint stage_request_target_check check (target_predicate in ('WBK', 'WBBM')),
    constraint stage_request_status_check check (status in ('SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED'))
);

-- At most one open request (submitted, or returned for revision) per programme.
create unique index stage_request_one_open_per_programme on stage_request (programme_id)
    where status in ('SUBMITTED', 'RETURNED');
create index stage_request_status_idx on stage_request (status, requested_at);
create index stage_request_programme_idx on stage_request (programme_id, requested_at);

create table stage_request_decision (
    id         bigint generated always as identity primary key,
    request_id bigint        not null references stage_request (id),
    outcome    varchar(10)   not null,
    reviewer   varchar(100)  not null,
    reason     varchar(4000),
    decided_at timestamptz   not null,
    constraint stage_request_decision_outcome_check check (outcome in ('APPROVED', 'RETURNED', 'REJECTED')),
    constraint stage_request_decision_reason_required
        check (outcome = 'APPROVED' or btrim(coalesce(reason, '')) <> '')
);

-- A request is finally decided once: approved or rejected, never both, never twice.
create unique index stage_request_decision_final_once on stage_request_decision (request_id)
    where outcome in ('APPROVED', 'REJECTED');
create index stage_request_decision_request_idx on stage_request_decision (request_id, decided_at);

create table stage_request_document (
    request_id  bigint not null references stage_request (id),
    document_id bigint not null references document (id),
    primary key (request_id, document_id)
);

create index stage_request_document_document_idx on stage_request_document (document_id);

create table stage_change (
    id           bigint generated always as identity primary key,
    programme_id bigint        not null references zi_programme (id),
    from_stage   varchar(12),
    to_stage     varchar(12)   not null,
    cause        varchar(20)   not null,
    request_id   bigint        references stage_request (id),
    reason       varchar(4000),
    changed_by   varchar(100)  not null,
    changed_at   timestamptz   not null,
    constraint stage_change_cause_check
        check (cause in ('REQUEST_APPROVED', 'ASSESSMENT_FAILED', 'PREDICATE_REVOKED')),
    constraint stage_change_request_check check (cause = 'PREDICATE_REVOKED' or request_id is not null),
    constraint stage_change_reason_check check (cause = 'REQUEST_APPROVED' or btrim(coalesce(reason, '')) <> '')
);

create index stage_change_programme_idx on stage_change (programme_id, changed_at);

create table designation (
    id                  bigint generated always as identity primary key,
    programme_id        bigint        not null references zi_programme (id),
    predicate           varchar(4)    not null,
    decree_number       varchar(150)  not null,
    decree_date         date          not null,
    recorded_by         varchar(100)  not null,
    recorded_at         timestamptz   not null,
    revoked_at          timestamptz,
    revoked_by          varchar(100),
    revocation_reason   varchar(4000),
    revocation_decree   varchar(150),
    constraint designation_predicate_check check (predicate in ('WBK', 'WBBM')),
    constraint designation_decree_not_blank check (btrim(decree_number) <> ''),
    constraint designation_revocation_complete check (
        (revoked_at is null and revoked_by is null and revocation_reason is null and revocation_decree is null)
        or (revoked_at is not null and revoked_by is not null and coalesce(btrim(revocation_reason), '') <> ''
            and coalesce(btrim(revocation_decree), '') <> ''))
);

-- A programme holds each predicate at most once at a time.
create unique index designation_one_active_per_predicate on designation (programme_id, predicate)
    where revoked_at is null;
create index designation_programme_idx on designation (programme_id, recorded_at);
