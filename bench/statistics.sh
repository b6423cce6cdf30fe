#!/usr/bin/env bash
# The national picture (issue 22) at a given number of generated units:
#   bench/statistics.sh 10000
#   BENCH_PAGE_CACHE=off bench/statistics.sh 10000   (every page rendered on its request)
# What /statistik and a province's page cost right after a change of the data (every figure
# recomputed once for the new data version, then the page rendered), what they cost kept,
# and the CSV downloads. Uses the embedded database of .data/bench-<units> (generated once,
# as bench/run.sh does). Needs: Java 17+, Maven, psql, curl and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-10000}
source bench/portal.sh
start_portal
bench_sql "select 'units=' || (select count(*) from work_unit) || ' declared=' || (select count(distinct work_unit_id) from public_declaration) || ' stage changes=' || (select count(*) from stage_change) || ' designations=' || (select count(*) from designation) || ' proposed=' || (select count(*) from proposed_unit)"

# A change of the public data (a trigger starts a new version): the next request recomputes.
change_data() {
  bench_sql "update work_unit set staff_count = staff_count where slug = 'unit-kerja-beban-1'" > /dev/null
  # The portal asks the database for the version at most once a second
  # (portal.public-pages.version-check-interval).
  sleep 1.1
}

seconds() {
  curl -s -o /dev/null -w '%{time_total}' "$base$1"
}

pages=("/statistik" "/statistik/wilayah?provinsi=36")
for page in "${pages[@]}"; do seconds "$page" > /dev/null; done
echo "Right after a change, then kept (5 changes each; seconds):"
for page in "${pages[@]}"; do
  after=()
  kept=()
  for i in 1 2 3 4 5; do
    change_data
    after+=("$(seconds "$page")")
    kept+=("$(seconds "$page")")
  done
  echo "  $page: after a change ${after[*]}; kept ${kept[*]}"
done
for csv in /statistik/kabupaten-kota.csv /statistik/perjalanan.csv /statistik/periode.csv /statistik/provinsi.csv; do
  curl -s -o /dev/null -w "  $csv: %{size_download} bytes in %{time_total} s\n" "$base$csv"
done
for page in "${pages[@]}"; do
  curl -s -o /dev/null -w "  $page: %{size_download} bytes of HTML\n" "$base$page"
done
echo "Warming up ($warmup per page)…"
warm_up "${pages[@]}"
measure_pages "${pages[@]}"
resident_memory
