-- A second BPS inspektorat account, so that BPS's units can have a whole TPI team (an
-- evaluator and a lead who is not the evaluator), and this year's teams for them.
insert into account (username, display_name, email, password_hash)
select 'inspektorat.bps.ketua', 'Ketua Tim TPI BPS', 'ketua.tpi@bps.portal-zi.example', password_hash
from account where username = 'inspektorat.bps';

insert into account_role (account_id, role)
select id, 'REVIEWER' from account where username = 'inspektorat.bps.ketua';

insert into account_institution (account_id, institution_id)
select a.id, i.id from account a, institution i where a.username = 'inspektorat.bps.ketua' and i.code = 'BPS';

insert into tpi_team_member (work_unit_id, period_year, username, role, assigned_by, assigned_at)
select u.id, extract(year from now() at time zone 'Asia/Jakarta')::int, m.username, m.role, 'inspektorat.bps.ketua', now()
from work_unit u
cross join (values ('inspektorat.bps', 'EVALUATOR'), ('inspektorat.bps.ketua', 'LEAD')) as m (username, role)
where u.slug in ('bps-kabupaten-serang', 'bps-provinsi-sumatera-selatan');
