#!/usr/bin/env bash
# Benchmarks the evaluations' pages at a given number of generated units (the national dataset
# of bench/generate-national.sql with the LKEs of bench/generate-lke.sql):
#   bench/evaluations.sh 10000
# Measures, after a warm-up, requests/s with p50 and p99 of: the instansi head's page of the
# institution with the most units (every unit's stage, LHE and gate), the TPI's evaluation
# overview and an area page of a demo unit (BPS Provinsi Sumatera Selatan: unit and TPI side by
# side), the TPN's proposals and its page of that unit (three columns and two gates).
# Needs: Java 17+, Maven, psql and wrk (apt-get install postgresql-client wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-10000}
source bench/portal.sh
start_portal
if [ "$(bench_sql "select count(*) from lke_assessment a join work_unit u on u.id = a.work_unit_id where u.slug like 'unit-kerja-beban-%'")" = "0" ]; then
  echo "Generating the self-assessments of $units units…"
  time psql -q -h localhost -p "$pg_port" -U postgres -v units="$units" -f bench/generate-lke.sql
fi
# An instansi head for the institution with the most units, with the demo accounts' password.
bench_sql "
  insert into account (username, display_name, email, password_hash)
  select 'bench.pimpinan', 'Pimpinan (beban)', 'bench.pimpinan@portal-zi.example', password_hash
  from account where username = 'pimpinan.bps' on conflict do nothing;
  insert into account_role (account_id, role) select id, 'INSTANSI_HEAD' from account
  where username = 'bench.pimpinan' on conflict do nothing;
  delete from account_institution where account_id = (select id from account where username = 'bench.pimpinan');
  insert into account_institution (account_id, institution_id)
  select (select id from account where username = 'bench.pimpinan'), institution_id
  from work_unit group by institution_id order by count(*) desc, institution_id limit 1;" > /dev/null
bench_sql "select 'institution with the most units: ' || count(*) || ' units' from work_unit
           group by institution_id order by count(*) desc limit 1"
year=$(date +%Y)
sumsel=$(bench_sql "select id from work_unit where slug = 'bps-provinsi-sumatera-selatan'")

measure_as() {
  local session=$1
  shift
  wrk_args=(-H "Cookie: SESSION=$session")
  echo "Warming up ($warmup per page)…"
  warm_up "$@"
  measure_pages "$@"
}

measure_as "$(log_in bench.pimpinan 'Demo-ZI-2026!')" "/instansi?tahun=$year"
measure_as "$(log_in inspektorat.bps 'Demo-ZI-2026!')" "/inspektorat/unit/$sumsel/evaluasi?tahun=$year" \
  "/inspektorat/unit/$sumsel/evaluasi/area/E?tahun=$year"
measure_as "$(log_in tpn.kemenpanrb 'Demo-ZI-2026!')" "/tpn?tahun=$year" "/tpn/unit/$sumsel?tahun=$year"
resident_memory
