-- The LKE (Lembar Kerja Evaluasi) as data: every version of the evaluation instrument, with its
-- areas, sub-areas and weights, questions, options and their values, numeric inputs and formulas, and
-- the minimums to be proposed. The bundled version (PermenPAN-RB 90/2021) is loaded by the Java
-- migration V19_1 from src/main/resources/lke/, through the same loader as a version an
-- administrator uploads. A published version never changes: every assessment keeps the version it
-- was made under.

create table lke_version (
    id           bigint generated always as identity primary key,
    name         varchar(120) not null,
    status       varchar(12)  not null,
    loaded_at    timestamptz  not null default now(),
    loaded_by    varchar(100) not null,
    published_at timestamptz,
    published_by varchar(100),
    constraint lke_version_name_unique unique (name),
    constraint lke_version_status_check check (status in ('DRAFT', 'PUBLISHED')),
    constraint lke_version_published_check check ((status = 'PUBLISHED') = (published_at is not null)
        and (published_at is null) = (published_by is null)),
    constraint lke_version_name_check check (btrim(name) <> '')
);

-- The files a version was loaded from, as they were: its provenance.
create table lke_version_file (
    version_id bigint      not null references lke_version (id) on delete cascade,
    name       varchar(40) not null,
    content    text        not null,
    primary key (version_id, name)
);

create table lke_area (
    id         bigint generated always as identity primary key,
    version_id bigint       not null references lke_version (id) on delete cascade,
    code       varchar(4)   not null,
    name       varchar(200) not null,
    component  varchar(12)  not null,
    position   int          not null,
    constraint lke_area_code_unique unique (version_id, code),
    constraint lke_area_of_version unique (id, version_id),
    constraint lke_area_component_check check (component in ('PENGUNGKIT', 'HASIL'))
);

create table lke_sub_area (
    id         bigint generated always as identity primary key,
    version_id bigint       not null,
    area_id    bigint       not null,
    code       varchar(8)   not null,
    name       varchar(300) not null,
    part       varchar(20)  not null,
    weight     numeric(7, 2) not null,
    position   int          not null,
    constraint lke_sub_area_code_unique unique (version_id, code),
    constraint lke_sub_area_of_version unique (id, version_id),
    constraint lke_sub_area_area_fk foreign key (area_id, version_id) references lke_area (id, version_id)
        on delete cascade,
    constraint lke_sub_area_part_check check (part in ('PEMENUHAN', 'REFORM', 'IPAK', 'CAPAIAN_KINERJA', 'IPKP')),
    constraint lke_sub_area_weight_check check (weight > 0)
);

create table lke_question (
    id          bigint generated always as identity primary key,
    version_id  bigint      not null,
    sub_area_id bigint      not null,
    code        varchar(8)  not null,
    position    int         not null,
    text        text        not null,
    answer_type varchar(10) not null,
    formula     text,
    criterion   text,
    constraint lke_question_code_unique unique (version_id, code),
    constraint lke_question_position_unique unique (sub_area_id, position),
    constraint lke_question_of_version unique (id, version_id),
    constraint lke_question_sub_area_fk foreign key (sub_area_id, version_id)
        references lke_sub_area (id, version_id) on delete cascade,
    constraint lke_question_type_check check (answer_type in ('YA_TIDAK', 'A_C', 'A_D', 'A_E', 'NUMERIC')),
    constraint lke_question_formula_check check ((answer_type = 'NUMERIC') = (formula is not null))
);

create table lke_option (
    id          bigint generated always as identity primary key,
    question_id bigint       not null references lke_question (id) on delete cascade,
    letter      varchar(5)   not null,
    position    int          not null,
    text        text         not null,
    value       numeric(4, 2) not null,
    constraint lke_option_letter_unique unique (question_id, letter),
    constraint lke_option_of_question unique (id, question_id),
    constraint lke_option_value_check check (value between 0 and 1)
);

create table lke_numeric_input (
    question_id bigint      not null references lke_question (id) on delete cascade,
    position    int         not null,
    name        varchar(60) not null,
    label       text        not null,
    role        text,
    primary key (question_id, name),
    constraint lke_numeric_input_position_unique unique (question_id, position)
);

-- Every minimum the sources give; "applied" marks the one the portal checks a unit against.
create table lke_minimum (
    id         bigint generated always as identity primary key,
    version_id bigint       not null references lke_version (id) on delete cascade,
    predicate  varchar(4)   not null,
    criterion  varchar(40)  not null,
    scope      varchar(12)  not null,
    unit       varchar(20)  not null,
    minimum    numeric(7, 2) not null,
    source     varchar(20)  not null,
    status     varchar(20)  not null,
    note       text,
    applied    boolean      not null,
    constraint lke_minimum_predicate_check check (predicate in ('WBK', 'WBBM')),
    constraint lke_minimum_value_check check (minimum >= 0)
);

create unique index lke_minimum_one_applied on lke_minimum (version_id, predicate, criterion, scope) where applied;
create index lke_minimum_version_idx on lke_minimum (version_id);

-- A published version is a fixed instrument: nothing of it changes or goes.
create function lke_version_is_fixed_once_published() returns trigger
    language plpgsql as
$$
declare
    version bigint;
begin
    if tg_table_name = 'lke_version' then
        if old.status = 'PUBLISHED' then
            raise exception 'LKE version % is published: it cannot change', old.name
                using errcode = 'integrity_constraint_violation';
        end if;
        return coalesce(new, old);
    end if;
    if tg_table_name in ('lke_option', 'lke_numeric_input') then
        select q.version_id into version from lke_question q where q.id = coalesce(old.question_id, new.question_id);
    else
        version := coalesce(old.version_id, new.version_id);
    end if;
    if exists (select 1 from lke_version v where v.id = version and v.status = 'PUBLISHED') then
        raise exception 'LKE version % is published: its % cannot change', version, tg_table_name
            using errcode = 'integrity_constraint_violation';
    end if;
    return coalesce(new, old);
end;
$$;

create trigger lke_version_fixed before update or delete on lke_version
    for each row execute function lke_version_is_fixed_once_published();

do
$$
declare
    part text;
begin
    foreach part in array array['lke_version_file', 'lke_area', 'lke_sub_area', 'lke_question', 'lke_option',
        'lke_numeric_input', 'lke_minimum']
    loop
        execute format('create trigger %I before insert or update or delete on %I
                        for each row execute function lke_version_is_fixed_once_published()',
                       part || '_fixed', part);
    end loop;
end
$$;

-- Evidence checklists (bukti dukung) are not part of the regulation: each institution keeps its own
-- list of expected documents per question, and so per version.
create table lke_checklist_item (
    id             bigint generated always as identity primary key,
    institution_id bigint       not null references institution (id),
    question_id    bigint       not null references lke_question (id),
    position       int          not null,
    text           varchar(500) not null,
    constraint lke_checklist_item_position_unique unique (institution_id, question_id, position),
    constraint lke_checklist_item_text_check check (btrim(text) <> '')
);
