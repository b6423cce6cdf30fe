-- The public's surveys (survey module): SPAK (anti-corruption perception, IPAK) and SPKP
-- (service-quality perception, IPKP). Questionnaires are versioned data; each unit runs one
-- survey of each kind per period; a response keeps the version it was given under. The index
-- is the mean of the respondents' mean answers (1-4); survey_tally keeps, per survey and
-- quarter, what the index, its margin of error and each item's mean need, so that neither
-- a unit's indices nor the national recap read the responses.

create table survey_version (
    id           bigint generated always as identity primary key,
    kind         varchar(4)   not null,
    number       int          not null,
    status       varchar(10)  not null default 'DRAFT',
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    published_at timestamptz,
    published_by varchar(100),
    constraint survey_version_kind_check check (kind in ('SPAK', 'SPKP')),
    constraint survey_version_status_check check (status in ('DRAFT', 'PUBLISHED')),
    constraint survey_version_published_check check ((status = 'PUBLISHED') = (published_at is not null)),
    constraint survey_version_number_unique unique (kind, number)
);

create table survey_item (
    version_id bigint       not null references survey_version (id) on delete cascade,
    position   int          not null,
    code       varchar(20)  not null,
    text_id    varchar(500) not null,
    text_en    varchar(500) not null,
    primary key (version_id, position),
    constraint survey_item_code_unique unique (version_id, code),
    constraint survey_item_text_not_blank check (btrim(text_id) <> '' and btrim(text_en) <> '')
);

create table survey (
    id           bigint generated always as identity primary key,
    work_unit_id bigint       not null references work_unit (id),
    period_year  int          not null references programme_period (year),
    kind         varchar(4)   not null,
    public_code  varchar(24)  not null unique,
    access       varchar(10)  not null,
    -- The people the unit serves in the period, for the minimum sample (Krejcie & Morgan);
    -- unknown: the minimum for a large population.
    population   int,
    counter_key  varchar(64)  not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    constraint survey_kind_check check (kind in ('SPAK', 'SPKP')),
    constraint survey_access_check check (access in ('RECEIPT', 'COUNTER')),
    constraint survey_population_check check (population is null or population > 0),
    constraint survey_one_per_period unique (work_unit_id, period_year, kind)
);

-- One-time codes printed on service receipts.
create table survey_receipt_code (
    survey_id  bigint      not null references survey (id),
    code       varchar(12) not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    primary key (survey_id, code)
);

create table survey_import (
    id          bigint generated always as identity primary key,
    survey_id   bigint       not null references survey (id),
    file_name   varchar(255) not null,
    rows        int          not null,
    imported_at timestamptz  not null,
    imported_by varchar(100) not null
);

create table survey_response (
    id           bigint generated always as identity primary key,
    survey_id    bigint       not null references survey (id),
    version_id   bigint       not null references survey_version (id),
    submitted_at timestamptz  not null,
    quarter      smallint     not null,
    answers      smallint[]   not null,
    mean         numeric(7,5) not null,
    service      varchar(100),
    age_band     varchar(10),
    sex          varchar(1),
    education    varchar(10),
    source       varchar(6)   not null,
    -- The visit a portal response came from: one response per visit.
    visit_id     varchar(64)  unique,
    -- An HMAC of the respondent's address (never the address), for the rate limit and duplicates.
    address_hash varchar(64),
    flag         varchar(10),
    import_id    bigint       references survey_import (id),
    constraint survey_response_quarter_check check (quarter between 1 and 4),
    constraint survey_response_answers_check check (1 <= all (answers) and 4 >= all (answers)
        and cardinality(answers) > 0),
    constraint survey_response_mean_check check (mean between 1 and 4),
    constraint survey_response_source_check check (source in ('PORTAL', 'IMPORT')),
    constraint survey_response_flag_check check (flag is null or flag in ('DUPLICATE', 'TOO_FAST')),
    constraint survey_response_age_check check (age_band is null or age_band in
        ('U20', '20_29', '30_39', '40_49', '50_59', '60P')),
    constraint survey_response_sex_check check (sex is null or sex in ('L', 'P')),
    constraint survey_response_education_check check (education is null or education in
        ('SD', 'SMP', 'SMA', 'D3', 'S1', 'S2P'))
);

create index survey_response_survey_idx on survey_response (survey_id, submitted_at);
create index survey_response_address_idx on survey_response (survey_id, address_hash, submitted_at)
    where address_hash is not null;

-- Per version, as each version has its own items.
create table survey_tally (
    survey_id        bigint   not null references survey (id),
    quarter          smallint not null,
    version_id       bigint   not null references survey_version (id),
    responses        int      not null,
    mean_sum         numeric  not null,
    mean_square_sum  numeric  not null,
    item_sums        bigint[] not null,
    primary key (survey_id, quarter, version_id)
);

-- Counted responses (not flagged) are tallied in the same transaction.
create function survey_response_tally() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.flag is null then
        update survey_tally
           set responses = responses - 1, mean_sum = mean_sum - old.mean,
               mean_square_sum = mean_square_sum - old.mean * old.mean,
               item_sums = (select array_agg(coalesce(s, 0) - coalesce(a, 0) order by i)
                            from unnest(item_sums, old.answers) with ordinality as t(s, a, i))
         where survey_id = old.survey_id and quarter = old.quarter and version_id = old.version_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.flag is null then
        insert into survey_tally as t (survey_id, quarter, version_id, responses, mean_sum, mean_square_sum,
                                       item_sums)
        values (new.survey_id, new.quarter, new.version_id, 1, new.mean, new.mean * new.mean, new.answers::bigint[])
        on conflict (survey_id, quarter, version_id) do update
           set responses = t.responses + 1, mean_sum = t.mean_sum + excluded.mean_sum,
               mean_square_sum = t.mean_square_sum + excluded.mean_square_sum,
               item_sums = (select array_agg(coalesce(s, 0) + coalesce(a, 0) order by i)
                            from unnest(t.item_sums, excluded.item_sums) with ordinality as x(s, a, i));
    end if;
    return null;
end
$$;

create trigger survey_response_tallied after insert or update of flag or delete on survey_response
    for each row execute function survey_response_tally();

-- The unit's public page and open data show the indices.
create constraint trigger survey_tally_public_data_changed after insert or update or delete on survey_tally
    deferrable initially deferred for each row execute function public_data_changed();
create constraint trigger survey_public_data_changed after insert or update or delete on survey
    deferrable initially deferred for each row execute function public_data_changed();

-- assessment: an answer the unit's own survey gave (IPAK, IPKP), which the unit does not type.
alter table lke_answer add column from_survey boolean not null default false;

-- The default questionnaires, version 1 of each kind, published.
insert into survey_version (kind, number, status, created_at, created_by, published_at, published_by)
values ('SPKP', 1, 'PUBLISHED', now(), 'system', now(), 'system'),
       ('SPAK', 1, 'PUBLISHED', now(), 'system', now(), 'system');

insert into survey_item (version_id, position, code, text_id, text_en)
select v.id, i.position, i.code, i.text_id, i.text_en
from survey_version v
join (values
    ('SPKP', 1, 'U1', 'Persyaratan pelayanan mudah dipenuhi dan sesuai dengan jenis layanannya.',
     'The requirements of the service are easy to meet and fit the service.'),
    ('SPKP', 2, 'U2', 'Prosedur pelayanan mudah diikuti.', 'The procedure of the service is easy to follow.'),
    ('SPKP', 3, 'U3', 'Waktu penyelesaian pelayanan sesuai dengan yang dijanjikan.',
     'The service is completed in the time promised.'),
    ('SPKP', 4, 'U4', 'Biaya atau tarif pelayanan wajar dan sesuai dengan yang diumumkan.',
     'The cost or fee of the service is fair and as published.'),
    ('SPKP', 5, 'U5', 'Hasil pelayanan sesuai dengan yang diumumkan dan diterima dengan benar.',
     'The service delivers what was published, correctly.'),
    ('SPKP', 6, 'U6', 'Petugas kompeten dan memahami layanannya.', 'The staff are competent and know the service.'),
    ('SPKP', 7, 'U7', 'Petugas sopan, ramah, dan bersikap adil.', 'The staff are polite, friendly and fair.'),
    ('SPKP', 8, 'U8', 'Sarana dan prasarana pelayanan nyaman dan memadai.',
     'The premises and facilities of the service are comfortable and adequate.'),
    ('SPKP', 9, 'U9', 'Pengaduan, saran, dan masukan ditangani dan ditindaklanjuti dengan baik.',
     'Complaints, suggestions and feedback are handled and followed up well.'),
    ('SPAK', 1, 'AK1', 'Tidak ada pungutan di luar biaya resmi dalam pelayanan ini.',
     'There are no charges beyond the official fees in this service.'),
    ('SPAK', 2, 'AK2', 'Tidak ada percaloan atau perantara dalam pelayanan ini.',
     'There are no brokers or middlemen in this service.'),
    ('SPAK', 3, 'AK3', 'Petugas tidak meminta atau menerima imbalan, hadiah, atau gratifikasi.',
     'The staff neither ask for nor accept rewards, gifts or gratuities.'),
    ('SPAK', 4, 'AK4', 'Petugas tidak membeda-bedakan pengguna layanan (tanpa diskriminasi).',
     'The staff treat every service user alike (no discrimination).'),
    ('SPAK', 5, 'AK5', 'Pelayanan diberikan sesuai prosedur yang ditetapkan, tanpa jalan pintas.',
     'The service follows its published procedure, without shortcuts.'),
    ('SPAK', 6, 'AK6', 'Tidak ada pelayanan di luar prosedur yang dipercepat dengan imbalan.',
     'No service is sped up outside the procedure in exchange for a reward.'),
    ('SPAK', 7, 'AK7', 'Informasi persyaratan, biaya, dan waktu pelayanan terbuka dan mudah didapat.',
     'Information on requirements, fees and times is open and easy to find.'),
    ('SPAK', 8, 'AK8', 'Tersedia sarana pengaduan atas dugaan korupsi yang mudah digunakan dan aman.',
     'There is an easy and safe way to report suspected corruption.')
) as i (kind, position, code, text_id, text_en) on i.kind = v.kind and v.number = 1;

-- survey publishes each unit's indices per period and quarter, for its public page and open data.
create view survey_quarter_result with (security_invoker = true) as
select s.work_unit_id, s.period_year, s.kind, t.quarter, sum(t.responses)::int as responses,
       round(sum(t.mean_sum) / sum(t.responses), 2) as index
from survey s
join survey_tally t on t.survey_id = s.id
group by s.id, t.quarter
having sum(t.responses) > 0;

-- ... and per period, over all its quarters, for open data.
create view survey_period_result with (security_invoker = true) as
select s.work_unit_id, s.period_year, s.kind, sum(t.responses)::int as responses,
       round(sum(t.mean_sum) / sum(t.responses), 2) as index
from survey s
join survey_tally t on t.survey_id = s.id
group by s.id
having sum(t.responses) > 0;
