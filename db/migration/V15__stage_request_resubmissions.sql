-- Separation of duties: whoever filed a stage request or resubmitted it after a return may
-- never decide it, even after gaining the reviewer role. The filer is stage_request.requested_by;
-- every resubmission is kept here, with who made it.
create table stage_request_resubmission (
    request_id      bigint       not null references stage_request (id),
    resubmitted_by  varchar(100) not null,
    resubmitted_at  timestamptz  not null,
    primary key (request_id, resubmitted_at, resubmitted_by)
);

-- Resubmissions made before this table existed are known from the audit trail.
insert into stage_request_resubmission (request_id, resubmitted_by, resubmitted_at)
select cast(e.object_id as bigint), e.actor, e.occurred_at
from audit_entry e
where e.action = 'STAGE_REQUEST_RESUBMITTED' and e.object_type = 'StageRequest'
  and exists (select 1 from stage_request r where r.id = cast(e.object_id as bigint))
on conflict do nothing;

-- The database refuses a decision by the filer or a resubmitter, whatever writes it.
create function stage_request_decision_not_by_submitter() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from stage_request r where r.id = new.request_id and r.requested_by = new.reviewer)
       or exists (select 1 from stage_request_resubmission s
                  where s.request_id = new.request_id and s.resubmitted_by = new.reviewer) then
        raise exception 'a stage request is never decided by whoever filed or resubmitted it'
            using errcode = 'check_violation', constraint = 'stage_request_decision_not_by_submitter';
    end if;
    return new;
end;
$$;

create trigger stage_request_decision_not_by_submitter
    before insert on stage_request_decision
    for each row execute function stage_request_decision_not_by_submitter();
