#!/usr/bin/env bash
# Benchmarks the public pages with wrk, at a given number of generated units:
#   bench/run.sh 10000     (national scale: 10,000 units, 500,000 signings, 40,000 requests)
#   bench/run.sh 100       (the same shape at 100 units, to compare)
#   BENCH_PAGE_CACHE=off bench/run.sh 10000
#                          (every page rendered for every request: the cost of a page the
#                           portal does not hold yet, e.g. right after a change)
# Each scale keeps its own embedded database in .data/bench-<units> (generated once).
# Needs: Java 17+, Maven, psql and wrk (apt-get install postgresql-client wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-10000}
source bench/portal.sh
start_portal
bench_sql "select 'units=' || (select count(*) from work_unit) || ' regions=' || (select count(*) from region where kind <> 'PROVINSI') || ' institutions=' || (select count(*) from institution) || ' signings=' || (select count(*) from pact_signing) || ' requests=' || (select count(*) from stage_request)"

pages=(
  "/direktori"
  "/direktori?q=beban+sintetis&provinsi=36&tahap=PENETAPAN"
  "/direktori?halaman=$(( (units / 20) * 4 / 5 + 1 ))"
  "/direktori/unit-kerja-beban-$(( units / 2 ))"
  "/statistik"
  "/assets/css/portal.css"
)
echo "Rendered-page cache: ${BENCH_PAGE_CACHE:-on}. Warming up ($warmup per page)…"
warm_up "${pages[@]}"
measure_pages "${pages[@]}"
for i in 1 2 3; do
  curl -s -o /dev/null -w "CSV export: %{size_download} bytes in %{time_total} s\n" "$base/data/unit-kerja.csv"
done
resident_memory
