-- Demo data (demo mode only, never a production migration): the institutions and units of
-- the five seed articles. Staff counts and addresses are illustrative values.

insert into institution (code, name, kind, region_code) values
    ('BPOM', 'Badan Pengawas Obat dan Makanan', 'KEMENTERIAN_LEMBAGA', null),
    ('KKP', 'Kementerian Kelautan dan Perikanan', 'KEMENTERIAN_LEMBAGA', null),
    ('BPS', 'Badan Pusat Statistik', 'KEMENTERIAN_LEMBAGA', null),
    ('PEMPROV-BANTEN', 'Pemerintah Provinsi Banten', 'PROVINSI', '36'),
    ('PEMPROV-SUMSEL', 'Pemerintah Provinsi Sumatera Selatan', 'PROVINSI', '16'),
    ('PEMKAB-SERANG', 'Pemerintah Kabupaten Serang', 'KABUPATEN_KOTA', '36.04'),
    ('PEMKO-TANJUNGBALAI', 'Pemerintah Kota Tanjungbalai', 'KABUPATEN_KOTA', '12.72');

insert into work_unit (institution_id, name, slug, region_code, address, staff_count)
select i.id, u.name, u.slug, u.region_code, u.address, u.staff_count
from (values
    ('BPOM', 'Balai Besar POM di Serang', 'balai-besar-pom-serang', '36.73',
        'Jl. Syekh Nawawi Al Bantani, Kota Serang, Banten', 96),
    ('KKP', 'Stasiun KIPM Tanjungbalai–Asahan', 'stasiun-kipm-tanjungbalai-asahan', '12.72',
        'Kota Tanjungbalai, Sumatera Utara', 34),
    ('BPS', 'BPS Kabupaten Serang', 'bps-kabupaten-serang', '36.04',
        'Kecamatan Ciruas, Kabupaten Serang, Banten', 48),
    ('BPS', 'BPS Provinsi Banten', 'bps-provinsi-banten', '36.73',
        'Kota Serang, Banten', 118),
    ('BPS', 'BPS Provinsi Sumatera Selatan', 'bps-provinsi-sumatera-selatan', '16.71',
        'Kota Palembang, Sumatera Selatan', 142),
    ('PEMPROV-BANTEN', 'Inspektorat Provinsi Banten', 'inspektorat-provinsi-banten', '36.73',
        'KP3B Curug, Kota Serang, Banten', 112),
    ('PEMPROV-SUMSEL', 'Sekretariat Daerah Provinsi Sumatera Selatan', 'setda-provinsi-sumatera-selatan', '16.71',
        'Kota Palembang, Sumatera Selatan', 410),
    ('PEMKAB-SERANG', 'Inspektorat Kabupaten Serang', 'inspektorat-kabupaten-serang', '36.04',
        'Kabupaten Serang, Banten', 64),
    ('PEMKAB-SERANG', 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang', 'disdukcapil-kabupaten-serang', '36.04',
        'Kabupaten Serang, Banten', 87),
    ('PEMKAB-SERANG', 'Dinas Komunikasi, Informatika, Persandian dan Statistik Kabupaten Serang',
        'diskominfosatik-kabupaten-serang', '36.04', 'Kabupaten Serang, Banten', 58),
    ('PEMKO-TANJUNGBALAI', 'Sekretariat Daerah Kota Tanjungbalai', 'setda-kota-tanjungbalai', '12.72',
        'Kantor Wali Kota Tanjungbalai, Sumatera Utara', 205)
) as u (institution_code, name, slug, region_code, address, staff_count)
join institution i on i.code = u.institution_code;
