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
port=${BENCH_PORT:-8081}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-20s}
data=".data/bench-$units"
log="target/bench-$units.log"
extra_args=""
if [ "${BENCH_PAGE_CACHE:-on}" = "off" ]; then
  extra_args="--portal.public-pages.cache-size=0"
fi
mkdir -p target

mvn -B -q spring-boot:run -Dspring-boot.run.optimizedLaunch=false -Dspring-javaformat.skip=true \
  -Dspring-boot.run.jvmArguments="-Xmx512m -Xlog:gc:file=target/bench-$units-gc.log:time,uptime" \
  -Dspring-boot.run.arguments="--server.port=$port --portal.embedded-db.data-directory=$data --portal.demo.enabled=true --logging.level.root=WARN --logging.level.id.zonaintegritas.config=INFO $extra_args" \
  > "$log" 2>&1 &
maven_pid=$!
# Stops only what this script started: the application's JVM (a child of Maven), then Maven.
stop() {
  app=$(pgrep -P "$maven_pid" java || true)
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$maven_pid" 2>/dev/null || true
  wait "$maven_pid" 2>/dev/null || true
}
trap stop EXIT
until curl -sf "http://localhost:$port/actuator/health" > /dev/null; do sleep 1; done
pg_port=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
# The embedded database's superuser password, kept in its data folder (ADR 0011).
export PGPASSWORD=$(grep '^postgres=' "$data/portal-credentials.properties" | cut -d= -f2)
if [ "$(psql -h localhost -p "$pg_port" -U postgres -tAc "select count(*) from work_unit where slug like 'unit-kerja-beban-%'")" = "0" ]; then
  echo "Generating $units units…"
  time psql -q -h localhost -p "$pg_port" -U postgres -v units="$units" -f bench/generate-national.sql
fi
psql -h localhost -p "$pg_port" -U postgres -tAc \
  "select 'units=' || (select count(*) from work_unit) || ' regions=' || (select count(*) from region where kind <> 'PROVINSI') || ' institutions=' || (select count(*) from institution) || ' signings=' || (select count(*) from pact_signing) || ' requests=' || (select count(*) from stage_request)"

base="http://localhost:$port"
pages=(
  "/direktori"
  "/direktori?q=beban+sintetis&provinsi=36&tahap=PENETAPAN"
  "/direktori?halaman=$(( (units / 20) * 4 / 5 + 1 ))"
  "/direktori/unit-kerja-beban-$(( units / 2 ))"
  "/statistik"
  "/assets/css/portal.css"
)
echo "Rendered-page cache: ${BENCH_PAGE_CACHE:-on}. Warming up ($warmup per page)…"
for page in "${pages[@]}"; do wrk -t2 -c32 -d"$warmup" "$base$page" > /dev/null; done
printf '| page | requests/s | p50 | p99 |\n|---|---|---|---|\n'
for page in "${pages[@]}"; do
  out=$(wrk -t2 -c32 -d"$duration" --latency "$base$page")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
  printf '| `%s` | %s | %s | %s |%s\n' "$page" "$rps" "$p50" "$p99" "${errors:+ $errors}"
done
for i in 1 2 3; do
  curl -s -o /dev/null -w "CSV export: %{size_download} bytes in %{time_total} s\n" "$base/data/unit-kerja.csv"
done
# The application's JVM, not Maven's.
pid=$(pgrep -P "$maven_pid" java | head -1)
echo "Resident memory of the app: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
