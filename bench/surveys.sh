#!/usr/bin/env bash
# Measures the surveys at a given number of generated units (bench/generate-national.sql):
#   bench/surveys.sh 10000
# 1. Submitting a response: wrk posts prepared responses (each with its own signed visit token,
#    bench/survey-bodies.py) to a counter survey: responses/s, p50, p99.
# 2. A unit's indices from 100,000 responses: the public results page and the unit page.
# 3. The national recap from 10 million responses (1,000 per unit's SPKP survey): the CSV.
# The per-address limit is lifted for the run (every request comes from 127.0.0.1).
# BENCH_PARTS=submit runs the first part only.
# Needs: Java 17+, Maven, psql, wrk, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-10000}
extra_args="--portal.survey.responses-per-address-per-hour=1000000000 ${BENCH_EXTRA_ARGS:-}"
source bench/portal.sh
start_portal
year=$(date +%Y)
unit=$(bench_sql "select id from work_unit where slug like 'unit-kerja-beban-%' order by id limit 1")
echo "Removing an earlier run's surveys…"
bench_sql "alter table survey_response disable trigger survey_response_tallied;
           delete from survey_tally where survey_id in (select id from survey where public_code like 'beban-%');
           delete from survey_response where survey_id in (select id from survey where public_code like 'beban-%');
           delete from survey where public_code like 'beban-%';
           alter table survey_response enable trigger survey_response_tallied;" > /dev/null
survey=$(bench_sql "with s as (insert into survey (work_unit_id, period_year, kind, public_code, access, counter_key,
                                                  created_at, created_by)
                              values ($unit, $year, 'SPAK', 'beban-spak', 'COUNTER', 'kunci-beban-' || md5(random()::text),
                                      now(), 'bench') returning id) select id from s")
key=$(bench_sql "select counter_key from survey where id = $survey")
items=$(bench_sql "select count(*) from survey_item i join survey_version v on v.id = i.version_id
                   where v.kind = 'SPAK' and v.status = 'PUBLISHED' and v.number = (select max(number)
                   from survey_version where kind = 'SPAK' and status = 'PUBLISHED')")
python3 bench/survey-bodies.py "$survey" "$key" "$items" 40000 > target/survey-warmup.txt
python3 bench/survey-bodies.py "$survey" "$key" "$items" 60000 > target/survey-bodies.txt
export SURVEY_PATH=/survei/beban-spak WRK_THREADS=2
echo "Warming up…"
SURVEY_BODIES=target/survey-warmup.txt wrk -t2 -c32 -d"$warmup" -s bench/survey-post.lua "$base" > /dev/null
echo "## Submitting a response ($units units)"
out=$(SURVEY_BODIES=target/survey-bodies.txt wrk -t2 -c32 -d"$duration" --latency -s bench/survey-post.lua "$base")
echo "$out" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors' || true
echo "Responses stored: $(bench_sql "select count(*) from survey_response where survey_id = $survey")"
resident_memory

[ "${BENCH_PARTS:-all}" = "submit" ] && exit 0
echo "## A unit's indices from 100,000 responses"
spkp=$(bench_sql "with s as (insert into survey (work_unit_id, period_year, kind, public_code, access, counter_key,
                                                created_at, created_by)
                            values ($unit, $year, 'SPKP', 'beban-spkp', 'COUNTER', 'kunci', now(), 'bench') returning id)
                  select id from s")
time psql -q -h localhost -p "$pg_port" -U postgres -c "
  insert into survey_response (survey_id, version_id, submitted_at, quarter, answers, mean, source)
  select $spkp, v.id, make_date($year, 1 + (g % 12), 1 + (g % 28)) + time '10:00', 1 + (g % 12) / 3, a.answers,
         (select avg(x) from unnest(a.answers) x), 'IMPORT'
  from survey_version v, generate_series(1, 100000) g,
       lateral (select array_agg((2 + (random() * 2)::int)::smallint) as answers
                from generate_series(1, 9) i where g > 0) a
  where v.kind = 'SPKP' and v.status = 'PUBLISHED'
    and v.number = (select max(number) from survey_version where kind = 'SPKP' and status = 'PUBLISHED')"
slug=$(bench_sql "select slug from work_unit where id = $unit")
for page in /survei/beban-spkp/hasil "/direktori/$slug"; do
  for run in 1 2 3 4 5; do
    curl -s -o /dev/null -w "$page run $run: %{http_code} in %{time_total} s\n" "$base$page"
  done
done

echo "## The national recap from 10 million responses"
bench_sql "insert into survey (work_unit_id, period_year, kind, public_code, access, counter_key, created_at, created_by)
           select u.id, $year, 'SPKP', 'beban-' || u.id, 'COUNTER', 'kunci', now(), 'bench'
           from work_unit u where u.slug like 'unit-kerja-beban-%' and u.id <> $unit" > /dev/null
counts=$(python3 -c "print(', '.join(f'count(*) filter (where r.answers[{p}] = {v})' for p in range(1, 10) for v in range(1, 5)))")
time psql -q -h localhost -p "$pg_port" -U postgres -c "
  alter table survey_response disable trigger survey_response_tallied;
  insert into survey_response (survey_id, version_id, submitted_at, quarter, answers, mean, source)
  select s.id, v.id, make_date($year, 1 + (g % 12), 1 + (g % 28)) + time '10:00', 1 + (g % 12) / 3,
         array[2 + g % 3, 3, 3 + g % 2, 4, 3, 2 + g % 3, 3, 4, 3]::smallint[], 3 + ((g % 3) + (g % 2) + (g % 3)) / 9.0,
         'IMPORT'
  from survey s
  cross join (select id from survey_version where kind = 'SPKP' and status = 'PUBLISHED'
              order by number desc limit 1) v
  cross join generate_series(1, 1000) g
  where s.public_code like 'beban-%' and s.public_code not in ('beban-spak', 'beban-spkp');
  alter table survey_response enable trigger survey_response_tallied;
  insert into survey_tally (survey_id, quarter, version_id, responses, mean_sum, mean_square_sum, item_sums,
                            answer_counts)
  select r.survey_id, r.quarter, r.version_id, count(*), sum(r.mean), sum(r.mean * r.mean),
         array[sum(r.answers[1]), sum(r.answers[2]), sum(r.answers[3]), sum(r.answers[4]), sum(r.answers[5]),
               sum(r.answers[6]), sum(r.answers[7]), sum(r.answers[8]), sum(r.answers[9])], array[$counts]
  from survey_response r join survey s on s.id = r.survey_id
  where s.public_code like 'beban-%' and s.public_code not in ('beban-spak', 'beban-spkp')
  group by r.survey_id, r.quarter, r.version_id;
  analyze survey_response; analyze survey_tally;"
echo "Responses: $(bench_sql "select count(*) from survey_response")"
admin=$(log_in admin Demo-ZI-2026!)
for run in 1 2 3 4 5; do
  curl -s -o target/rekap-survei.csv -w "recap run $run: %{http_code}, %{size_download} bytes in %{time_total} s\n" \
    -H "Cookie: SESSION=$admin" "$base/admin/survei/rekap.csv?tahun=$year"
done
echo "Lines in the recap: $(( $(wc -l < target/rekap-survei.csv) - 1 ))"
time bench_sql "select count(*), round(avg(mean), 3) from survey_response" | sed 's/^/the same from the responses themselves: /'
resident_memory
