#!/usr/bin/env bash
# Each page's share of nginx serving the very same HTML as a file, measured in one run
# (the measure of issue 18), kept and rendered, anonymous and signed in: the public pages, the
# staff dashboard, a pact list of 500 signings, the LKE overview and its largest area, the
# reviewer queue and a stage request under review, and /privasi (the layout and a short text
# only: the floor of what any page costs, anonymous and signed in).
#   bench/share.sh 10000                  national scale: pages kept, then every page rendered
#   bench/share.sh 100                    the same at 100 units
#   BENCH_MODES=rendered bench/share.sh 10000
# For each page: wrk on the portal, then wrk on nginx (Debian's package) serving the HTML the
# portal just returned, both -t2 -c32 for $BENCH_DURATION after $BENCH_WARMUP of warm-up, and
# the share = portal req/s ÷ nginx req/s. Ends each mode with the portal JVM's resident memory
# and the time from the run command to the first 200.
# Needs: Java 17+, Maven, psql, wrk and nginx (apt-get install postgresql-client wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-10000}
source bench/portal.sh
nginx_port=${BENCH_NGINX_PORT:-8089}
html_dir=$(mktemp -d)
# mktemp makes the folder readable by its owner only: nginx's workers (user nobody when it is
# started as root) would answer every page with 403 Forbidden, a far cheaper response.
chmod 755 "$html_dir"

start_nginx() {
  # Debian's own nginx.conf, as installed (workers, sendfile, the access log), with the
  # pages' folder as its root: the comparison is with nginx as people run it.
  cat > "$html_dir/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $html_dir/nginx.pid;
error_log $html_dir/error.log;
events { worker_connections 768; }
http {
  sendfile on;
  tcp_nopush on;
  types_hash_max_size 2048;
  default_type "text/html; charset=UTF-8";
  access_log $html_dir/access.log;
  gzip on;
  client_body_temp_path $html_dir/tmp;
  proxy_temp_path $html_dir/tmp;
  fastcgi_temp_path $html_dir/tmp;
  uwsgi_temp_path $html_dir/tmp;
  scgi_temp_path $html_dir/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $html_dir;
  }
}
CONF
  mkdir -p "$html_dir/tmp"
  nginx -c "$html_dir/nginx.conf" -p "$html_dir" &
  nginx_pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$nginx_port/"; do sleep 0.2; done
}

stop_all() {
  stop_portal
  kill "$nginx_pid" 2>/dev/null || true
  wait "$nginx_pid" 2>/dev/null || true
  rm -rf "$html_dir"
}

# One row per page: the portal, then nginx on the same HTML, and the share.
share_table() {
  local page n=0 file out nginx rps p99 nrps np99 size
  printf '| page | HTML | portal req/s | p99 | nginx req/s | p99 | share |\n|---|---|---|---|---|---|---|\n'
  for page in "$@"; do
    n=$((n + 1))
    file="page-$RANDOM-$n.html"
    # --compressed: the HTML itself, whether or not the portal sent it compressed
    curl -s --compressed ${wrk_args[@]+"${wrk_args[@]}"} -o "$html_dir/$file" "$base$page"
    # nginx must serve the page itself, every byte of it, or the comparison means nothing.
    served=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "http://127.0.0.1:$nginx_port/$file")
    if [ "$served" != "200 $(stat -c %s "$html_dir/$file")" ]; then
      echo "nginx did not serve $file as it is ($served): see $html_dir/error.log" >&2
      exit 1
    fi
    size=$(( $(stat -c %s "$html_dir/$file") / 1024 ))
    wrk -t2 -c32 -d"$warmup" ${wrk_args[@]+"${wrk_args[@]}"} "$base$page" > /dev/null
    out=$(wrk -t2 -c32 -d"$duration" --latency ${wrk_args[@]+"${wrk_args[@]}"} "$base$page")
    nginx=$(wrk -t2 -c32 -d"$duration" --latency ${nginx_args[@]+"${nginx_args[@]}"} "http://127.0.0.1:$nginx_port/$file")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    nrps=$(echo "$nginx" | awk '/Requests\/sec/ {print $2}')
    np99=$(echo "$nginx" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" "$nginx" | grep -E 'Non-2xx|Socket errors' || true)
    printf '| `%s` | %s KB | %s | %s | %s | %s | %s %% |%s\n' "$page" "$size" "$rps" "$p99" "$nrps" "$np99" \
      "$(awk -v a="$rps" -v b="$nrps" 'BEGIN { printf "%.1f", 100 * a / b }')" "${errors:+ $errors}"
  done
}

# The signed-in users of the benchmark, with the demo accounts' password: a staff member of
# the middle unit, which gets 500 pact signings, and the demo reviewer of BPS.
prepare_accounts() {
  bench_sql "
    insert into account (username, display_name, email, password_hash)
    select 'bench.staf', 'Staf (beban)', 'bench.staf@portal-zi.example', password_hash
    from account where username = 'staf.bps-kab-serang' on conflict do nothing;
    insert into account_role (account_id, role) select id, 'AGENCY_STAFF' from account
    where username = 'bench.staf' on conflict do nothing;
    insert into account_work_unit (account_id, work_unit_id)
    select a.id, u.id from account a, work_unit u
    where a.username = 'bench.staf' and u.slug = 'unit-kerja-beban-$(( units / 2 ))' on conflict do nothing;
    insert into pact_signing (declaration_id, signatory_name, nip, position, role, signed_on, recorded_by)
    select d.id, 'Pegawai tambahan ' || k, '19800101200501' || lpad(k::text, 4, '0'), 'Analis', 'PEGAWAI',
           d.declared_on, 'bench'
    from declaration d join work_unit u on u.id = d.work_unit_id cross join generate_series(1, 450) k
    where u.slug = 'unit-kerja-beban-$(( units / 2 ))'
      and (select count(*) from pact_signing s where s.declaration_id = d.id) < 500;
    -- Statistics that know the new rows, as PostgreSQL's autovacuum would take them in a
    -- portal whose accounts change: without them the planner took the one staff account's
    -- unit for one of the first and scanned 5,029 units to reach it on every staff page.
    analyze account; analyze account_role; analyze account_work_unit; analyze pact_signing;" > /dev/null
}

start_nginx
for mode in ${BENCH_MODES:-kept rendered}; do
  extra_args=""
  if [ "$mode" = "rendered" ]; then
    extra_args="--portal.public-pages.cache-size=0"
  fi
  started=$(date +%s.%N)
  start_portal
  trap stop_all EXIT
  first=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  prepare_accounts
  # The LKE pages need self-assessments: every generated unit's, as bench/lke.sh adds them.
  if [ "$(bench_sql "select count(*) from lke_assessment a join work_unit u on u.id = a.work_unit_id
        where u.slug = 'unit-kerja-beban-$(( units / 2 ))'")" = "0" ]; then
    echo "Generating the self-assessments of $units units…"
    psql -q -h localhost -p "$pg_port" -U postgres -v units="$units" -f bench/generate-lke.sql
  fi
  unit=$(bench_sql "select id from work_unit where slug = 'unit-kerja-beban-$(( units / 2 ))'")
  request=$(bench_sql "select r.id from stage_request r join zi_programme p on p.id = r.programme_id
    join work_unit u on u.id = p.work_unit_id join institution i on i.id = u.institution_id
    where i.code = 'BPS' order by r.status = 'SUBMITTED' desc, r.id desc limit 1")
  echo
  echo "### $units units, public pages $mode"
  echo
  wrk_args=()
  share_table "/privasi" "/direktori" "/direktori?q=serang" "/direktori/unit-kerja-beban-$(( units / 2 ))" "/statistik"
  if [ "$mode" = kept ]; then
    # As browsers ask: compressed. The portal keeps each page compressed once; nginx, as
    # Debian configures it (gzip on), compresses every response.
    echo
    echo "Compressed (Accept-Encoding: gzip), as browsers ask:"
    echo
    wrk_args=(-H "Accept-Encoding: gzip")
    nginx_args=(-H "Accept-Encoding: gzip")
    share_table "/direktori" "/statistik"
    nginx_args=()
  fi
  echo
  wrk_args=(-H "Cookie: SESSION=$(log_in bench.staf 'Demo-ZI-2026!')")
  share_table "/privasi" "/staf" "/staf/unit/$unit/pakta" "/staf/unit/$unit/lke" "/staf/unit/$unit/lke/area/E"
  echo
  wrk_args=(-H "Cookie: SESSION=$(log_in inspektorat.bps 'Demo-ZI-2026!')")
  share_table "/inspektorat" "/inspektorat/pengajuan/$request"
  echo
  resident_memory
  echo "From the run command to the first 200 (Maven included): $first s"
  stop_portal
  trap 'kill "$nginx_pid" 2>/dev/null || true; rm -rf "$html_dir"' EXIT
done
