#!/usr/bin/env bash
# Benchmarks the LKE at a given number of generated units, each with a full self-assessment:
#   bench/lke.sh 10000     (10,000 units, 1.13 million answers)
#   bench/lke.sh 100       (the same shape at 100 units, to compare)
# Reports the national recap's time (every unit's area scores and total, computed by one
# query and streamed as CSV, three downloads) and, for a staff member of one unit, the LKE
# overview's and an area page's requests/s with p50 and p99.
# Needs: Java 17+, Maven, psql and wrk (apt-get install postgresql-client wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-10000}
source bench/portal.sh
start_portal
if [ "$(bench_sql "select count(*) from lke_answer x join lke_assessment a on a.id = x.assessment_id join work_unit u on u.id = a.work_unit_id where u.slug like 'unit-kerja-beban-%'")" = "0" ]; then
  echo "Generating the self-assessments of $units units…"
  time psql -q -h localhost -p "$pg_port" -U postgres -v units="$units" -f bench/generate-lke.sql
fi
bench_sql "select 'assessments=' || (select count(*) from lke_assessment) || ' answers=' || (select count(*) from lke_answer) || ' numbers=' || (select count(*) from lke_answer_number) || ' changes=' || (select count(*) from lke_answer_change) || ' evidence=' || (select count(*) from lke_evidence)"

admin=$(log_in admin 'Demo-ZI-2026!')
for i in 1 2 3; do
  curl -s -o /dev/null -H "Cookie: SESSION=$admin" \
    -w "National recap (/admin/lke/rekap.csv): HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" \
    "$base/admin/lke/rekap.csv"
done

unit=$(bench_sql "select id from work_unit where slug = 'unit-kerja-beban-$(( units / 2 ))'")
staff=$(log_in bench.staf 'Demo-ZI-2026!')
wrk_args=(-H "Cookie: SESSION=$staff")
pages=("/staf/unit/$unit/lke" "/staf/unit/$unit/lke/area/E" "/staf/unit/$unit/lke/area/A")
echo "Warming up ($warmup per page)…"
warm_up "${pages[@]}"
measure_pages "${pages[@]}"
resident_memory
