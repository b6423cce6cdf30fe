-- The public's surveys of BPS Kabupaten Serang this year: an SPKP survey answered with receipt
-- codes (120 responses, two of them flagged as duplicates) and an SPAK survey answered from the
-- counter's QR code (90 responses), spread over the year so far. The answers are generated (data
-- demo), pseudo-randomly but the same at every installation: mostly 3 and 4, some respondents
-- more generous than others.
insert into survey (work_unit_id, period_year, kind, public_code, access, population, counter_key, created_at,
                    created_by)
select u.id, extract(year from now() at time zone 'Asia/Jakarta')::int, s.kind, s.code, s.access, s.population,
       md5(random()::text) || md5(random()::text), date_trunc('year', now()), 'staf.bps-kab-serang'
from work_unit u
cross join (values ('SPKP', 'demo-bps-serang-spkp', 'RECEIPT', 4200),
                   ('SPAK', 'demo-bps-serang-spak', 'COUNTER', null)) as s (kind, code, access, population)
where u.slug = 'bps-kabupaten-serang';

insert into survey_response (survey_id, version_id, submitted_at, quarter, answers, mean, service, source, flag)
select s.id, v.id, r.at, extract(quarter from r.at at time zone 'Asia/Jakarta')::int, r.answers,
       (select avg(a) from unnest(r.answers) a), r.service, 'PORTAL',
       case when s.kind = 'SPKP' and g in (7, 8) then 'DUPLICATE' end
from survey s
join survey_version v on v.kind = s.kind and v.number = 1
cross join generate_series(1, 120) g
cross join lateral (
    select greatest(date_trunc('year', now()) + interval '2 days', now() - (g * 11 / 4 + 1) * interval '1 day') as at,
           array_agg((case when h < 45 + lean * 12 then 4 when h < 88 + lean * 4 then 3 when h < 97 then 2 else 1 end)
                     ::smallint order by i) as answers,
           (array['Konsultasi statistik', 'Permintaan data', 'Perpustakaan', null])[1 + g % 4] as service
    from generate_series(1, (select count(*) from survey_item i where i.version_id = v.id)::int) i,
         lateral (select abs(hashtext(s.kind || ':' || g || ':' || i)) % 100 as h,
                         abs(hashtext(s.kind || ':' || g)) % 3 - 1 as lean) x
) r
where s.public_code in ('demo-bps-serang-spkp', 'demo-bps-serang-spak')
  and (s.kind = 'SPKP' or g <= 90);
