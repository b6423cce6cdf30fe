-- This year's period with every window open on the day the demo is installed, so that the
-- whole road — self-assessment, the TPI's evaluation, the instansi's proposal and the TPN —
-- can be walked through in one sitting: the windows overlap as a compressed calendar, each
-- still opening no earlier than the one before it.
with today as (select (now() at time zone 'Asia/Jakarta')::date as day)
update programme_period p
set proposal_opens       = t.day - 1,
    tpn_evaluation_opens = t.day - 1,
    updated_by           = 'system',
    updated_at           = now()
from today t
where p.year = extract(year from t.day)::int;

-- Requests for moves that evaluations now make are withdrawn, as V26 did for data older than
-- the demo's.
insert into audit_entry (occurred_at, actor, actor_role, action, object_type, object_id, work_unit_id, summary)
select now(), 'system', 'SYSTEM', 'STAGE_REQUEST_WITHDRAWN', 'StageRequest', r.id::text, p.work_unit_id,
       r.from_stage || ' → ' || r.to_stage || ': this move is now made by the TPI''s LHE, the instansi''s proposal '
           || 'or the TPN''s result, not by a request'
from stage_request r
join zi_programme p on p.id = r.programme_id
where r.status in ('SUBMITTED', 'RETURNED') and r.from_stage in ('PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN');

update stage_request set status = 'WITHDRAWN'
where status in ('SUBMITTED', 'RETURNED') and from_stage in ('PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN');
