-- Seed 001 as domain.md tells it: on 7 June 2021 the Plt Wali Kota of Tanjungbalai, H. Waris
-- Thalib, received the head of Stasiun KIPM Tanjungbalai–Asahan and signed the pakta integritas in
-- support of the station's declaration (his signing stays, as an external supporter's). The
-- article gives neither the day nor the place of the declaration itself, and the mayor was not its
-- witness: the record is corrected by an amendment that keeps revision 1 and says why; the date is
-- known only to its year (V43).
insert into declaration_version (declaration_id, revision, declared_on, venue, official_name, official_position,
                                 target_predicate, description, legal_basis, witnesses, press_links, public_since,
                                 amendment_reason, amended_by, amended_at, declared_on_precision)
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
       'Koreksi sesuai berita: 7 Juni 2021 adalah audiensi dengan Plt. Wali Kota Tanjungbalai, yang menandatangani '
           || 'pakta integritas sebagai dukungan; tanggal dan tempat pencanangan sendiri tidak disebut.',
       'staf.kipm-tanjungbalai', timestamptz '2021-06-21 10:00+07', d.declared_on_precision
from declaration d join work_unit u on u.id = d.work_unit_id
where u.slug = 'stasiun-kipm-tanjungbalai-asahan' and d.status = 'SUBMITTED' and d.revision = 1;

update declaration d
set declared_on           = date '2021-01-01',
    declared_on_precision = 'YEAR',
    venue                 = 'tempat yang tidak disebut dalam berita',
    description           = 'Tanggal dan tempat pencanangan tidak disebut dalam berita. Pada 7 Juni 2021 Plt. Wali '
                            || 'Kota Tanjungbalai H. Waris Thalib menerima audiensi Kepala Stasiun KIPM '
                            || 'Tanjungbalai–Asahan dan menandatangani pakta integritas sebagai dukungan atas '
                            || 'pencanangan Zona Integritas stasiun itu.',
    revision              = d.revision + 1
from work_unit u
where u.id = d.work_unit_id and u.slug = 'stasiun-kipm-tanjungbalai-asahan' and d.status = 'SUBMITTED'
  and d.revision = 1;

-- After the declaration's own row, in the same transaction: its parts change with it.
delete from witness w
using declaration d, work_unit u
where w.declaration_id = d.id and u.id = d.work_unit_id and u.slug = 'stasiun-kipm-tanjungbalai-asahan'
  and d.status = 'SUBMITTED';
