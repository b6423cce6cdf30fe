-- Seed 004 as domain.md tells it: BPS Provinsi Sumatera Selatan held the ceremony of 8 June 2020
-- and declared *together with* the BPS units of every regency and city of the province; its head
-- (who declared) is not named in the article; Sekda H. Nasrun Umar gave the direction and is not
-- the declaring official. The regency and city units sit below the provincial office; their
-- staff counts and addresses are fictional.
insert into work_unit (institution_id, name, slug, region_code, address, staff_count, parent_id)
select b.id, 'BPS ' || r.name, 'bps-' || trim(both '-' from regexp_replace(lower(r.name), '[^a-z0-9]+', '-', 'g')),
       r.code, r.name || ', Sumatera Selatan', 28 + (substr(r.code, 4, 2)::int * 7) % 31, p.id
from region r
cross join institution b
cross join work_unit p
where r.parent_code = '16' and b.code = 'BPS' and p.slug = 'bps-provinsi-sumatera-selatan'
order by r.code;

-- The record is corrected as any public record is: by an amendment that keeps the version it
-- replaces and says why (ADR 0010).
insert into declaration_version (declaration_id, revision, declared_on, venue, official_name, official_position,
                                 target_predicate, description, legal_basis, witnesses, press_links, public_since,
                                 amendment_reason, amended_by, amended_at)
select d.id, d.revision, d.declared_on, d.venue, d.official_name, d.official_position, d.target_predicate,
       d.description, d.legal_basis,
       coalesce((select jsonb_agg(jsonb_build_object('kind', w.organisation_kind,
                                                     'organisationName', w.organisation_name,
                                                     'personName', w.person_name, 'position', w.person_position)
                                  order by w.position_in_list)
                 from witness w where w.declaration_id = d.id), '[]'::jsonb),
       coalesce((select jsonb_agg(jsonb_build_object('url', l.url, 'title', l.title) order by l.id)
                 from declaration_press_link l where l.declaration_id = d.id), '[]'::jsonb),
       d.submitted_at,
       'Koreksi sesuai berita: Sekda Provinsi Sumatera Selatan H. Nasrun Umar memberikan arahan dan bukan '
           || 'pejabat yang mencanangkan; BPS kabupaten/kota di seluruh Sumatera Selatan ikut mencanangkan.',
       'staf.bps-sumsel', timestamptz '2020-06-15 10:00+07'
from declaration d join work_unit u on u.id = d.work_unit_id
where u.slug = 'bps-provinsi-sumatera-selatan' and d.declared_on = date '2020-06-08' and d.revision = 1;

update declaration d
set official_name     = '(nama tidak disebut dalam berita)',
    official_position = 'Kepala BPS Provinsi Sumatera Selatan',
    description       = 'Pencanangan pembangunan Zona Integritas menuju WBK dan WBBM oleh BPS Provinsi Sumatera '
                        || 'Selatan bersama BPS kabupaten/kota di seluruh Sumatera Selatan, dilaksanakan secara '
                        || 'terbuka agar masyarakat ikut menyaksikan, memantau, mengawal, dan mengawasi. Sekretaris '
                        || 'Daerah Provinsi Sumatera Selatan H. Nasrun Umar memberikan arahan.',
    revision          = d.revision + 1
from work_unit u
where u.id = d.work_unit_id and u.slug = 'bps-provinsi-sumatera-selatan' and d.declared_on = date '2020-06-08'
  and d.revision = 1;

insert into declaration_unit (declaration_id, work_unit_id)
select d.id, c.id
from declaration d
join work_unit u on u.id = d.work_unit_id
join work_unit c on c.parent_id = u.id
where u.slug = 'bps-provinsi-sumatera-selatan' and d.declared_on = date '2020-06-08';
