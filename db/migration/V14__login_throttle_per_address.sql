-- Failed logins per client address, apart from the per-username failures (which a lock or a
-- successful login clears): enough failures from one address turn it away for a while,
-- whatever username it types, so that one visitor cannot lock out every account.
create table login_failure_address (
    id             bigint generated always as identity primary key,
    client_address varchar(45) not null,
    failed_at      timestamptz not null default now()
);

create index login_failure_address_idx on login_failure_address (client_address, failed_at);
create index login_failure_address_age_idx on login_failure_address (failed_at);
