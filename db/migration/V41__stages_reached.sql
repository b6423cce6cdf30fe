-- workflow: the first time each unit reached each stage, for the national picture's road
-- (of the units that declared in a year, how many reached each later stage). A unit sent
-- back keeps the stages it reached.
create view stage_reached with (security_invoker = true) as
select p.work_unit_id, c.to_stage as stage,
       array_position(array['PENCANANGAN', 'PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN', 'PENETAPAN'],
                      c.to_stage::text) as stage_order,
       min(c.changed_at) as first_reached_at
from stage_change c
join zi_programme p on p.id = c.programme_id
group by p.work_unit_id, c.to_stage;
