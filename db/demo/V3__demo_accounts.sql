-- Demo accounts (demo mode only), all with the password Demo-ZI-2026! (listed in the README).
-- Outside demo mode no account exists until the first administrator is created from the
-- environment (PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD).

insert into account (username, display_name, email, password_hash)
select username, display_name, email,
       '{bcrypt}$2a$10$Z14r/DHzdqAfDOj.wQ4I8e.3wl4yRL5r0iPclO/0ScYcuWvhHSmta'
from (values
    ('admin', 'Administrator Portal', 'admin@portal-zi.example'),
    ('staf.bbpom-serang', 'Tim Kerja ZI Balai Besar POM di Serang', 'zi.bbpom-serang@portal-zi.example'),
    ('staf.bps-kab-serang', 'Tim Kerja ZI BPS Kabupaten Serang', 'zi.bps-kab-serang@portal-zi.example'),
    ('staf.kipm-tanjungbalai', 'Tim Kerja ZI Stasiun KIPM Tanjungbalai–Asahan', 'zi.kipm-tanjungbalai@portal-zi.example'),
    ('staf.bps-sumsel', 'Tim Kerja ZI BPS Provinsi Sumatera Selatan', 'zi.bps-sumsel@portal-zi.example'),
    ('staf.disdukcapil-serang', 'Tim Kerja ZI Disdukcapil Kabupaten Serang', 'zi.disdukcapil-serang@portal-zi.example'),
    ('staf.diskominfosatik-serang', 'Tim Kerja ZI Diskominfosatik Kabupaten Serang', 'zi.diskominfosatik-serang@portal-zi.example'),
    ('inspektorat.bpom', 'Inspektorat Utama BPOM', 'inspektorat@bpom.portal-zi.example'),
    ('inspektorat.bps', 'Inspektorat Utama BPS', 'inspektorat@bps.portal-zi.example'),
    ('inspektorat.kkp', 'Inspektorat Jenderal KKP', 'inspektorat@kkp.portal-zi.example'),
    ('inspektorat.pemkab-serang', 'Inspektorat Kabupaten Serang', 'inspektorat@serangkab.portal-zi.example')
) as a (username, display_name, email);

insert into account_role (account_id, role)
select a.id, case when a.username = 'admin' then 'ADMIN'
                  when a.username like 'staf.%' then 'AGENCY_STAFF'
                  else 'REVIEWER' end
from account a;

insert into account_work_unit (account_id, work_unit_id)
select a.id, u.id
from (values
    ('staf.bbpom-serang', 'balai-besar-pom-serang'),
    ('staf.bps-kab-serang', 'bps-kabupaten-serang'),
    ('staf.kipm-tanjungbalai', 'stasiun-kipm-tanjungbalai-asahan'),
    ('staf.bps-sumsel', 'bps-provinsi-sumatera-selatan'),
    ('staf.disdukcapil-serang', 'disdukcapil-kabupaten-serang'),
    ('staf.diskominfosatik-serang', 'diskominfosatik-kabupaten-serang')
) as s (username, slug)
join account a on a.username = s.username
join work_unit u on u.slug = s.slug;

insert into account_institution (account_id, institution_id)
select a.id, i.id
from (values
    ('inspektorat.bpom', 'BPOM'),
    ('inspektorat.bps', 'BPS'),
    ('inspektorat.kkp', 'KKP'),
    ('inspektorat.pemkab-serang', 'PEMKAB-SERANG')
) as r (username, code)
join account a on a.username = r.username
join institution i on i.code = r.code;
