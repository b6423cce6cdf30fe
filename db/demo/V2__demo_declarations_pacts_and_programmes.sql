-- Demo data (demo mode only): the declarations of the seed articles with their real dates,
-- venues, officials and witnesses; pact signings; and programmes at every stage.
-- Staff names and NIPs of signatories other than the named officials are fictional, and so
-- are the decrees and decisions marked "(data demo)".

create function pg_temp.unit(p_slug text) returns bigint language sql as
$$ select id from work_unit where slug = p_slug $$;

create function pg_temp.audit(p_actor text, p_role text, p_action text, p_type text, p_id bigint,
                              p_unit bigint, p_summary text, p_at timestamptz) returns void language sql as
$$
    insert into audit_entry (occurred_at, actor, actor_role, action, object_type, object_id, work_unit_id, summary)
    values (p_at, p_actor, p_role, p_action, p_type, p_id::text, p_unit, p_summary)
$$;

create function pg_temp.declare(p_slug text, p_on date, p_venue text, p_official text, p_position text,
                                p_description text, p_legal_basis text, p_by text) returns bigint
    language plpgsql as
$$
declare
    v_id bigint;
begin
    insert into declaration (work_unit_id, status, declared_on, venue, official_name, official_position,
                             target_predicate, description, legal_basis, created_by, created_at, submitted_at)
    values (pg_temp.unit(p_slug), 'SUBMITTED', p_on, p_venue, p_official, p_position, 'WBK', p_description,
            p_legal_basis, p_by, p_on - 7 + time '09:00' at time zone 'Asia/Jakarta',
            p_on + 1 + time '10:00' at time zone 'Asia/Jakarta')
    returning id into v_id;
    perform pg_temp.audit(p_by, 'AGENCY_STAFF', 'DECLARATION_SUBMITTED', 'Declaration', v_id, pg_temp.unit(p_slug),
                          'Declaration submitted', p_on + 1 + time '10:00' at time zone 'Asia/Jakarta');
    return v_id;
end;
$$;

create function pg_temp.witness(p_declaration bigint, p_position int, p_kind text, p_organisation text,
                                p_person text, p_person_position text) returns void language sql as
$$
    insert into witness (declaration_id, position_in_list, organisation_kind, organisation_name, person_name,
                         person_position)
    values (p_declaration, p_position, p_kind, p_organisation, p_person, p_person_position)
$$;

create function pg_temp.sign(p_declaration bigint, p_name text, p_nip text, p_position text, p_role text,
                             p_on date, p_by text) returns void language sql as
$$
    insert into pact_signing (declaration_id, signatory_name, nip, position, role, signed_on, recorded_by, recorded_at)
    values (p_declaration, p_name, p_nip, p_position, p_role, p_on, p_by, p_on + 1 + time '11:00' at time zone 'Asia/Jakarta')
$$;

-- Fictional staff signings: plausible names and well-formed NIPs (birth date, appointment month,
-- sex, serial), one per staff member, for the given share of the unit's staff.
create function pg_temp.sign_staff(p_declaration bigint, p_count int, p_on date, p_by text) returns void
    language sql as
$$
    insert into pact_signing (declaration_id, signatory_name, nip, position, role, signed_on, recorded_by, recorded_at)
    select p_declaration,
           (array['Ahmad', 'Siti', 'Budi', 'Dewi', 'Rizky', 'Nur', 'Agus', 'Fitri', 'Hendra', 'Rina', 'Dedi',
                  'Lestari', 'Yusuf', 'Ratna', 'Fajar', 'Indah', 'Joko', 'Wulan', 'Bayu', 'Maya'])[1 + (n * 7) % 20]
               || ' ' ||
           (array['Saputra', 'Rahmawati', 'Hidayat', 'Kurniawan', 'Susanti', 'Pratama', 'Wijaya', 'Handayani',
                  'Nugroho', 'Permata', 'Setiawan', 'Lubis', 'Siregar', 'Harahap', 'Suryadi', 'Anggraini',
                  'Ramadhan', 'Fauziah', 'Kusuma', 'Situmorang'])[1 + (n * 11 + p_declaration::int) % 20],
           to_char(date '1970-01-01' + ((n * 397 + p_declaration * 31) % 9000)::int, 'YYYYMMDD')
               || to_char(date '1996-01-01' + ((n * 113) % 8000)::int, 'YYYYMM')
               || (1 + n % 2)::text
               || lpad((n % 1000)::text, 3, '0'),
           (array['Statistisi Ahli Muda', 'Analis Kebijakan', 'Pranata Komputer', 'Arsiparis', 'Analis SDM Aparatur',
                  'Pengelola Keuangan', 'Pranata Humas', 'Penyuluh', 'Pengawas Farmasi dan Makanan',
                  'Pengadministrasi Umum'])[1 + n % 10],
           'PEGAWAI', p_on, p_by, p_on + 1 + time '11:00' at time zone 'Asia/Jakarta'
    from generate_series(1, p_count) as n
$$;

create function pg_temp.programme(p_slug text, p_declaration bigint) returns bigint language sql as
$$
    insert into zi_programme (work_unit_id, declaration_id, updated_at)
    values (pg_temp.unit(p_slug), p_declaration, now())
    returning id
$$;

-- A request from the unit, decided by a reviewer of its instansi. Returns the request id.
create function pg_temp.step(p_programme bigint, p_from text, p_to text, p_target text, p_note text,
                             p_by text, p_at timestamptz, p_outcome text, p_reviewer text,
                             p_decided_at timestamptz, p_reason text) returns bigint
    language plpgsql as
$$
declare
    v_request bigint;
    v_unit bigint := (select work_unit_id from zi_programme where id = p_programme);
begin
    insert into stage_request (programme_id, from_stage, to_stage, target_predicate, status, note, requested_by,
                               requested_at)
    values (p_programme, p_from, p_to, p_target, coalesce(p_outcome, 'SUBMITTED'), p_note, p_by, p_at)
    returning id into v_request;
    perform pg_temp.audit(p_by, 'AGENCY_STAFF', 'STAGE_REQUEST_SUBMITTED', 'StageRequest', v_request, v_unit,
                          p_from || ' → ' || p_to, p_at);
    if p_outcome is not null then
        insert into stage_request_decision (request_id, outcome, reviewer, reason, decided_at)
        values (v_request, p_outcome, p_reviewer, p_reason, p_decided_at);
        perform pg_temp.audit(p_reviewer, 'REVIEWER', 'STAGE_REQUEST_' || p_outcome, 'StageRequest', v_request,
                              v_unit, coalesce(p_reason, p_outcome), p_decided_at);
        if p_outcome = 'APPROVED' then
            insert into stage_change (programme_id, from_stage, to_stage, cause, request_id, changed_by, changed_at)
            values (p_programme, (select stage from zi_programme where id = p_programme), p_to, 'REQUEST_APPROVED',
                    v_request, p_reviewer, p_decided_at);
            update zi_programme set stage = p_to, target_predicate = p_target, updated_at = p_decided_at
            where id = p_programme;
        elsif p_outcome = 'REJECTED' and p_from in ('PENGUSULAN', 'PENILAIAN') then
            insert into stage_change (programme_id, from_stage, to_stage, cause, request_id, reason, changed_by,
                                      changed_at)
            values (p_programme, p_from, 'PEMBANGUNAN', 'ASSESSMENT_FAILED', v_request, p_reason, p_reviewer,
                    p_decided_at);
            update zi_programme set stage = 'PEMBANGUNAN', updated_at = p_decided_at where id = p_programme;
        end if;
    end if;
    return v_request;
end;
$$;

create function pg_temp.designate(p_programme bigint, p_predicate text, p_decree text, p_decree_date date,
                                  p_by text) returns void language plpgsql as
$$
begin
    insert into designation (programme_id, predicate, decree_number, decree_date, recorded_by, recorded_at)
    values (p_programme, p_predicate, p_decree, p_decree_date, p_by, p_decree_date + 2 + time '10:00' at time zone 'Asia/Jakarta');
    update zi_programme set held_predicate = p_predicate, updated_at = p_decree_date + 2 where id = p_programme;
    perform pg_temp.audit(p_by, 'REVIEWER', 'PREDICATE_DESIGNATED', 'ZiProgramme', p_programme,
                          (select work_unit_id from zi_programme where id = p_programme),
                          p_predicate || ' — ' || p_decree, p_decree_date + 2 + time '10:00' at time zone 'Asia/Jakarta');
end;
$$;

do
$$
declare
    v_bbpom bigint;
    v_kipm bigint;
    v_bps_serang bigint;
    v_bps_sumsel bigint;
    v_dukcapil bigint;
    v_kominfo bigint;
    v_programme bigint;
begin
    -- Seed 000: Balai Besar POM di Serang, Tuesday 27 April 2021.
    v_bbpom := pg_temp.declare('balai-besar-pom-serang', date '2021-04-27', 'Hotel Puri Kayana, Kota Serang',
        'Trikoranti Mustikawati', 'Kepala Balai Besar POM di Serang',
        'Pencanangan Zona Integritas menuju WBK dan WBBM Balai Besar POM di Serang, dihadiri Sekretaris Daerah '
            || 'Provinsi Banten atas nama Gubernur Banten dan Inspektur Utama BPOM. BPKP dan KPK disebut sebagai '
            || 'mitra pencegahan korupsi.',
        'Inpres Nomor 2 Tahun 2014; PermenPAN-RB Nomor 52 Tahun 2014 sebagaimana diubah dengan PermenPAN-RB Nomor 10 Tahun 2019',
        'staf.bbpom-serang');
    perform pg_temp.witness(v_bbpom, 0, 'PEMDA', 'Pemerintah Provinsi Banten', 'Al Muktabar',
        'Sekretaris Daerah Provinsi Banten');
    perform pg_temp.witness(v_bbpom, 1, 'LAINNYA', 'Inspektorat Utama Badan POM', 'Mayagustina Andarini',
        'Inspektur Utama BPOM');
    perform pg_temp.sign(v_bbpom, 'Trikoranti Mustikawati', null, 'Kepala Balai Besar POM di Serang', 'PIMPINAN',
        date '2021-04-27', 'staf.bbpom-serang');
    perform pg_temp.sign_staff(v_bbpom, 88, date '2021-04-27', 'staf.bbpom-serang');

    -- Seed 001: Stasiun KIPM Tanjungbalai–Asahan, June 2021 (the article says Selasa 7/6/2021).
    v_kipm := pg_temp.declare('stasiun-kipm-tanjungbalai-asahan', date '2021-06-07', 'Kantor Wali Kota Tanjungbalai',
        'Sondang Sitorus', 'Kepala Stasiun KIPM Tanjungbalai–Asahan',
        'Audiensi pencanangan Zona Integritas menuju WBK dan WBBM kepada Pemerintah Kota Tanjungbalai, diakhiri '
            || 'penandatanganan pakta integritas oleh Plt. Wali Kota Tanjungbalai sebagai wujud dukungan.',
        'Inpres Nomor 2 Tahun 2014; PermenPAN-RB Nomor 10 Tahun 2019 tentang Perubahan atas PermenPAN-RB Nomor 52 Tahun 2014',
        'staf.kipm-tanjungbalai');
    perform pg_temp.witness(v_kipm, 0, 'PEMDA', 'Pemerintah Kota Tanjungbalai', 'H. Waris Thalib, S.Ag., M.M.',
        'Plt. Wali Kota Tanjungbalai');
    perform pg_temp.sign(v_kipm, 'Sondang Sitorus', null, 'Kepala Stasiun KIPM Tanjungbalai–Asahan', 'PIMPINAN',
        date '2021-06-07', 'staf.kipm-tanjungbalai');
    perform pg_temp.sign(v_kipm, 'H. Waris Thalib, S.Ag., M.M.', null, 'Plt. Wali Kota Tanjungbalai',
        'PENDUKUNG_EKSTERNAL', date '2021-06-07', 'staf.kipm-tanjungbalai');
    perform pg_temp.sign_staff(v_kipm, 29, date '2021-06-07', 'staf.kipm-tanjungbalai');

    -- Seed 003: BPS Kabupaten Serang, Tuesday 30 June 2020.
    v_bps_serang := pg_temp.declare('bps-kabupaten-serang', date '2020-06-30',
        'Aula Kantor BPS Kabupaten Serang, Kecamatan Ciruas',
        'Indra Warman', 'Kepala BPS Kabupaten Serang',
        'Pencanangan pembangunan Zona Integritas menuju WBK dan WBBM, disaksikan mitra kerja fungsi pengawasan: '
            || 'Ombudsman, BPK, dan kepolisian, serta Pemerintah Kabupaten Serang.',
        'PermenPAN-RB Nomor 10 Tahun 2019 tentang Perubahan atas PermenPAN-RB Nomor 52 Tahun 2014; '
            || 'Surat Inspektur Utama BPS Nomor B-062/BPS/8000/02.2020 tanggal 16 Maret 2020',
        'staf.bps-kab-serang');
    perform pg_temp.witness(v_bps_serang, 0, 'PEMDA', 'Pemerintah Kabupaten Serang', 'Tubagus Entus Mahmud Sachiri',
        'Sekretaris Daerah Kabupaten Serang');
    perform pg_temp.witness(v_bps_serang, 1, 'PEMDA', 'Inspektorat Kabupaten Serang', 'Rahmat Jaya',
        'Inspektur Kabupaten Serang');
    perform pg_temp.witness(v_bps_serang, 2, 'LAINNYA', 'BPS Provinsi Banten', 'Perwakilan', null);
    perform pg_temp.witness(v_bps_serang, 3, 'OMBUDSMAN', 'Ombudsman Republik Indonesia', 'Perwakilan', null);
    perform pg_temp.witness(v_bps_serang, 4, 'BPK', 'Badan Pemeriksa Keuangan RI', 'Perwakilan', null);
    perform pg_temp.witness(v_bps_serang, 5, 'POLRI', 'Polres Serang', 'Perwakilan', null);
    perform pg_temp.witness(v_bps_serang, 6, 'PEMDA',
        'Dinas Komunikasi, Informatika, Persandian dan Statistik Kabupaten Serang', 'Anas Dwi Satya Prasadya',
        'Kepala Dinas');
    perform pg_temp.sign(v_bps_serang, 'Indra Warman', null, 'Kepala BPS Kabupaten Serang', 'PIMPINAN',
        date '2020-06-30', 'staf.bps-kab-serang');
    perform pg_temp.sign_staff(v_bps_serang, 41, date '2020-06-30', 'staf.bps-kab-serang');

    -- Seed 004: BPS Provinsi Sumatera Selatan, Monday 8 June 2020.
    v_bps_sumsel := pg_temp.declare('bps-provinsi-sumatera-selatan', date '2020-06-08',
        'Kantor BPS Provinsi Sumatera Selatan, Palembang',
        'H. Nasrun Umar', 'Sekretaris Daerah Provinsi Sumatera Selatan',
        'Pencanangan pembangunan Zona Integritas menuju WBK dan WBBM di BPS Provinsi Sumatera Selatan, '
            || 'dilaksanakan secara terbuka agar masyarakat ikut menyaksikan, memantau, mengawal, dan mengawasi.',
        'PermenPAN-RB Nomor 52 Tahun 2014 tentang Pedoman Pembangunan Zona Integritas',
        'staf.bps-sumsel');
    perform pg_temp.witness(v_bps_sumsel, 0, 'DPRD', 'DPRD Provinsi Sumatera Selatan', 'H. Muchendi',
        'Wakil Ketua DPRD Provinsi Sumatera Selatan');
    perform pg_temp.witness(v_bps_sumsel, 1, 'OMBUDSMAN', 'Ombudsman RI Perwakilan Sumatera Selatan',
        'M. Adrian Agustiansyah', 'Kepala Ombudsman RI Perwakilan Sumatera Selatan');
    perform pg_temp.sign(v_bps_sumsel, 'Kepala BPS Provinsi Sumatera Selatan', null,
        'Kepala BPS Provinsi Sumatera Selatan', 'PIMPINAN', date '2020-06-08', 'staf.bps-sumsel');
    perform pg_temp.sign_staff(v_bps_sumsel, 131, date '2020-06-08', 'staf.bps-sumsel');

    -- Units of Pemkab Serang that followed the Sekda's call (article 003): fictional details.
    v_dukcapil := pg_temp.declare('disdukcapil-kabupaten-serang', date '2020-09-15',
        'Aula Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang',
        'Kepala Dinas Kependudukan dan Pencatatan Sipil', 'Kepala Dinas (data demo)',
        '(Data demo) Pencanangan mengikuti arahan Sekretaris Daerah Kabupaten Serang agar OPD layanan publik '
            || 'membangun Zona Integritas, dimulai dari pelayanan kependudukan.',
        'PermenPAN-RB Nomor 10 Tahun 2019', 'staf.disdukcapil-serang');
    perform pg_temp.witness(v_dukcapil, 0, 'PEMDA', 'Inspektorat Kabupaten Serang', 'Rahmat Jaya',
        'Inspektur Kabupaten Serang');
    perform pg_temp.sign(v_dukcapil, 'Kepala Dinas Kependudukan dan Pencatatan Sipil', null, 'Kepala Dinas',
        'PIMPINAN', date '2020-09-15', 'staf.disdukcapil-serang');
    perform pg_temp.sign_staff(v_dukcapil, 80, date '2020-09-15', 'staf.disdukcapil-serang');

    v_kominfo := pg_temp.declare('diskominfosatik-kabupaten-serang', date '2021-03-10',
        'Kantor Diskominfosatik Kabupaten Serang', 'Anas Dwi Satya Prasadya',
        'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik',
        '(Data demo) Pencanangan Zona Integritas di lingkungan Diskominfosatik Kabupaten Serang.',
        'PermenPAN-RB Nomor 10 Tahun 2019', 'staf.diskominfosatik-serang');
    perform pg_temp.witness(v_kominfo, 0, 'PEMDA', 'Inspektorat Kabupaten Serang', 'Rahmat Jaya',
        'Inspektur Kabupaten Serang');
    perform pg_temp.witness(v_kominfo, 1, 'MEDIA', 'Media lokal Kabupaten Serang', 'Perwakilan', null);
    perform pg_temp.sign(v_kominfo, 'Anas Dwi Satya Prasadya', null,
        'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik', 'PIMPINAN', date '2021-03-10',
        'staf.diskominfosatik-serang');
    perform pg_temp.sign_staff(v_kominfo, 50, date '2021-03-10', 'staf.diskominfosatik-serang');

    -- Stasiun KIPM: building (pembangunan).
    v_programme := pg_temp.programme('stasiun-kipm-tanjungbalai-asahan', v_kipm);
    perform pg_temp.step(v_programme, 'PENCANANGAN', 'PEMBANGUNAN', 'WBK', 'Pencanangan dan pakta integritas selesai.',
        'staf.kipm-tanjungbalai', timestamptz '2021-06-14 09:00+07', 'APPROVED', 'inspektorat.kkp',
        timestamptz '2021-06-21 14:00+07', null);

    -- BPS Kabupaten Serang: building, no open request (ready for the next proposal).
    v_programme := pg_temp.programme('bps-kabupaten-serang', v_bps_serang);
    perform pg_temp.step(v_programme, 'PENCANANGAN', 'PEMBANGUNAN', 'WBK', 'Berita acara pencanangan terlampir.',
        'staf.bps-kab-serang', timestamptz '2020-07-06 09:00+07', 'APPROVED', 'inspektorat.bps',
        timestamptz '2020-07-10 15:30+07', null);

    -- Balai Besar POM di Serang: designated WBK.
    v_programme := pg_temp.programme('balai-besar-pom-serang', v_bbpom);
    perform pg_temp.step(v_programme, 'PENCANANGAN', 'PEMBANGUNAN', 'WBK', 'Pencanangan 27 April 2021.',
        'staf.bbpom-serang', timestamptz '2021-05-03 09:00+07', 'APPROVED', 'inspektorat.bpom',
        timestamptz '2021-05-07 10:00+07', null);
    perform pg_temp.step(v_programme, 'PEMBANGUNAN', 'PENGUSULAN', 'WBK', 'Rencana aksi enam area perubahan tuntas.',
        'staf.bbpom-serang', timestamptz '2022-03-01 09:00+07', 'APPROVED', 'inspektorat.bpom',
        timestamptz '2022-03-15 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENGUSULAN', 'PENILAIAN', 'WBK', 'LKE dan LHE TPI terlampir.',
        'staf.bbpom-serang', timestamptz '2022-05-02 09:00+07', 'APPROVED', 'inspektorat.bpom',
        timestamptz '2022-05-20 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENILAIAN', 'PENETAPAN', 'WBK', 'Hasil evaluasi TPN diterima.',
        'staf.bbpom-serang', timestamptz '2022-11-01 09:00+07', 'APPROVED', 'inspektorat.bpom',
        timestamptz '2022-11-10 10:00+07', null);
    perform pg_temp.designate(v_programme, 'WBK', 'SK MenPAN-RB (data demo) Nomor DEMO/WBK/2022/031',
        date '2022-12-07', 'inspektorat.bpom');

    -- BPS Provinsi Sumatera Selatan: WBK held, now towards WBBM, with its request to penetapan waiting.
    v_programme := pg_temp.programme('bps-provinsi-sumatera-selatan', v_bps_sumsel);
    perform pg_temp.step(v_programme, 'PENCANANGAN', 'PEMBANGUNAN', 'WBK', null,
        'staf.bps-sumsel', timestamptz '2020-06-15 09:00+07', 'APPROVED', 'inspektorat.bps',
        timestamptz '2020-06-19 10:00+07', null);
    perform pg_temp.step(v_programme, 'PEMBANGUNAN', 'PENGUSULAN', 'WBK', null,
        'staf.bps-sumsel', timestamptz '2021-02-01 09:00+07', 'APPROVED', 'inspektorat.bps',
        timestamptz '2021-02-12 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENGUSULAN', 'PENILAIAN', 'WBK', null,
        'staf.bps-sumsel', timestamptz '2021-04-05 09:00+07', 'APPROVED', 'inspektorat.bps',
        timestamptz '2021-04-16 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENILAIAN', 'PENETAPAN', 'WBK', null,
        'staf.bps-sumsel', timestamptz '2021-11-01 09:00+07', 'APPROVED', 'inspektorat.bps',
        timestamptz '2021-11-12 10:00+07', null);
    perform pg_temp.designate(v_programme, 'WBK', 'SK MenPAN-RB (data demo) Nomor DEMO/WBK/2021/118',
        date '2021-12-08', 'inspektorat.bps');
    perform pg_temp.step(v_programme, 'PENETAPAN', 'PEMBANGUNAN', 'WBBM', 'Memulai siklus menuju WBBM.',
        'staf.bps-sumsel', timestamptz '2022-02-07 09:00+07', 'APPROVED', 'inspektorat.bps',
        timestamptz '2022-02-11 10:00+07', null);
    perform pg_temp.step(v_programme, 'PEMBANGUNAN', 'PENGUSULAN', 'WBBM', null,
        'staf.bps-sumsel', timestamptz '2023-03-06 09:00+07', 'APPROVED', 'inspektorat.bps',
        timestamptz '2023-03-17 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENGUSULAN', 'PENILAIAN', 'WBBM', 'LKE WBBM: nilai TPI 87,4.',
        'staf.bps-sumsel', timestamptz '2023-05-08 09:00+07', 'APPROVED', 'inspektorat.bps',
        timestamptz '2023-05-19 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENILAIAN', 'PENETAPAN', 'WBBM',
        'Hasil evaluasi TPN untuk WBBM telah diterima; mohon persetujuan tahap penetapan.',
        'staf.bps-sumsel', now() - interval '3 days', null, null, null, null);

    -- Disdukcapil Kabupaten Serang: WBK designated, then revoked (fictional), building again.
    v_programme := pg_temp.programme('disdukcapil-kabupaten-serang', v_dukcapil);
    perform pg_temp.step(v_programme, 'PENCANANGAN', 'PEMBANGUNAN', 'WBK', null,
        'staf.disdukcapil-serang', timestamptz '2020-09-21 09:00+07', 'APPROVED', 'inspektorat.pemkab-serang',
        timestamptz '2020-09-25 10:00+07', null);
    perform pg_temp.step(v_programme, 'PEMBANGUNAN', 'PENGUSULAN', 'WBK', null,
        'staf.disdukcapil-serang', timestamptz '2021-03-01 09:00+07', 'APPROVED', 'inspektorat.pemkab-serang',
        timestamptz '2021-03-12 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENGUSULAN', 'PENILAIAN', 'WBK', null,
        'staf.disdukcapil-serang', timestamptz '2021-04-05 09:00+07', 'REJECTED', 'inspektorat.pemkab-serang',
        timestamptz '2021-04-16 10:00+07',
        '(Data demo) Nilai area Penguatan Pengawasan di bawah 60% dari bobot; perlu pendampingan.');
    perform pg_temp.step(v_programme, 'PEMBANGUNAN', 'PENGUSULAN', 'WBK', null,
        'staf.disdukcapil-serang', timestamptz '2022-02-01 09:00+07', 'APPROVED', 'inspektorat.pemkab-serang',
        timestamptz '2022-02-11 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENGUSULAN', 'PENILAIAN', 'WBK', null,
        'staf.disdukcapil-serang', timestamptz '2022-04-04 09:00+07', 'APPROVED', 'inspektorat.pemkab-serang',
        timestamptz '2022-04-15 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENILAIAN', 'PENETAPAN', 'WBK', null,
        'staf.disdukcapil-serang', timestamptz '2022-11-01 09:00+07', 'APPROVED', 'inspektorat.pemkab-serang',
        timestamptz '2022-11-11 10:00+07', null);
    perform pg_temp.designate(v_programme, 'WBK', 'SK MenPAN-RB (data demo) Nomor DEMO/WBK/2022/207',
        date '2022-12-07', 'inspektorat.pemkab-serang');
    update designation
    set revoked_at = timestamptz '2024-08-20 10:00+07', revoked_by = 'inspektorat.pemkab-serang',
        revocation_reason = '(Data demo) Evaluasi ulang: indeks persepsi kualitas pelayanan turun di bawah batas minimum.',
        revocation_decree = 'SK MenPAN-RB (data demo) Nomor DEMO/CABUT/2024/004'
    where programme_id = v_programme;
    insert into stage_change (programme_id, from_stage, to_stage, cause, reason, changed_by, changed_at)
    values (v_programme, 'PENETAPAN', 'PEMBANGUNAN', 'PREDICATE_REVOKED',
            '(Data demo) Evaluasi ulang: indeks persepsi kualitas pelayanan turun di bawah batas minimum.',
            'inspektorat.pemkab-serang', timestamptz '2024-08-20 10:00+07');
    update zi_programme set stage = 'PEMBANGUNAN', held_predicate = null, target_predicate = 'WBK'
    where id = v_programme;
    perform pg_temp.audit('inspektorat.pemkab-serang', 'REVIEWER', 'PREDICATE_REVOKED', 'ZiProgramme', v_programme,
        pg_temp.unit('disdukcapil-kabupaten-serang'), 'WBK — SK MenPAN-RB (data demo) Nomor DEMO/CABUT/2024/004',
        timestamptz '2024-08-20 10:00+07');

    -- Diskominfosatik Kabupaten Serang: at pengusulan, its proposal returned for revision.
    v_programme := pg_temp.programme('diskominfosatik-kabupaten-serang', v_kominfo);
    perform pg_temp.step(v_programme, 'PENCANANGAN', 'PEMBANGUNAN', 'WBK', null,
        'staf.diskominfosatik-serang', timestamptz '2021-03-15 09:00+07', 'APPROVED', 'inspektorat.pemkab-serang',
        timestamptz '2021-03-19 10:00+07', null);
    perform pg_temp.step(v_programme, 'PEMBANGUNAN', 'PENGUSULAN', 'WBK', 'Rencana aksi dan monitoring bulanan terlampir.',
        'staf.diskominfosatik-serang', timestamptz '2024-02-05 09:00+07', 'APPROVED', 'inspektorat.pemkab-serang',
        timestamptz '2024-02-16 10:00+07', null);
    perform pg_temp.step(v_programme, 'PENGUSULAN', 'PENILAIAN', 'WBK', 'LKE mandiri terlampir.',
        'staf.diskominfosatik-serang', now() - interval '12 days', 'RETURNED', 'inspektorat.pemkab-serang',
        now() - interval '9 days',
        '(Data demo) Lampirkan bukti survei kepuasan masyarakat semester terakhir sebelum diajukan kembali.');
end;
$$;
