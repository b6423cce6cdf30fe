-- account: the reviewers' scope also gives each reviewer's name, so that the inspektorat's
-- pages can name who is on which team.
create or replace view reviewer_scope with (security_invoker = true) as
select a.username, i.institution_id, a.queue_seen_at, a.display_name
from account a
join account_role r on r.account_id = a.id and r.role = 'REVIEWER'
join account_institution i on i.account_id = a.id
where a.enabled;

-- evaluation: the TPI team that evaluates a unit's self-assessment in a period: reviewers of
-- the unit's institution, each an evaluator or the team's lead (who approves the result and is
-- never its evaluator). At least one of each is the service's rule.
create table tpi_team_member (
    work_unit_id bigint       not null references work_unit (id),
    period_year  int          not null references programme_period (year),
    username     varchar(100) not null,
    role         varchar(10)  not null,
    assigned_by  varchar(100) not null,
    assigned_at  timestamptz  not null,
    primary key (work_unit_id, period_year, username),
    constraint tpi_team_member_role_check check (role in ('EVALUATOR', 'LEAD'))
);

create index tpi_team_member_period_idx on tpi_team_member (period_year, work_unit_id);
