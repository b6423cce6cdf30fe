-- Regions, institutions (instansi) and work units (unit kerja).
-- Region codes are the Kemendagri codes: two digits for a province, province.regency for a
-- regency (kabupaten) or city (kota).

create table region (
    code        varchar(5)   primary key,
    name        varchar(120) not null,
    kind        varchar(10)  not null,
    parent_code varchar(5)   references region (code),
    constraint region_kind_check check (kind in ('PROVINSI', 'KABUPATEN', 'KOTA')),
    constraint region_code_format_check check (
        (kind = 'PROVINSI' and code ~ '^[0-9]{2}$' and parent_code is null)
        or (kind in ('KABUPATEN', 'KOTA') and code ~ '^[0-9]{2}\.[0-9]{2}$'
            and parent_code = substring(code from 1 for 2))),
    constraint region_name_not_blank check (btrim(name) <> ''),
    constraint region_name_unique_in_parent unique (parent_code, name)
);

create index region_parent_idx on region (parent_code);

create table institution (
    id          bigint generated always as identity primary key,
    code        varchar(30)  not null,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    region_code varchar(5)   references region (code),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    constraint institution_code_unique unique (code),
    constraint institution_name_unique unique (name),
    constraint institution_code_format check (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    constraint institution_name_not_blank check (btrim(name) <> ''),
    constraint institution_kind_check check (kind in ('KEMENTERIAN_LEMBAGA', 'PROVINSI', 'KABUPATEN_KOTA')),
    -- A regional government belongs to its region; a ministry or agency is national.
    constraint institution_region_check check (
        (kind = 'KEMENTERIAN_LEMBAGA' and region_code is null)
        or (kind <> 'KEMENTERIAN_LEMBAGA' and region_code is not null))
);

create index institution_region_idx on institution (region_code);

create table work_unit (
    id             bigint generated always as identity primary key,
    institution_id bigint       not null references institution (id),
    name           varchar(200) not null,
    slug           varchar(120) not null,
    region_code    varchar(5)   not null references region (code),
    address        varchar(300),
    staff_count    integer      not null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    constraint work_unit_slug_unique unique (slug),
    constraint work_unit_name_unique_in_institution unique (institution_id, name),
    constraint work_unit_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint work_unit_name_not_blank check (btrim(name) <> ''),
    constraint work_unit_staff_count_check check (staff_count between 1 and 100000)
);

create index work_unit_institution_idx on work_unit (institution_id);
create index work_unit_region_idx on work_unit (region_code);

-- The 38 provinces (Kepmendagri 100.1.1-6117/2022 and later).
insert into region (code, name, kind) values
    ('11', 'Aceh', 'PROVINSI'),
    ('12', 'Sumatera Utara', 'PROVINSI'),
    ('13', 'Sumatera Barat', 'PROVINSI'),
    ('14', 'Riau', 'PROVINSI'),
    ('15', 'Jambi', 'PROVINSI'),
    ('16', 'Sumatera Selatan', 'PROVINSI'),
    ('17', 'Bengkulu', 'PROVINSI'),
    ('18', 'Lampung', 'PROVINSI'),
    ('19', 'Kepulauan Bangka Belitung', 'PROVINSI'),
    ('21', 'Kepulauan Riau', 'PROVINSI'),
    ('31', 'DKI Jakarta', 'PROVINSI'),
    ('32', 'Jawa Barat', 'PROVINSI'),
    ('33', 'Jawa Tengah', 'PROVINSI'),
    ('34', 'Daerah Istimewa Yogyakarta', 'PROVINSI'),
    ('35', 'Jawa Timur', 'PROVINSI'),
    ('36', 'Banten', 'PROVINSI'),
    ('51', 'Bali', 'PROVINSI'),
    ('52', 'Nusa Tenggara Barat', 'PROVINSI'),
    ('53', 'Nusa Tenggara Timur', 'PROVINSI'),
    ('61', 'Kalimantan Barat', 'PROVINSI'),
    ('62', 'Kalimantan Tengah', 'PROVINSI'),
    ('63', 'Kalimantan Selatan', 'PROVINSI'),
    ('64', 'Kalimantan Timur', 'PROVINSI'),
    ('65', 'Kalimantan Utara', 'PROVINSI'),
    ('71', 'Sulawesi Utara', 'PROVINSI'),
    ('72', 'Sulawesi Tengah', 'PROVINSI'),
    ('73', 'Sulawesi Selatan', 'PROVINSI'),
    ('74', 'Sulawesi Tenggara', 'PROVINSI'),
    ('75', 'Gorontalo', 'PROVINSI'),
    ('76', 'Sulawesi Barat', 'PROVINSI'),
    ('81', 'Maluku', 'PROVINSI'),
    ('82', 'Maluku Utara', 'PROVINSI'),
    ('91', 'Papua', 'PROVINSI'),
    ('92', 'Papua Barat', 'PROVINSI'),
    ('93', 'Papua Selatan', 'PROVINSI'),
    ('94', 'Papua Tengah', 'PROVINSI'),
    ('95', 'Papua Pegunungan', 'PROVINSI'),
    ('96', 'Papua Barat Daya', 'PROVINSI');

-- Regencies and cities of Banten, and those of the other provinces that the portal's first
-- units sit in. Further regions are added by later migrations.
insert into region (code, name, kind, parent_code) values
    ('36.01', 'Kabupaten Pandeglang', 'KABUPATEN', '36'),
    ('36.02', 'Kabupaten Lebak', 'KABUPATEN', '36'),
    ('36.03', 'Kabupaten Tangerang', 'KABUPATEN', '36'),
    ('36.04', 'Kabupaten Serang', 'KABUPATEN', '36'),
    ('36.71', 'Kota Tangerang', 'KOTA', '36'),
    ('36.72', 'Kota Cilegon', 'KOTA', '36'),
    ('36.73', 'Kota Serang', 'KOTA', '36'),
    ('36.74', 'Kota Tangerang Selatan', 'KOTA', '36'),
    ('12.08', 'Kabupaten Asahan', 'KABUPATEN', '12'),
    ('12.71', 'Kota Sibolga', 'KOTA', '12'),
    ('12.72', 'Kota Tanjungbalai', 'KOTA', '12'),
    ('12.73', 'Kota Pematangsiantar', 'KOTA', '12'),
    ('12.74', 'Kota Tebing Tinggi', 'KOTA', '12'),
    ('12.75', 'Kota Medan', 'KOTA', '12'),
    ('16.71', 'Kota Palembang', 'KOTA', '16'),
    ('16.72', 'Kota Prabumulih', 'KOTA', '16'),
    ('16.73', 'Kota Pagar Alam', 'KOTA', '16'),
    ('16.74', 'Kota Lubuklinggau', 'KOTA', '16');
