-- Benchmark data, on top of the demo data (psql -v units=10000 for national scale): 10,000
-- work units spread over the 514 regencies/cities of the 38 provinces (all carried by the
-- migrations), 500 institutions, 10,000 declarations with 3 witnesses each, 500,000 pact
-- signings and 40,000 stage requests with decisions. For benchmark databases only: the
-- generated institutions and units are clearly named as such ("Sintetis", "Beban").
\set ON_ERROR_STOP on
begin;

-- Institutions: ministries and agencies, provincial and regency governments, up to 500.
insert into institution (code, name, kind, region_code)
select 'KL-' || n, 'Kementerian/Lembaga Sintetis ' || n, 'KEMENTERIAN_LEMBAGA', null
from generate_series(1, 60) n;
insert into institution (code, name, kind, region_code)
select 'PEMPROV-' || code, 'Pemerintah Provinsi ' || name || ' (bench)', 'PROVINSI', code
from region where kind = 'PROVINSI' and code not in (select region_code from institution where kind = 'PROVINSI');
insert into institution (code, name, kind, region_code)
select 'PEMDA-' || replace(code, '.', '-'), 'Pemerintah ' || name || ' (bench)', 'KABUPATEN_KOTA', code
from region where kind <> 'PROVINSI' and code not in (select region_code from institution where region_code is not null)
order by code
limit greatest(0, 500 - (select count(*) from institution));

-- 10,000 work units spread over the institutions and the regencies/cities.
with regencies as (select code, row_number() over (order by code) - 1 as i, count(*) over () as total
                   from region where kind <> 'PROVINSI'),
     institutions as (select id, row_number() over (order by id) - 1 as i, count(*) over () as total
                      from institution)
insert into work_unit (institution_id, name, slug, region_code, address, staff_count)
select s.id, 'Unit Kerja Beban ' || n || ' ' || r.code, 'unit-kerja-beban-' || n, r.code, 'Alamat ' || r.code,
       20 + n % 180
from generate_series(1, :units) n
join regencies r on r.i = n % r.total
join institutions s on s.i = (n * 7) % s.total;

-- A submitted declaration for each, witnessed by three organisations.
insert into declaration (work_unit_id, status, declared_on, venue, official_name, official_position,
                         target_predicate, created_by, submitted_at)
select u.id, 'SUBMITTED', date '2019-01-01' + (u.id % 2400)::int, 'Aula ' || u.name, 'Kepala ' || u.id,
       'Kepala Unit', 'WBK', 'bench', now() - ((u.id % 2400) || ' days')::interval
from work_unit u where u.slug like 'unit-kerja-beban-%';
insert into witness (declaration_id, position_in_list, organisation_kind, organisation_name, person_name)
select d.id, k, (array['OMBUDSMAN','BPKP','PEMDA'])[k + 1], 'Lembaga Saksi ' || k, 'Saksi ' || d.id || '-' || k
from declaration d join work_unit u on u.id = d.work_unit_id cross join generate_series(0, 2) k
where u.slug like 'unit-kerja-beban-%';

-- 50 signings per declaration: 500,000.
insert into pact_signing (declaration_id, signatory_name, nip, position, role, signed_on, recorded_by)
select d.id, 'Pegawai ' || d.id || '-' || k,
       to_char(date '1970-01-01' + ((d.id * 50 + k) % 9000)::int, 'YYYYMMDD') || '200501' || (1 + k % 2)
           || lpad((k)::text, 3, '0'),
       'Analis', case when k = 0 then 'PIMPINAN' else 'PEGAWAI' end, d.declared_on, 'bench'
from declaration d join work_unit u on u.id = d.work_unit_id cross join generate_series(0, 49) k
where u.slug like 'unit-kerja-beban-%';

-- Programmes: four approved steps each (40,000 requests with their decisions and history).
insert into zi_programme (work_unit_id, stage, declaration_id, updated_at)
select u.id, 'PENCANANGAN', d.id, now()
from work_unit u join declaration d on d.work_unit_id = u.id where u.slug like 'unit-kerja-beban-%';
insert into stage_request (programme_id, from_stage, to_stage, target_predicate, status, requested_by, requested_at)
select p.id, s.from_stage, s.to_stage, 'WBK', 'APPROVED', 'bench', now() - ((5 - s.step) || ' months')::interval
from zi_programme p join work_unit u on u.id = p.work_unit_id
cross join (values (1, 'PENCANANGAN', 'PEMBANGUNAN'), (2, 'PEMBANGUNAN', 'PENGUSULAN'),
                   (3, 'PENGUSULAN', 'PENILAIAN'), (4, 'PENILAIAN', 'PENETAPAN')) as s (step, from_stage, to_stage)
where u.slug like 'unit-kerja-beban-%';
insert into stage_request_decision (request_id, outcome, reviewer, decided_at)
select r.id, 'APPROVED', 'bench.reviewer', r.requested_at + interval '7 days'
from stage_request r where r.requested_by = 'bench';
insert into stage_change (programme_id, from_stage, to_stage, cause, request_id, changed_by, changed_at)
select r.programme_id, r.from_stage, r.to_stage, 'REQUEST_APPROVED', r.id, 'bench.reviewer',
       r.requested_at + interval '7 days'
from stage_request r where r.requested_by = 'bench';
update zi_programme p set stage = 'PENETAPAN'
from work_unit u where u.id = p.work_unit_id and u.slug like 'unit-kerja-beban-%';
insert into designation (programme_id, predicate, decree_number, decree_date, recorded_by, recorded_at)
select p.id, 'WBK', 'SK Beban ' || p.id, current_date - 30, 'bench.reviewer', now() - interval '30 days'
from zi_programme p join work_unit u on u.id = p.work_unit_id
where u.slug like 'unit-kerja-beban-%' and u.id % 3 = 0;
update zi_programme p set held_predicate = 'WBK'
from designation d where d.programme_id = p.id and d.recorded_by = 'bench.reviewer';

commit;
analyze;
