-- A survey's tally also counts each item's answers (1-4), four numbers per item in item order,
-- so that the results page's distributions read the tally, never the responses.
-- The tallies' public-data triggers are deferred: fire them as the rows change, so that the
-- table can be altered again in this transaction.
set constraints all immediate;

alter table survey_tally add column answer_counts bigint[];

update survey_tally t
   set answer_counts = (
       select array_agg(coalesce(c.n, 0) order by p.position, v.value)
       from generate_series(1, cardinality(t.item_sums)) p (position)
       cross join generate_series(1, 4) v (value)
       left join (select a.position, a.answer, count(*) as n
                  from survey_response r, unnest(r.answers) with ordinality a (answer, position)
                  where r.survey_id = t.survey_id and r.quarter = t.quarter and r.version_id = t.version_id
                    and r.flag is null
                  group by a.position, a.answer) c on c.position = p.position and c.answer = v.value);

alter table survey_tally alter column answer_counts set not null;

create or replace function survey_answer_counts(answers smallint[]) returns bigint[]
    language sql immutable as
$$
    select array_agg((a.answer = v.value)::int::bigint order by a.position, v.value)
    from unnest(answers) with ordinality a (answer, position)
    cross join generate_series(1, 4) v (value)
$$;

create or replace function survey_response_tally() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.flag is null then
        update survey_tally
           set responses = responses - 1, mean_sum = mean_sum - old.mean,
               mean_square_sum = mean_square_sum - old.mean * old.mean,
               item_sums = (select array_agg(coalesce(s, 0) - coalesce(a, 0) order by i)
                            from unnest(item_sums, old.answers) with ordinality as t(s, a, i)),
               answer_counts = (select array_agg(coalesce(s, 0) - coalesce(a, 0) order by i)
                                from unnest(answer_counts, survey_answer_counts(old.answers)) with ordinality
                                     as t(s, a, i))
         where survey_id = old.survey_id and quarter = old.quarter and version_id = old.version_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.flag is null then
        insert into survey_tally as t (survey_id, quarter, version_id, responses, mean_sum, mean_square_sum,
                                       item_sums, answer_counts)
        values (new.survey_id, new.quarter, new.version_id, 1, new.mean, new.mean * new.mean, new.answers::bigint[],
                survey_answer_counts(new.answers))
        on conflict (survey_id, quarter, version_id) do update
           set responses = t.responses + 1, mean_sum = t.mean_sum + excluded.mean_sum,
               mean_square_sum = t.mean_square_sum + excluded.mean_square_sum,
               item_sums = (select array_agg(coalesce(s, 0) + coalesce(a, 0) order by i)
                            from unnest(t.item_sums, excluded.item_sums) with ordinality as x(s, a, i)),
               answer_counts = (select array_agg(coalesce(s, 0) + coalesce(a, 0) order by i)
                                from unnest(t.answer_counts, excluded.answer_counts) with ordinality as x(s, a, i));
    end if;
    return null;
end
$$;
