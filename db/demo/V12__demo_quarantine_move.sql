-- Seed 001's Stasiun KIPM Tanjungbalai–Asahan declared under KKP (its BKIPM) in 2021; since 2023
-- the quarantine stations belong to the Badan Karantina Indonesia, established by Perpres 45/2023.
-- The unit moves there with its whole history; the day of the transfer is a demo value (the
-- article and the domain notes give only the year). Its reviewers are now Barantin's.
insert into institution (code, name, kind, region_code)
values ('BARANTIN', 'Badan Karantina Indonesia', 'KEMENTERIAN_LEMBAGA', null);

insert into work_unit_move (work_unit_id, from_institution_id, to_institution_id, moved_on, legal_basis, recorded_by)
select u.id, u.institution_id, b.id, date '2023-07-01',
       'Peraturan Presiden Nomor 45 Tahun 2023 tentang Badan Karantina Indonesia (tanggal perpindahan: data demo)',
       'admin'
from work_unit u, institution b
where u.slug = 'stasiun-kipm-tanjungbalai-asahan' and b.code = 'BARANTIN';

update work_unit set institution_id = (select id from institution where code = 'BARANTIN'), version = version + 1
where slug = 'stasiun-kipm-tanjungbalai-asahan';

insert into account (username, display_name, email, password_hash)
select 'inspektorat.barantin', 'Inspektorat Badan Karantina Indonesia', 'inspektorat@karantina.portal-zi.example',
       password_hash
from account where username = 'inspektorat.kkp';

insert into account_role (account_id, role)
select id, 'REVIEWER' from account where username = 'inspektorat.barantin';

insert into account_institution (account_id, institution_id)
select a.id, i.id from account a, institution i where a.username = 'inspektorat.barantin' and i.code = 'BARANTIN';
