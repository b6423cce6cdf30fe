-- Benchmark data for the proposed units' workbook, on top of generate-lke.sql: every generated
-- unit with a self-assessment this year gets a TPI evaluation that gives each of its answers
-- the unit's value (about 1.1 million evaluator answers at 10,000 units), and is proposed by
-- its instansi, one proposal per instansi, with a demo document standing in for the letters.
\set ON_ERROR_STOP on
begin;

insert into lke_evaluation (assessment_id, version_id, evaluator, started_at, started_by)
select a.id, a.version_id, 'TPI', now() - interval '30 days', 'bench'
from lke_assessment a join work_unit u on u.id = a.work_unit_id
where u.slug like 'unit-kerja-beban-%'
  and a.period_year = extract(year from now() at time zone 'Asia/Jakarta')::int
  and not exists (select 1 from lke_evaluation e where e.assessment_id = a.id and e.evaluator = 'TPI');

insert into lke_evaluation_answer (evaluation_id, version_id, question_id, option_id, value, stands, answered_at,
                                   answered_by)
select e.id, e.version_id, x.question_id, x.option_id, x.value, true, now() - interval '20 days', 'bench'
from lke_evaluation e
join lke_answer x on x.assessment_id = e.assessment_id
join lke_assessment a on a.id = e.assessment_id
join work_unit u on u.id = a.work_unit_id
where u.slug like 'unit-kerja-beban-%' and e.evaluator = 'TPI'
  and not exists (select 1 from lke_evaluation_answer y where y.evaluation_id = e.id);

insert into proposal (institution_id, period_year, letter_number, letter_date, cover_letter_document_id,
                      sptjm_document_id, proposed_by, proposed_at)
select u.institution_id, extract(year from now() at time zone 'Asia/Jakarta')::int, 'B-BEBAN/' || u.institution_id,
       current_date, d.id, d.id, 'bench', now()
from work_unit u
cross join (select min(id) as id from document) d
where u.slug like 'unit-kerja-beban-%'
  and not exists (select 1 from proposal p where p.institution_id = u.institution_id
                  and p.letter_number = 'B-BEBAN/' || u.institution_id)
group by u.institution_id, d.id;

insert into proposed_unit (proposal_id, work_unit_id, period_year, predicate, lhe_number)
select p.id, a.work_unit_id, a.period_year, 'WBK', 'LHE-BEBAN/' || a.work_unit_id
from lke_assessment a
join work_unit u on u.id = a.work_unit_id
join proposal p on p.institution_id = u.institution_id and p.letter_number = 'B-BEBAN/' || u.institution_id
where u.slug like 'unit-kerja-beban-%'
  and a.period_year = extract(year from now() at time zone 'Asia/Jakarta')::int
  and not exists (select 1 from proposed_unit x where x.work_unit_id = a.work_unit_id
                  and x.period_year = a.period_year);

commit;
