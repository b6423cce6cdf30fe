-- workflow: each transition has its own actor (domain.md, "Who moves a unit from one stage to
-- the next"). The unit still asks for pembangunan (after its declaration, and to start again
-- towards WBBM) and the TPI confirms; every later move is made by the evaluation that decides
-- it: the TPI's approved LHE (pembangunan → pengusulan), the instansi's proposal (→ penilaian),
-- the TPN's result (→ penetapan with the Minister's decree, or back to pembangunan).

-- Requests for the moves that evaluations now make are closed: withdrawn, not decided.
alter table stage_request drop constraint stage_request_status_check;
alter table stage_request add constraint stage_request_status_check
    check (status in ('SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN'));

insert into audit_entry (occurred_at, actor, actor_role, action, object_type, object_id, work_unit_id, summary)
select now(), 'system', 'SYSTEM', 'STAGE_REQUEST_WITHDRAWN', 'StageRequest', r.id::text, p.work_unit_id,
       r.from_stage || ' → ' || r.to_stage || ': this move is now made by the TPI''s LHE, the instansi''s proposal '
           || 'or the TPN''s result, not by a request'
from stage_request r
join zi_programme p on p.id = r.programme_id
where r.status in ('SUBMITTED', 'RETURNED') and r.from_stage in ('PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN');

update stage_request set status = 'WITHDRAWN'
where status in ('SUBMITTED', 'RETURNED') and from_stage in ('PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN');

-- The moves an evaluation makes carry its reference (the LHE, the proposal, the decree) as
-- their reason, and no request.
alter table stage_change drop constraint stage_change_cause_check;
alter table stage_change drop constraint stage_change_request_check;
alter table stage_change
    add constraint stage_change_cause_check check (cause in ('REQUEST_APPROVED', 'ASSESSMENT_FAILED',
        'PREDICATE_REVOKED', 'LHE_APPROVED', 'PROPOSED', 'DESIGNATED', 'NOT_DESIGNATED')),
    add constraint stage_change_request_check check (cause not in ('REQUEST_APPROVED', 'ASSESSMENT_FAILED')
        or request_id is not null);

-- A designation belongs to the period whose TPN evaluated the unit, and keeps the decree's
-- file; a revocation its date and file too.
alter table designation
    add column period_year            int references programme_period (year),
    add column decree_document_id     bigint references document (id),
    add column revocation_date        date,
    add column revocation_document_id bigint references document (id);

update designation set period_year = extract(year from decree_date)::int;
update designation set revocation_date = (revoked_at at time zone 'Asia/Jakarta')::date where revoked_at is not null;

-- The updates queued the public data's deferred triggers (V10); a table with pending trigger
-- events cannot be altered, so they run now.
set constraints all immediate;

alter table designation alter column period_year set not null;

-- A designation recorded without its period (data written before periods) belongs to the
-- year of its decree.
create function designation_period_from_decree() returns trigger
    language plpgsql as
$$
begin
    new.period_year := coalesce(new.period_year, extract(year from new.decree_date)::int);
    return new;
end;
$$;

create trigger designation_period_from_decree before insert on designation
    for each row execute function designation_period_from_decree();

create or replace view designation_record with (security_invoker = true) as
select s.id, p.work_unit_id, s.predicate, s.decree_number, s.decree_date, s.recorded_at, s.revoked_at,
       s.revocation_decree, s.revocation_reason, s.period_year, s.decree_document_id, s.revocation_date,
       s.revocation_document_id
from designation s
join zi_programme p on p.id = s.programme_id;
