#!/usr/bin/env bash
# Measures the directory's text search rendered on every request (no kept pages) at a given
# number of generated units, for words as people type them: a plain word, two words, and
# abbreviations that expand (search_abbreviation, V29):
#   bench/search.sh 10000
# Needs: Java 17+, Maven, psql and wrk (apt-get install postgresql-client wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-10000}
extra_args="--portal.public-pages.cache-size=0"
source bench/portal.sh
start_portal
pages=("/direktori?q=serang" "/direktori?q=bbpom%20serang" "/direktori?q=dukcapil" "/direktori?q=bps%20sumsel")
for page in "${pages[@]}"; do
  echo "$page: $(curl -s "$base$page" | grep -o '[0-9.]* unit kerja ditemukan' | head -1)"
done
echo "Warming up ($warmup per page)…"
warm_up "${pages[@]}"
measure_pages "${pages[@]}"
resident_memory
