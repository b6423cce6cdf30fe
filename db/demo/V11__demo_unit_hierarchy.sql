-- Seed 003: BPS Kabupaten Serang is a unit of BPS Provinsi Banten (which took part in its
-- declaration). The hierarchy of seed 004 (BPS Provinsi Sumatera Selatan with the BPS of every
-- regency and city of the province) comes with the declarations that cover several units.
update work_unit set parent_id = (select id from work_unit where slug = 'bps-provinsi-banten')
where slug = 'bps-kabupaten-serang';
