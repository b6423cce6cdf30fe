-- One-time submission tokens: every form the portal renders for a POST carries one. The first
-- request with a token does the work; a second one (a double click, back and resubmit) is sent
-- where the first one went, and creates nothing twice. Kept for a day.
create table form_submission (
    token        uuid          primary key,
    username     varchar(100),
    created_at   timestamptz   not null default now(),
    completed_at timestamptz,
    redirect_to  varchar(2000)
);

create index form_submission_age_idx on form_submission (created_at);
