-- The programme runs in yearly periods: one circular a year sets the windows for the units'
-- self-assessments, the inspektorat's (TPI) evaluation, the instansi's proposals and the
-- national (TPN) evaluation, and the day of designation. A national administrator defines
-- each period; the windows start in the programme's order.
create table programme_period (
    year                   int          primary key,
    self_assessment_opens  date         not null,
    self_assessment_closes date         not null,
    tpi_evaluation_opens   date         not null,
    tpi_evaluation_closes  date         not null,
    proposal_opens         date         not null,
    proposal_closes        date         not null,
    tpn_evaluation_opens   date         not null,
    tpn_evaluation_closes  date         not null,
    designation_on         date         not null,
    updated_by             varchar(100) not null,
    updated_at             timestamptz  not null default now(),
    version                bigint       not null default 0,
    constraint programme_period_year_check check (year between 2014 and 2100),
    constraint programme_period_starts_in_its_year check (extract(year from self_assessment_opens) = year),
    constraint programme_period_windows_check check (
        self_assessment_opens <= self_assessment_closes and tpi_evaluation_opens <= tpi_evaluation_closes
        and proposal_opens <= proposal_closes and tpn_evaluation_opens <= tpn_evaluation_closes),
    constraint programme_period_order_check check (
        self_assessment_opens <= tpi_evaluation_opens and tpi_evaluation_opens <= proposal_opens
        and proposal_opens <= tpn_evaluation_opens and proposal_closes <= tpn_evaluation_closes
        and tpn_evaluation_closes <= designation_on)
);

-- Every year the portal has data for, up to this one, with the usual calendar: self-assessment
-- from January to April, TPI evaluation February to May, proposals in May (the regulation
-- closes them on 31 May), the TPN June to November, designation in December.
insert into programme_period (year, self_assessment_opens, self_assessment_closes, tpi_evaluation_opens,
                              tpi_evaluation_closes, proposal_opens, proposal_closes, tpn_evaluation_opens,
                              tpn_evaluation_closes, designation_on, updated_by)
select y, make_date(y, 1, 2), make_date(y, 4, 30), make_date(y, 2, 1), make_date(y, 5, 20), make_date(y, 5, 1),
       make_date(y, 5, 31), make_date(y, 6, 1), make_date(y, 11, 30), make_date(y, 12, 10), 'system'
from generate_series(2014, extract(year from now() at time zone 'Asia/Jakarta')::int) y;

-- A self-assessment belongs to a defined period.
alter table lke_assessment
    add constraint lke_assessment_period_fk foreign key (period_year) references programme_period (year);
