-- directory: the abbreviations and short names people type for government bodies and regions
-- (BBPOM, Dukcapil, Kominfo, Pemkab, Kanwil, Sumsel …), each with what it stands for as it is
-- written in names (folded: lower case, no accents). A word of a search also finds the names
-- that contain what it stands for. Kept as data: an administrator adds more at /admin/singkatan.
create table search_abbreviation (
    abbreviation varchar(40)  not null,
    expansion    varchar(200) not null,
    added_by     varchar(100) not null default 'system',
    added_at     timestamptz  not null default now(),
    primary key (abbreviation, expansion),
    constraint search_abbreviation_format check (abbreviation ~ '^[a-z0-9]{2,40}$'),
    constraint search_abbreviation_expansion_folded check (btrim(expansion) <> '' and expansion = lower(expansion))
);

insert into search_abbreviation (abbreviation, expansion) values
    ('bbpom', 'balai besar pom'), ('bbpom', 'balai besar pengawas obat dan makanan'),
    ('bpom', 'pengawas obat dan makanan'), ('bpom', ' pom '), ('lpom', 'loka pom'),
    ('dukcapil', 'kependudukan dan pencatatan sipil'), ('disdukcapil', 'kependudukan dan pencatatan sipil'),
    ('kominfo', 'komunikasi, informatika'), ('kominfo', 'komunikasi dan informatika'),
    ('diskominfo', 'komunikasi, informatika'), ('diskominfo', 'komunikasi dan informatika'),
    ('diskominfosatik', 'komunikasi, informatika, persandian dan statistik'),
    ('kemenkumham', 'hukum dan hak asasi manusia'), ('kumham', 'hukum dan hak asasi manusia'),
    ('kanwil', 'kantor wilayah'), ('pemkab', 'pemerintah kabupaten'), ('pemkot', 'pemerintah kota'),
    ('pemko', 'pemerintah kota'), ('pemprov', 'pemerintah provinsi'), ('setda', 'sekretariat daerah'),
    ('kab', 'kabupaten'), ('prov', 'provinsi'), ('bps', 'badan pusat statistik'),
    ('kkp', 'kelautan dan perikanan'), ('bkipm', 'karantina ikan'), ('kipm', 'karantina ikan'),
    ('kpp', 'kantor pelayanan pajak'), ('rsud', 'rumah sakit umum daerah'), ('dinkes', 'dinas kesehatan'),
    ('disdik', 'dinas pendidikan'), ('bpn', 'badan pertanahan nasional'), ('bpn', 'pertanahan'),
    ('lapas', 'lembaga pemasyarakatan'), ('rutan', 'rumah tahanan'), ('polres', 'kepolisian resor'),
    ('kejari', 'kejaksaan negeri'), ('kejati', 'kejaksaan tinggi'), ('inspektorat', 'inspektorat'),
    ('sumsel', 'sumatera selatan'), ('sumut', 'sumatera utara'), ('sumbar', 'sumatera barat'),
    ('jabar', 'jawa barat'), ('jateng', 'jawa tengah'), ('jatim', 'jawa timur'), ('kalbar', 'kalimantan barat'),
    ('kalteng', 'kalimantan tengah'), ('kalsel', 'kalimantan selatan'), ('kaltim', 'kalimantan timur'),
    ('kaltara', 'kalimantan utara'), ('sulsel', 'sulawesi selatan'), ('sulteng', 'sulawesi tengah'),
    ('sulut', 'sulawesi utara'), ('sultra', 'sulawesi tenggara'), ('sulbar', 'sulawesi barat'),
    ('ntb', 'nusa tenggara barat'), ('ntt', 'nusa tenggara timur'), ('diy', 'yogyakarta'),
    ('dki', 'jakarta'), ('babel', 'bangka belitung'), ('kepri', 'kepulauan riau');

-- Searches read it: a change is a change of the public data (V10).
create constraint trigger search_abbreviation_public_data_changed
    after insert or update or delete on search_abbreviation
    deferrable initially deferred for each row execute function public_data_changed();
