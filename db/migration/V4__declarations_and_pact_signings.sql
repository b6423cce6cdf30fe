-- Pencanangan: the declaration, its witnesses, documents and press coverage; and the pakta
-- integritas signings that belong to it.

create table declaration (
    id                bigint generated always as identity primary key,
    work_unit_id      bigint        not null references work_unit (id),
    status            varchar(10)   not null default 'DRAFT',
    declared_on       date,
    venue             varchar(200),
    official_name     varchar(150),
    official_position varchar(200),
    target_predicate  varchar(4)    not null default 'WBK',
    description       varchar(4000),
    legal_basis       varchar(2000),
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null default now(),
    submitted_at      timestamptz,
    version           bigint        not null default 0,
    constraint declaration_status_check check (status in ('DRAFT', 'SUBMITTED')),
    constraint declaration_target_predicate_check check (target_predicate in ('WBK', 'WBBM')),
    constraint declaration_declared_on_check check (declared_on >= date '2014-01-01'),
    -- A submitted declaration is complete: when, where, who.
    constraint declaration_submitted_complete check (
        status = 'DRAFT'
        or (submitted_at is not null and declared_on is not null and coalesce(btrim(venue), '') <> ''
            and coalesce(btrim(official_name), '') <> '' and coalesce(btrim(official_position), '') <> ''))
);

-- A unit has at most one declaration in preparation at a time.
create unique index declaration_one_draft_per_unit on declaration (work_unit_id) where status = 'DRAFT';
create index declaration_work_unit_idx on declaration (work_unit_id, declared_on desc);

create table witness (
    id                bigint generated always as identity primary key,
    declaration_id    bigint       not null references declaration (id) on delete cascade,
    position_in_list  integer      not null,
    organisation_kind varchar(10)  not null,
    organisation_name varchar(200) not null,
    person_name       varchar(150) not null,
    person_position   varchar(200),
    constraint witness_organisation_kind_check check (organisation_kind in
        ('OMBUDSMAN', 'BPK', 'BPKP', 'KPK', 'POLRI', 'DPRD', 'PEMDA', 'MEDIA', 'LAINNYA')),
    constraint witness_names_not_blank check (btrim(organisation_name) <> '' and btrim(person_name) <> ''),
    constraint witness_position_unique unique (declaration_id, position_in_list)
);

create table declaration_document (
    declaration_id bigint      not null references declaration (id) on delete cascade,
    document_id    bigint      not null references document (id),
    kind           varchar(15) not null,
    primary key (declaration_id, document_id),
    constraint declaration_document_kind_check
        check (kind in ('PIAGAM', 'NOTULEN', 'DAFTAR_HADIR', 'FOTO', 'LAINNYA'))
);

create table declaration_press_link (
    id             bigint generated always as identity primary key,
    declaration_id bigint        not null references declaration (id) on delete cascade,
    url            varchar(1000) not null,
    title          varchar(300)  not null,
    constraint declaration_press_link_url_check check (url ~ '^https?://[^\s<>"]+$'),
    constraint declaration_press_link_unique unique (declaration_id, url)
);

create table pact_signing (
    id             bigint generated always as identity primary key,
    declaration_id bigint       not null references declaration (id),
    signatory_name varchar(150) not null,
    nip            varchar(18),
    position       varchar(200) not null,
    role           varchar(20)  not null,
    signed_on      date         not null,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null default now(),
    constraint pact_signing_nip_format check (nip ~ '^[0-9]{18}$'),
    constraint pact_signing_role_check check (role in ('PIMPINAN', 'PEGAWAI', 'PENDUKUNG_EKSTERNAL')),
    constraint pact_signing_name_not_blank check (btrim(signatory_name) <> '' and btrim(position) <> ''),
    constraint pact_signing_nip_unique unique (declaration_id, nip)
);

create index pact_signing_declaration_idx on pact_signing (declaration_id, role);
