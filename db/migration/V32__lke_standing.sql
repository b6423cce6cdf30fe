-- assessment publishes where each unit's self-assessment of each period stands, for the
-- staff's task list (read by the evaluation module).
create view lke_standing with (security_invoker = true) as
select a.work_unit_id, a.period_year, a.status, a.submitted_at
from lke_assessment a;
