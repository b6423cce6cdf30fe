-- The audit trail speaks the reader's language. An entry's summary was a line of English
-- ("Draft declaration started", "2 witness(es), 1 upload(s)"); from now on the portal records
-- the values of the line (counts, numbers, years, names) as summary_arguments, and the audit
-- screen words them in the reader's language (auditSummary.<ACTION> in the message bundles).
-- What a person wrote (a reason, a note) stays the summary itself, in their words.
--
-- Recorded entries are not changed: the view reads the same values out of the lines earlier
-- versions wrote, so they are worded like new ones.
alter table audit_entry add column summary_arguments text[];

create or replace view audit_log with (security_invoker = true) as
select e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.object_type, e.object_id, e.work_unit_id, e.summary,
       e.before_state, e.after_state,
       coalesce(e.summary_arguments, case
           when e.action in ('DECLARATION_DRAFTED', 'STAGE_REQUEST_RESUBMITTED', 'FIELD_NOTES_SAVED')
               then array[]::text[]
           when e.action = 'DECLARATION_SUBMITTED' and e.summary ~ '^Declaration submitted( with \d+ witness\(es\))?$'
               then array_remove(array[substring(e.summary from 'with (\d+) witness')], null)
           when e.action = 'DECLARATION_SAVED' and e.summary ~ '^\d+ witness\(es\), \d+ upload\(s\)$'
               then regexp_match(e.summary, '^(\d+) witness\(es\), (\d+) upload\(s\)$')
           when e.action = 'DECLARATION_DOCUMENT_REMOVED' and e.summary ~ '^Document \d+ taken off the draft$'
               then regexp_match(e.summary, '^Document (\d+) taken off the draft$')
           when e.action = 'DECLARATION_AMENDED' and e.summary ~ '^Revision \d+ replaced: '
               then regexp_match(e.summary, '^Revision (\d+) replaced: (.*)$')
           when e.action = 'STAGE_REQUEST_WITHDRAWN' and e.summary ~ '^\w+ → \w+: this move is now made by'
               then regexp_match(e.summary, '^(\w+) → (\w+):')
           when e.action = 'ACCOUNT_CREATED' and e.summary ~ ' \(first administrator\)$'
               then regexp_match(e.summary, '^(.*) \(first administrator\)$')
           when e.action = 'SELECTION_OBJECTED' and e.summary ~ '^Sanggah: '
               then regexp_match(e.summary, '^Sanggah: (.*)$')
           when e.action like 'STAGE_REQUEST\_%' and e.summary in ('APPROVED', 'RETURNED', 'REJECTED')
               then array[]::text[]
           when e.action like 'LKE\_%' and e.summary ~ '^Self-assessment \d+ under '
               then regexp_match(e.summary, '^Self-assessment (\d+) under (.*)$')
           when e.action = 'LKE_SUBMITTED' and e.summary ~ '^Self-assessment \d+ submitted$'
               then regexp_match(e.summary, '^Self-assessment (\d+) submitted$')
           when e.action = 'LKE_RESUBMITTED' and e.summary ~ '^Self-assessment \d+: \d+ returned question'
               then regexp_match(e.summary, '^Self-assessment (\d+): (\d+) returned question')
           when e.action = 'LKE_QUESTIONS_RETURNED' and e.summary ~ '^LKE \d+: .* returned to the unit$'
               then regexp_match(e.summary, '^LKE (\d+): (.*) returned to the unit$')
           when e.action = 'LKE_VERSION_LOADED' and e.summary ~ ': \d+ questions$'
               then regexp_match(e.summary, '^(.*): (\d+) questions$')
           when e.action = 'LKE_CHECKLIST_CHANGED' and e.summary ~ ', area .*: \d+ item\(s\) changed$'
               then regexp_match(e.summary, '^(.*), area (.*): (\d+) item\(s\) changed$')
           when e.action = 'DOCUMENT_UPLOADED' and e.summary ~ ' \([a-z]+/[a-z.+-]+, \d+ bytes\)$'
               then regexp_match(e.summary, '^(.*) \(([a-z]+/[a-z.+-]+), (\d+) bytes\)$')
           when e.action = 'PROPOSAL_SUBMITTED' and e.summary ~ '^Proposal .* \(\d+\)(: \d+ unit\(s\))?$'
               then regexp_match(e.summary, '^Proposal (.*) \((\d+)\)')
           when e.action = 'LHE_APPROVED' and e.summary ~ '^LHE .* \(\d+\), TPI total [0-9.]+, gate \w+ (met|not met)$'
               then (select array[m[1], m[2], m[3], m[4], case when m[5] = 'met' then '1' else '0' end]
                     from regexp_match(e.summary,
                          '^LHE (.*) \((\d+)\), TPI total ([0-9.]+), gate (\w+) (met|not met)$') m)
       end) as summary_arguments
from audit_entry e;
