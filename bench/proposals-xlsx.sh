#!/usr/bin/env bash
# Measures the TPN's workbook of every proposed unit (GET /tpn/usulan.xlsx) at a given number of
# generated units: time to the last byte, size, rows, and the JVM's heap after each download.
#   bench/proposals-xlsx.sh 10000
# Needs: Java 17+, Maven, psql, python3 (to count the rows).
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-10000}
source bench/portal.sh
start_portal
if [ "$(bench_sql "select count(*) from lke_assessment a join work_unit u on u.id = a.work_unit_id where u.slug like 'unit-kerja-beban-%'")" = "0" ]; then
  echo "Generating the self-assessments of $units units…"
  time psql -q -h localhost -p "$pg_port" -U postgres -v units="$units" -f bench/generate-lke.sql
fi
echo "Evaluating and proposing them…"
time psql -q -h localhost -p "$pg_port" -U postgres -f bench/generate-proposals.sql
year=$(date +%Y)
echo "Proposed units this year: $(bench_sql "select count(*) from proposed_unit where period_year = $year")"
session=$(log_in tpn.kemenpanrb Demo-ZI-2026!)
app=$(pgrep -P "$maven_pid" java | head -1)
for run in 1 2 3 4 5; do
  curl -s -o target/usulan.xlsx -w "run $run: %{http_code}, %{size_download} bytes in %{time_total} s\n" \
    -H "Cookie: SESSION=$session" "$base/tpn/usulan.xlsx?tahun=$year"
  echo "  heap after: $(jcmd "$app" GC.heap_info | awk '/total/ {print $0; exit}')"
  echo "  resident: $(( $(ps -o rss= -p "$app") / 1024 )) MB, peak resident so far: $(( $(awk '/VmHWM/ {print $2}' /proc/"$app"/status) / 1024 )) MB"
done
python3 - <<'PY'
import zipfile, re
with zipfile.ZipFile('target/usulan.xlsx') as z:
    sheet = z.read('xl/worksheets/sheet1.xml').decode()
print('rows in the workbook (heading included):', len(re.findall(r'<row ', sheet)))
PY
