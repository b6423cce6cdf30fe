-- E-mail: each account's language and the notices it declined (account), the one-time links
-- that let a new account set its password (account), and the outbox (mail): a message is
-- written in the transaction of the change it tells of, and delivered afterwards.
alter table account add column language varchar(2) not null default 'id',
    add constraint account_language_check check (language in ('id', 'en'));

create table account_mail_declined (
    account_id bigint      not null references account (id) on delete cascade,
    topic      varchar(30) not null,
    primary key (account_id, topic),
    constraint account_mail_declined_topic_check check (topic in
        ('REVIEW_REQUESTS', 'DECISIONS', 'LKE_RETURNS', 'PROPOSALS', 'TPN_OUTCOMES', 'REMINDERS'))
);

-- Only a hash of the link's secret is kept.
create table password_setup (
    token_hash char(64)    primary key,
    account_id bigint      not null references account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index password_setup_account_idx on password_setup (account_id);

create table outgoing_mail (
    id                 bigint generated always as identity primary key,
    topic              varchar(30)   not null,
    recipient_username varchar(100),
    recipient_email    varchar(254)  not null,
    language           varchar(2)    not null,
    subject            varchar(300)  not null,
    body               text          not null,
    -- A message with a secret (a link to set a password) is not shown to administrators once
    -- an SMTP server delivers mail, and its body is blanked once it is sent.
    secret             boolean       not null default false,
    -- Reminders are sent once: a second reminder job (another instance, a rerun) finds the key.
    once_key           varchar(200)  unique,
    status             varchar(10)   not null default 'PENDING',
    attempts           int           not null default 0,
    next_attempt_at    timestamptz   not null,
    last_error         varchar(2000),
    created_at         timestamptz   not null,
    sent_at            timestamptz,
    constraint outgoing_mail_status_check check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint outgoing_mail_sent_check check ((status = 'SENT') = (sent_at is not null))
);

create index outgoing_mail_due_idx on outgoing_mail (next_attempt_at) where status = 'PENDING';
create index outgoing_mail_created_idx on outgoing_mail (created_at desc);

-- workflow publishes the requests that wait for a reviewer, and since when (a resubmitted one
-- since it came back), for the reminders.
create view waiting_request with (security_invoker = true) as
select r.id as request_id, p.work_unit_id, coalesce(r.resubmitted_at, r.requested_at) as waiting_since
from stage_request r
join zi_programme p on p.id = r.programme_id
where r.status = 'SUBMITTED';

-- evaluation publishes who leads each unit's TPI team in each period.
create view tpi_team_lead with (security_invoker = true) as
select m.work_unit_id, m.period_year, m.username
from tpi_team_member m
where m.role = 'LEAD';
