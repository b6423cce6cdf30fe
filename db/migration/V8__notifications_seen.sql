-- In-portal notifications are derived from the records themselves (decisions, waiting
-- requests); each account remembers up to when it has seen them.
alter table account add column decisions_seen_at timestamptz not null default now();
alter table account add column queue_seen_at timestamptz not null default now();
