# Shared by the benchmark scripts (sourced, not run): starts the portal on the embedded
# PostgreSQL of .data/bench-<units>, fills it once with the national dataset, and stops
# only what it started, by PID. Expects $units, and optionally $extra_args and
# BENCH_PAGE_CACHE=off.
port=${BENCH_PORT:-8081}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-20s}
data=".data/bench-$units"
log="target/bench-$units.log"
base="http://localhost:$port"
mkdir -p target
# BENCH_PAGE_CACHE=off: every public page rendered on its request (the cost of a page the
# portal does not hold yet).
if [ "${BENCH_PAGE_CACHE:-on}" = "off" ]; then
  extra_args="${extra_args:-} --portal.public-pages.cache-size=0"
fi

start_portal() {
  mvn -B -q spring-boot:run -Dspring-boot.run.optimizedLaunch=false -Dspring-javaformat.skip=true \
    -Dspring-boot.run.jvmArguments="-Xms64m -Xmx256m -XX:+UseSerialGC -Xlog:gc:file=target/bench-$units-gc.log:time,uptime" \
    -Dspring-boot.run.arguments="--server.port=$port --portal.embedded-db.data-directory=$data --portal.demo.enabled=true --logging.level.root=WARN --logging.level.id.zonaintegritas.config=INFO ${extra_args:-}" \
    > "$log" 2>&1 &
  maven_pid=$!
  trap stop_portal EXIT
  until curl -sf "$base/actuator/health" > /dev/null; do
    kill -0 "$maven_pid" 2>/dev/null || { echo "The portal did not start: see $log" >&2; exit 1; }
    sleep 1
  done
  pg_port=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  # The embedded database's superuser password, kept in its data folder (ADR 0011).
  PGPASSWORD=$(grep '^postgres=' "$data/portal-credentials.properties" | cut -d= -f2)
  export PGPASSWORD
  if [ "${BENCH_GENERATE:-yes}" = yes ] &&
     [ "$(bench_sql "select count(*) from work_unit where slug like 'unit-kerja-beban-%'")" = "0" ]; then
    echo "Generating $units units…"
    time psql -q -h localhost -p "$pg_port" -U postgres -v units="$units" -f bench/generate-national.sql
  fi
}

# Stops only what start_portal started: the application's JVM (a child of Maven), then Maven.
stop_portal() {
  app=$(pgrep -P "$maven_pid" java || true)
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$maven_pid" 2>/dev/null || true
  wait "$maven_pid" 2>/dev/null || true
}

bench_sql() {
  psql -h localhost -p "$pg_port" -U postgres -tAc "$1"
}

# Logs in through the login form and prints the session cookie's value.
log_in() {
  local jar csrf
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6 == "SESSION" {print $7}' "$jar"
  rm -f "$jar"
}

# wrk on each page given: requests/s, p50, p99, as a Markdown table. $wrk_args adds options.
measure_pages() {
  printf '| page | requests/s | p50 | p99 |\n|---|---|---|---|\n'
  for page in "$@"; do
    out=$(wrk -t2 -c32 -d"$duration" --latency ${wrk_args[@]+"${wrk_args[@]}"} "$base$page")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
    printf '| `%s` | %s | %s | %s |%s\n' "$page" "$rps" "$p50" "$p99" "${errors:+ $errors}"
  done
}

warm_up() {
  for page in "$@"; do wrk -t2 -c32 -d"$warmup" ${wrk_args[@]+"${wrk_args[@]}"} "$base$page" > /dev/null; done
}

resident_memory() {
  # The application's JVM, not Maven's.
  local pid
  pid=$(pgrep -P "$maven_pid" java | head -1)
  echo "Resident memory of the app: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
}
