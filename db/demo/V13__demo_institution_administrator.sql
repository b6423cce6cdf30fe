-- An institution administrator for BPS: manages BPS's units, accounts and TPI teams, nothing
-- else (the password is the demo accounts' own, listed in the README).
insert into account (username, display_name, email, password_hash)
select 'admin.bps', 'Admin Instansi BPS', 'admin@bps.portal-zi.example', password_hash
from account where username = 'admin';

insert into account_role (account_id, role)
select id, 'INSTITUTION_ADMIN' from account where username = 'admin.bps';

insert into account_institution (account_id, institution_id)
select a.id, i.id from account a, institution i where a.username = 'admin.bps' and i.code = 'BPS';
