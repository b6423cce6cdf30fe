-- Demo self-assessments (LKE) for the units at pembangunan and later, under the bundled
-- instrument PermenPAN-RB 90/2021, so that every LKE screen has something to show on first
-- start: submitted ones in the years the units were proposed (their scores fit what
-- happened next), and this year's in progress. The answers are generated, not real: each
-- unit's "completeness" (share of questions answered) and "quality" (share of best answers)
-- decide them, deterministically, by a hash of the unit and the question. Values follow the
-- instrument exactly: an option's value, or n/20 for the ratio questions (all their inputs
-- are chosen so), or index/4 for the survey indices. Every answer has its first change kept,
-- as the application keeps it; evidence documents are small PDFs in the unit's library.

create function pg_temp.demo_pdf(p_title text) returns bytea
    language sql as
$$
select convert_to('%PDF-1.4' || chr(10) || '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj' || chr(10)
                      || '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj' || chr(10) || '% (Data demo) ' || p_title
                      || chr(10) || 'trailer<</Root 1 0 R>>' || chr(10) || '%%EOF' || chr(10), 'LATIN1');
$$;

-- A document in the unit's evidence library.
create function pg_temp.demo_document(p_unit bigint, p_file_name text, p_by text, p_at timestamptz) returns bigint
    language plpgsql as
$$
declare
    v_content bytea := pg_temp.demo_pdf(p_unit || ' ' || p_file_name);
    v_sha     text  := encode(sha256(v_content), 'hex');
    v_id      bigint;
begin
    insert into document_content (sha256, media_type, size_bytes, content)
    values (v_sha, 'application/pdf', octet_length(v_content), v_content)
    on conflict do nothing;
    insert into document (work_unit_id, content_sha256, file_name, uploaded_by, uploaded_at)
    values (p_unit, v_sha, p_file_name, p_by, p_at)
    returning id into v_id;
    return v_id;
end;
$$;

-- A whole self-assessment: started, answered as far as p_completeness (percent), with
-- p_quality (percent) of best answers, evidence on most answered questions, the areas taken
-- by the unit's team account, and submitted at p_submitted_at when given.
create function pg_temp.demo_lke(p_slug text, p_year int, p_completeness int, p_quality int,
                                 p_started_at timestamptz, p_submitted_at timestamptz, p_staff text)
    returns void
    language plpgsql as
$$
declare
    v_unit       bigint := (select id from work_unit where slug = p_slug);
    v_version    bigint := (select id from lke_version where name = 'PermenPAN-RB 90/2021');
    v_assessment bigint;
    v_area       record;
    v_document   bigint;
begin
    insert into lke_assessment (work_unit_id, period_year, version_id, started_at, started_by)
    values (v_unit, p_year, v_version, p_started_at, p_staff)
    returning id into v_assessment;

    -- Which questions are answered, and how well: 0 best, 1 middling, 2 worst.
    create temporary table demo_answer on commit drop as
    select q.id as question_id, q.code, q.answer_type, s.part,
           -- capaian kinerja, a single question worth 5 points, follows the unit's quality
           case when s.part = 'CAPAIAN_KINERJA' then case when p_quality >= 75 then 0 when p_quality >= 60 then 1 else 2 end
                when abs(hashtext(p_slug || p_year || q.code || 'q')) % 100 < p_quality then 0
                when abs(hashtext(p_slug || p_year || q.code || 'm')) % 2 = 0 then 1
                else 2 end as grade,
           -- n of 20 for the ratio questions
           least(20, greatest(0, round(20 * p_quality / 100.0)::int
               + abs(hashtext(p_slug || p_year || q.code || 'n')) % 5 - 2)) as n,
           -- the survey index, 1 to 4, two decimals
           least(4.00, round((2.85 + p_quality / 100.0 + (abs(hashtext(p_slug || p_year || q.code)) % 20) / 100.0)::numeric, 2)) as survey_index,
           p_started_at + (abs(hashtext(p_slug || p_year || q.code || 't')) % 60) * interval '1 day'
               + (abs(hashtext(p_slug || p_year || q.code || 'h')) % 480) * interval '1 minute' as answered_at
    from lke_question q
    join lke_sub_area s on s.id = q.sub_area_id
    where q.version_id = v_version
      and abs(hashtext(p_slug || p_year || q.code || 'a')) % 100 < p_completeness;

    update demo_answer
    set answered_at = greatest(p_started_at, least(answered_at, coalesce(p_submitted_at, now()) - interval '1 hour'));

    -- Option questions: the best option, the one after it, or the last.
    insert into lke_answer (assessment_id, version_id, question_id, option_id, value, justification, answered_at,
                            answered_by)
    select v_assessment, v_version, d.question_id, o.id, o.value,
           case when d.grade = 0 then '(Data demo) Didukung dokumen pada daftar bukti pertanyaan ' || d.code || '.'
                when d.grade = 1 then '(Data demo) Sebagian sudah berjalan; tindak lanjut dijadwalkan.' end,
           d.answered_at, p_staff
    from demo_answer d
    join lateral (select o.id, o.value
                  from lke_option o
                  where o.question_id = d.question_id
                  order by case d.grade when 0 then o.position
                                        when 1 then abs(o.position - 2)
                                        else -o.position end
                  limit 1) o on true
    where d.answer_type <> 'NUMERIC';

    -- Numeric questions: every input, and the value n/20 (or index/4).
    insert into lke_answer (assessment_id, version_id, question_id, value, justification, answered_at, answered_by)
    select v_assessment, v_version, d.question_id,
           case when d.part in ('IPAK', 'IPKP') then trim_scale(d.survey_index / 4) else trim_scale(d.n / 20.0) end,
           case when d.part in ('IPAK', 'IPKP') then '(Data demo) Laporan survei ' || p_year || ' terlampir.'
                else '(Data demo) Rekapitulasi per ' || to_char(d.answered_at, 'DD-MM-YYYY') || '.' end,
           d.answered_at, p_staff
    from demo_answer d
    where d.answer_type = 'NUMERIC';

    insert into lke_answer_number (assessment_id, question_id, name, value)
    select v_assessment, d.question_id, i.name,
           case when d.part in ('IPAK', 'IPKP') then d.survey_index
                when i.role like 'numerator%' then d.n
                when i.role like 'denominator part%' then case i.position % 3 when 1 then 2 when 2 then 8 else 10 end
                when i.role like 'denominator%' or i.role like 'baseline%' then 20
                else 20 - d.n end
    from demo_answer d
    join lke_numeric_input i on i.question_id = d.question_id
    where d.answer_type = 'NUMERIC';

    -- The first change of every answer, as the application keeps it.
    insert into lke_answer_change (assessment_id, question_id, changed_at, changed_by, before_state, after_state)
    select a.assessment_id, a.question_id, a.answered_at, a.answered_by, null,
           jsonb_strip_nulls(jsonb_build_object(
               'option', o.letter,
               'numbers', (select jsonb_object_agg(n.name, trim_scale(n.value)::text)
                           from lke_answer_number n
                           where n.assessment_id = a.assessment_id and n.question_id = a.question_id),
               'justification', a.justification,
               'value', a.value::text))
    from lke_answer a
    left join lke_option o on o.id = a.option_id
    where a.assessment_id = v_assessment;

    -- Evidence: a document per sub-area half, attached to most answered questions of it.
    for v_area in
        select distinct on (left(s.code, 3)) left(s.code, 3) as half, s.name
        from lke_sub_area s
        where s.version_id = v_version
        order by left(s.code, 3), s.position
    loop
        v_document := pg_temp.demo_document(v_unit,
            left(v_area.half || ' ' || regexp_replace(v_area.name, '[/\\<>:"|?*]', '-', 'g'), 150) || ' ' || p_year
                || '.pdf', p_staff, p_started_at + interval '2 days');
        insert into lke_evidence (assessment_id, version_id, question_id, document_id, attached_at, attached_by)
        select v_assessment, v_version, a.question_id, v_document, a.answered_at, p_staff
        from lke_answer a
        join lke_question q on q.id = a.question_id
        join lke_sub_area s on s.id = q.sub_area_id
        where a.assessment_id = v_assessment
          and (left(s.code, 3) = v_area.half or s.code = v_area.half)
          and abs(hashtext(p_slug || p_year || q.code || 'e')) % 100 < 85;
    end loop;

    insert into lke_area_assignment (assessment_id, area_code, username)
    select v_assessment, a.code, p_staff
    from lke_area a
    where a.version_id = v_version;

    if p_submitted_at is not null then
        update lke_assessment set status = 'SUBMITTED', submitted_at = p_submitted_at, submitted_by = p_staff
        where id = v_assessment;
    end if;

    drop table demo_answer;
end;
$$;

do
$$
declare
    v_this_year int := extract(year from now() at time zone 'Asia/Jakarta');
begin
    -- Proposed for WBK in 2022 (and designated): a strong self-assessment.
    perform pg_temp.demo_lke('balai-besar-pom-serang', 2022, 100, 84, timestamptz '2022-01-10 09:00+07',
                             timestamptz '2022-04-25 10:00+07', 'staf.bbpom-serang');
    -- WBK in 2021, then WBBM in 2023.
    perform pg_temp.demo_lke('bps-provinsi-sumatera-selatan', 2021, 100, 82, timestamptz '2020-11-02 09:00+07',
                             timestamptz '2021-01-25 10:00+07', 'staf.bps-sumsel');
    perform pg_temp.demo_lke('bps-provinsi-sumatera-selatan', 2023, 100, 93, timestamptz '2022-12-05 09:00+07',
                             timestamptz '2023-02-27 10:00+07', 'staf.bps-sumsel');
    -- Proposed in 2021 and refused (Penguatan Pengawasan too low); this year's under way.
    perform pg_temp.demo_lke('disdukcapil-kabupaten-serang', 2021, 100, 58, timestamptz '2020-12-01 09:00+07',
                             timestamptz '2021-02-22 10:00+07', 'staf.disdukcapil-serang');
    perform pg_temp.demo_lke('disdukcapil-kabupaten-serang', v_this_year, 70, 72,
                             least(make_timestamptz(v_this_year, 1, 6, 9, 0, 0, 'Asia/Jakarta'), now() - interval '2 days'), null,
                             'staf.disdukcapil-serang');
    -- Proposed in 2024; this year's nearly complete, its request returned for the survey report.
    perform pg_temp.demo_lke('diskominfosatik-kabupaten-serang', 2024, 100, 80, timestamptz '2023-11-06 09:00+07',
                             timestamptz '2024-01-29 10:00+07', 'staf.diskominfosatik-serang');
    perform pg_temp.demo_lke('diskominfosatik-kabupaten-serang', v_this_year, 92, 80,
                             least(make_timestamptz(v_this_year, 1, 8, 9, 0, 0, 'Asia/Jakarta'), now() - interval '2 days'), null,
                             'staf.diskominfosatik-serang');
    -- Building towards WBK: this year's self-assessments in progress.
    perform pg_temp.demo_lke('bps-kabupaten-serang', v_this_year, 45, 76,
                             least(make_timestamptz(v_this_year, 1, 13, 9, 0, 0, 'Asia/Jakarta'), now() - interval '2 days'), null,
                             'staf.bps-kab-serang');
    perform pg_temp.demo_lke('stasiun-kipm-tanjungbalai-asahan', v_this_year, 20, 66,
                             least(make_timestamptz(v_this_year, 2, 3, 9, 0, 0, 'Asia/Jakarta'), now() - interval '2 days'), null,
                             'staf.kipm-tanjungbalai');
end
$$;

-- BPS's own evidence checklist for the first questions of Manajemen Perubahan (not part of
-- the regulation: each institution writes its own), with BPS Kabupaten Serang's ticks.
insert into lke_checklist_item (institution_id, question_id, position, text)
select i.id, q.id, c.position, c.text
from (values ('PPA1A', 1, 'SK Kepala BPS tentang Tim Kerja Pembangunan Zona Integritas'),
             ('PPA1A', 2, 'Daftar anggota tim dan unsur yang diwakili'),
             ('PPA1B', 1, 'Notulen rapat penentuan anggota tim'),
             ('PPA1B', 2, 'Kriteria pemilihan anggota tim'),
             ('PPA2A', 1, 'Dokumen rencana kerja pembangunan ZI tahun berjalan'),
             ('PPA2A', 2, 'Bukti penetapan rencana kerja oleh pimpinan')) as c (code, position, text)
join institution i on i.code = 'BPS'
join lke_question q on q.code = c.code
join lke_version v on v.id = q.version_id and v.name = 'PermenPAN-RB 90/2021';

insert into lke_checklist_tick (assessment_id, item_id, ticked_at, ticked_by)
select s.id, c.id, s.started_at + interval '3 days', 'staf.bps-kab-serang'
from lke_assessment s
join work_unit u on u.id = s.work_unit_id and u.slug = 'bps-kabupaten-serang'
join lke_checklist_item c on c.position = 1
join institution i on i.id = c.institution_id and i.code = 'BPS';
