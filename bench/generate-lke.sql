-- Benchmark data for the LKE, on top of generate-national.sql: every generated unit's
-- self-assessment of this year under the bundled PermenPAN-RB 90/2021, with all 113
-- questions answered (10,000 units: 1.13 million answers, their numeric inputs, the first
-- change of each, and evidence on about half of them); every other one submitted. A staff
-- account, bench.staf (the demo password), works in the middle unit, for the pages.
\set ON_ERROR_STOP on
begin;

insert into lke_assessment (work_unit_id, period_year, version_id, started_at, started_by)
select u.id, extract(year from now() at time zone 'Asia/Jakarta')::int, v.id, now() - interval '90 days', 'bench'
from work_unit u
cross join lke_version v
where u.slug like 'unit-kerja-beban-%' and v.name = 'PermenPAN-RB 90/2021'
  and not exists (select 1 from lke_assessment a
                  where a.work_unit_id = u.id
                    and a.period_year = extract(year from now() at time zone 'Asia/Jakarta')::int);

create temporary table bench_assessment on commit drop as
select a.id, a.version_id, a.work_unit_id
from lke_assessment a join work_unit u on u.id = a.work_unit_id
where u.slug like 'unit-kerja-beban-%' and a.status = 'DRAFT'
  and not exists (select 1 from lke_answer x where x.assessment_id = a.id);

create temporary table bench_question on commit drop as
select q.id, q.code, q.version_id, q.answer_type, s.part, (select count(*) from lke_option o where o.question_id = q.id) as options
from lke_question q join lke_sub_area s on s.id = q.sub_area_id
join lke_version v on v.id = q.version_id and v.name = 'PermenPAN-RB 90/2021';

-- Options: mostly the better ones, as units that reach an evaluation answer.
insert into lke_answer (assessment_id, version_id, question_id, option_id, value, justification, answered_at,
                        answered_by)
select a.id, a.version_id, q.id, o.id, o.value, 'Bench ' || q.code,
       now() - ((a.id + q.id) % 80) * interval '1 day', 'bench'
from bench_assessment a
join bench_question q on q.version_id = a.version_id and q.answer_type <> 'NUMERIC'
join lke_option o on o.question_id = q.id
     and o.position = 1 + (case when (a.id * 7 + q.id * 13) % 10 < 7 then 0 else (a.id + q.id) % q.options end);

-- Numeric questions: n of 20 (every input chosen so), or a survey index.
insert into lke_answer (assessment_id, version_id, question_id, value, justification, answered_at, answered_by)
select a.id, a.version_id, q.id,
       case when q.part in ('IPAK', 'IPKP') then (2.50 + ((a.id + q.id) % 150) / 100.0) / 4
            else ((a.id + q.id) % 21) / 20.0 end,
       'Bench ' || q.code, now() - ((a.id + q.id) % 80) * interval '1 day', 'bench'
from bench_assessment a
join bench_question q on q.version_id = a.version_id and q.answer_type = 'NUMERIC';

insert into lke_answer_number (assessment_id, question_id, name, value)
select a.id, q.id, i.name,
       case when q.part in ('IPAK', 'IPKP') then 2.50 + ((a.id + q.id) % 150) / 100.0
            when i.role like 'numerator%' then (a.id + q.id) % 21
            when i.role like 'denominator part%' then case i.position % 3 when 1 then 2 when 2 then 8 else 10 end
            when i.role like 'denominator%' or i.role like 'baseline%' then 20
            else 20 - (a.id + q.id) % 21 end
from bench_assessment a
join bench_question q on q.version_id = a.version_id and q.answer_type = 'NUMERIC'
join lke_numeric_input i on i.question_id = q.id;

insert into lke_answer_change (assessment_id, question_id, changed_at, changed_by, before_state, after_state)
select x.assessment_id, x.question_id, x.answered_at, x.answered_by, null,
       jsonb_strip_nulls(jsonb_build_object('option', o.letter, 'justification', x.justification,
                                            'value', x.value::text))
from lke_answer x
join bench_assessment a on a.id = x.assessment_id
left join lke_option o on o.id = x.option_id;

-- One evidence document per unit, attached to about half of its questions.
insert into document_content (sha256, media_type, size_bytes, content)
select encode(sha256(c), 'hex'), 'application/pdf', octet_length(c), c
from (select convert_to('%PDF-1.4 bench evidence ' || a.work_unit_id || ' %%EOF', 'LATIN1') as c
      from bench_assessment a) contents
on conflict do nothing;
insert into document (work_unit_id, content_sha256, file_name, uploaded_by, uploaded_at)
select a.work_unit_id, encode(sha256(convert_to('%PDF-1.4 bench evidence ' || a.work_unit_id || ' %%EOF', 'LATIN1')), 'hex'),
       'bukti-dukung-lke.pdf', 'bench', now() - interval '80 days'
from bench_assessment a;
insert into lke_evidence (assessment_id, version_id, question_id, document_id, attached_at, attached_by)
select a.id, a.version_id, q.id, d.id, now() - interval '79 days', 'bench'
from bench_assessment a
join document d on d.work_unit_id = a.work_unit_id and d.file_name = 'bukti-dukung-lke.pdf'
join bench_question q on q.version_id = a.version_id and (a.id + q.id) % 2 = 0;

update lke_assessment a set status = 'SUBMITTED', submitted_at = now() - interval '10 days', submitted_by = 'bench'
from bench_assessment b where a.id = b.id and b.id % 2 = 0;

-- bench.staf works in the middle unit; its self-assessment stays a draft to be edited.
insert into account (username, display_name, email, password_hash)
select 'bench.staf', 'Staf Bench', 'bench.staf@portal-zi.example', password_hash
from account where username = 'staf.bps-kab-serang'
on conflict do nothing;
insert into account_role (account_id, role)
select id, 'AGENCY_STAFF' from account where username = 'bench.staf'
on conflict do nothing;
insert into account_work_unit (account_id, work_unit_id)
select a.id, u.id from account a, work_unit u
where a.username = 'bench.staf' and u.slug = 'unit-kerja-beban-' || (:units / 2)
on conflict do nothing;

commit;
analyze account;
analyze account_role;
analyze account_work_unit;
analyze lke_assessment;
analyze lke_answer;
analyze lke_answer_number;
analyze lke_answer_change;
analyze lke_evidence;
