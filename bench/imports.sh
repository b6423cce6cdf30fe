#!/usr/bin/env bash
# Measures the administrators' bulk imports on a fresh portal (its own data folder,
# .data/bench-imports, removed first): 500 institutions, then N work units (every 20th a
# parent of the 19 after it), then the same units again (refused: every row's address is
# taken), then 1,000 accounts (each with its password link in the outbox):
#   bench/imports.sh 10000
# Needs: Java 17+, Maven, psql, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
units=imports
export BENCH_GENERATE=no
rm -rf .data/bench-imports
extra_args="--portal.mail.scheduling=false ${BENCH_EXTRA_ARGS:-}"
source bench/portal.sh
start_portal
session=$(log_in admin 'Demo-ZI-2026!')
work=$(mktemp -d)

python3 - "$count" "$work" <<'PY'
import sys
count, work = int(sys.argv[1]), sys.argv[2]
with open(f"{work}/institutions.csv", "w") as f:
    f.write("kode;nama;jenis;kode_wilayah\n")
    for i in range(500):
        f.write(f"BEBAN-{i};Instansi Beban {i};KEMENTERIAN_LEMBAGA;\n")
with open(f"{work}/units.csv", "w") as f:
    f.write("instansi;nama;slug;kode_wilayah;alamat;jumlah_pegawai;induk\n")
    for i in range(count):
        parent = "" if i % 20 == 0 else f"impor-{i - i % 20}"
        f.write(f"BEBAN-{(i // 20) % 500};Unit Impor {i};impor-{i};36.04;Jl. Uji {i};{10 + i % 90};{parent}\n")
with open(f"{work}/accounts.csv", "w") as f:
    f.write("username;nama;surel;peran;unit;instansi\n")
    for i in range(1000):
        f.write(f"staf.impor.{i};Staf Impor {i};staf.impor.{i}@contoh.go.id;STAF;impor-{i};\n")
PY

upload() {
  local kind=$1 file=$2 csrf
  csrf=$(curl -s -b "SESSION=$session" "$base/admin/impor" | grep -o 'name="_csrf" value="[^"]*"' | head -1 |
         sed 's/.*value="//; s/"$//')
  curl -s -o "$work/answer.html" -b "SESSION=$session" -F "_csrf=$csrf" -F "file=@$file" \
    -w "$kind $(basename "$file"): HTTP %{http_code} in %{time_total} s\n" "$base/admin/impor/$kind"
  # a refusal's first problems and how many there are
  grep -o -E '(Impor [^<]* ditolak: [0-9]+ masalah|Baris [0-9]+: [^<]*)' "$work/answer.html" | head -3 || true
}

upload institusi "$work/institutions.csv"
upload unit-kerja "$work/units.csv"
echo "Units stored: $(bench_sql "select count(*) from work_unit where slug like 'impor-%'"), with a parent: $(bench_sql "select count(*) from work_unit where slug like 'impor-%' and parent_id is not null")"
upload unit-kerja "$work/units.csv"
echo "Units stored after the refused file: $(bench_sql "select count(*) from work_unit where slug like 'impor-%'")"
upload akun "$work/accounts.csv"
echo "Accounts: $(bench_sql "select count(*) from account where username like 'staf.impor.%'"), password links in the outbox: $(bench_sql "select count(*) from outgoing_mail where recipient_email like 'staf.impor.%'")"
resident_memory
rm -rf "$work"
