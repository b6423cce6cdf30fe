-- This year's period around the day the demo is installed, so that every window can be
-- tried: self-assessments open until a month from now, the TPI evaluation running, the
-- proposals open soon after, the TPN evaluation and the designation ahead. Each window opens
-- no earlier than the one before it, and the self-assessments in this year.
with today as (select (now() at time zone 'Asia/Jakarta')::date as day),
     windows as (
         select extract(year from day)::int as year, day,
                greatest(make_date(extract(year from day)::int, 1, 2), day - 60) as sa_opens
         from today)
update programme_period p
set self_assessment_opens  = w.sa_opens,
    self_assessment_closes = w.day + 30,
    tpi_evaluation_opens   = greatest(w.sa_opens, w.day - 30),
    tpi_evaluation_closes  = w.day + 45,
    proposal_opens         = w.day + 7,
    proposal_closes        = w.day + 60,
    tpn_evaluation_opens   = w.day + 14,
    tpn_evaluation_closes  = w.day + 120,
    designation_on         = w.day + 130,
    updated_by             = 'system',
    updated_at             = now()
from windows w
where p.year = w.year;
