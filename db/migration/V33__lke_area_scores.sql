-- assessment publishes each unit's area scores of each period as the unit, the TPI and the TPN
-- scored them, computed as Scorecard computes them (a sub-area: its weight times the sum of its
-- answers' values over its number of questions, an unanswered question counting 0), for the
-- printed proposals and the national evaluators' spreadsheets.
create view lke_area_score with (security_invoker = true) as
with sub_area as (
    select sa.id, sa.version_id, sa.area_id, sa.weight, count(q.id) as questions
    from lke_sub_area sa
    join lke_question q on q.sub_area_id = sa.id
    group by sa.id
),
scorer as (
    select a.id as assessment_id, a.version_id, 'UNIT'::varchar(4) as scorer, null::bigint as evaluation_id
    from lke_assessment a
    union all
    select e.assessment_id, e.version_id, e.evaluator::varchar(4), e.id
    from lke_evaluation e
),
evaluator_sum as (
    select ea.evaluation_id, q.sub_area_id, sum(ea.value) as value_sum
    from lke_evaluation_answer ea
    join lke_question q on q.id = ea.question_id
    group by ea.evaluation_id, q.sub_area_id
)
select a.work_unit_id, a.period_year, s.scorer, ar.code as area_code, ar.position as area_position,
       ar.component,
       sum(sa.weight * coalesce(case when s.scorer = 'UNIT' then t.value_sum else es.value_sum end, 0)
           / sa.questions) as score
from scorer s
join lke_assessment a on a.id = s.assessment_id
join sub_area sa on sa.version_id = s.version_id
join lke_area ar on ar.id = sa.area_id
left join lke_sub_area_tally t on s.scorer = 'UNIT' and t.assessment_id = s.assessment_id and t.sub_area_id = sa.id
left join evaluator_sum es on es.evaluation_id = s.evaluation_id and es.sub_area_id = sa.id
group by a.work_unit_id, a.period_year, s.scorer, ar.id;
