-- Accounts, their roles and scopes, and the record of failed logins behind the lockout.

create table account (
    id                   bigint generated always as identity primary key,
    username             varchar(60)  not null,
    display_name         varchar(150) not null,
    email                varchar(254) not null,
    password_hash        varchar(200) not null,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    password_changed_at  timestamptz  not null default now(),
    created_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    constraint account_username_unique unique (username),
    constraint account_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{2,59}$'),
    constraint account_email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint account_display_name_not_blank check (btrim(display_name) <> ''),
    -- Spring Security's delegating encoder format: {id}hash
    constraint account_password_hash_format check (password_hash ~ '^\{(bcrypt|argon2@SpringSecurity_v5_8)\}.+')
);

create unique index account_email_unique on account (lower(email));

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint account_role_check check (role in ('AGENCY_STAFF', 'REVIEWER', 'ADMIN'))
);

-- Agency staff work for one or more units.
create table account_work_unit (
    account_id   bigint not null references account (id) on delete cascade,
    work_unit_id bigint not null references work_unit (id),
    primary key (account_id, work_unit_id)
);

create index account_work_unit_unit_idx on account_work_unit (work_unit_id);

-- Reviewers (the instansi's inspektorat) review all units of one or more institutions.
create table account_institution (
    account_id     bigint not null references account (id) on delete cascade,
    institution_id bigint not null references institution (id),
    primary key (account_id, institution_id)
);

create index account_institution_institution_idx on account_institution (institution_id);

-- Failed logins by the username that was typed, whether or not such an account exists, so that
-- the lockout behaves the same for both and reveals nothing.
create table login_failure (
    id        bigint generated always as identity primary key,
    username  varchar(200) not null,
    failed_at timestamptz  not null default now()
);

create index login_failure_username_idx on login_failure (username, failed_at);

create table login_lock (
    username     varchar(200) primary key,
    locked_until timestamptz  not null
);
