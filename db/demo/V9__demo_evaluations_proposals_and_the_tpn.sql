-- The demo with each transition made by its own actor (domain.md, "Who moves a unit from one
-- stage to the next"): the inspektorat's LHE, the instansi head's proposal, the TPN's result and
-- the Minister's decree. The demo's history written before V26 is rewritten to match: the moves
-- after pembangunan were requests decided by inspektorat reviewers; they become the LHE, the
-- proposal and the TPN's result that made them, with their records (the audit trail keeps what
-- was written then). And this year's period shows every step: a unit whose LHE failed the gate
-- (Disdukcapil), one not designated by the TPN (BPS Sumatera Selatan, WBBM 2023) and proposed
-- again this year, waiting for the TPN, and BPS Kabupaten Serang building.
-- Letters, LHEs and decrees are fictional and marked "(data demo)".

-- New roles: the instansi heads of BPS and BPOM, a TPN evaluator, a national administrator,
-- and the team leads of the BPOM and Kabupaten Serang inspektorats.
insert into account (username, display_name, email, password_hash)
select a.username, a.display_name, a.email, (select password_hash from account where username = 'inspektorat.bps')
from (values
    ('pimpinan.bps', 'Kepala BPS (data demo)', 'pimpinan@bps.portal-zi.example'),
    ('pimpinan.bpom', 'Kepala BPOM (data demo)', 'pimpinan@bpom.portal-zi.example'),
    ('tpn.kemenpanrb', 'Tim Penilai Nasional KemenPAN-RB', 'tpn@menpan.portal-zi.example'),
    ('admin.nasional', 'Administrator Nasional', 'admin.nasional@menpan.portal-zi.example'),
    ('inspektorat.bpom.ketua', 'Ketua Tim TPI BPOM', 'ketua.tpi@bpom.portal-zi.example'),
    ('inspektorat.pemkab-serang.ketua', 'Ketua Tim TPI Kabupaten Serang', 'ketua.tpi@serangkab.portal-zi.example')
) as a (username, display_name, email);

insert into account_role (account_id, role)
select a.id, r.role
from (values ('pimpinan.bps', 'INSTANSI_HEAD'), ('pimpinan.bpom', 'INSTANSI_HEAD'), ('tpn.kemenpanrb', 'TPN'),
             ('admin.nasional', 'ADMIN'), ('inspektorat.bpom.ketua', 'REVIEWER'),
             ('inspektorat.pemkab-serang.ketua', 'REVIEWER')) as r (username, role)
join account a on a.username = r.username;

insert into account_institution (account_id, institution_id)
select a.id, i.id
from (values ('pimpinan.bps', 'BPS'), ('pimpinan.bpom', 'BPOM'), ('inspektorat.bpom.ketua', 'BPOM'),
             ('inspektorat.pemkab-serang.ketua', 'PEMKAB-SERANG')) as s (username, code)
join account a on a.username = s.username
join institution i on i.code = s.code;

-- Stable, so that a comparison with them is evaluated once and can use an index: on a large
-- database (bench/) a volatile call per row of lke_answer took minutes.
create or replace function pg_temp.unit(p_slug text) returns bigint language sql stable as
$$ select id from work_unit where slug = p_slug $$;

create or replace function pg_temp.programme(p_slug text) returns bigint language sql stable as
$$ select id from zi_programme where work_unit_id = pg_temp.unit(p_slug) $$;

create or replace function pg_temp.assessment(p_slug text, p_year int) returns bigint language sql stable as
$$ select id from lke_assessment where work_unit_id = pg_temp.unit(p_slug) and period_year = p_year $$;

create or replace function pg_temp.note(p_actor text, p_role text, p_action text, p_type text, p_id text, p_unit bigint,
                             p_summary text, p_at timestamptz) returns void language sql as
$$
    insert into audit_entry (occurred_at, actor, actor_role, action, object_type, object_id, work_unit_id, summary)
    values (p_at, p_actor, p_role, p_action, p_type, p_id, p_unit, p_summary)
$$;

-- A letter or decree: a small PDF that is no unit's document.
create or replace function pg_temp.record_pdf(p_file_name text, p_title text, p_by text, p_at timestamptz) returns bigint
    language plpgsql as
$$
declare
    v_content bytea := convert_to('%PDF-1.4' || chr(10) || '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj' || chr(10)
                                      || '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj' || chr(10) || '% (Data demo) '
                                      || p_title || chr(10) || 'trailer<</Root 1 0 R>>' || chr(10) || '%%EOF'
                                      || chr(10), 'LATIN1');
    v_sha     text  := encode(sha256(v_content), 'hex');
    v_id      bigint;
begin
    insert into document_content (sha256, media_type, size_bytes, content)
    values (v_sha, 'application/pdf', octet_length(v_content), v_content)
    on conflict do nothing;
    insert into document (work_unit_id, content_sha256, file_name, uploaded_by, uploaded_at)
    values (null, v_sha, p_file_name, p_by, p_at)
    returning id into v_id;
    return v_id;
end;
$$;

-- An evaluator's answers: the unit's own, accepted; in p_weak_area (if given), the worst option
-- of each option question, not accepted. The first change of each is kept, as the application
-- keeps it. Returns the evaluation.
create or replace function pg_temp.evaluate(p_slug text, p_year int, p_evaluator text, p_by text, p_at timestamptz,
                                 p_weak_area text) returns bigint
    language plpgsql as
$$
declare
    v_assessment bigint := pg_temp.assessment(p_slug, p_year);
    v_version    bigint := (select version_id from lke_assessment where id = v_assessment);
    v_evaluation bigint;
begin
    insert into lke_evaluation (assessment_id, version_id, evaluator, started_at, started_by)
    values (v_assessment, v_version, p_evaluator, p_at - interval '10 days', p_by)
    returning id into v_evaluation;
    insert into lke_evaluation_answer (evaluation_id, version_id, question_id, option_id, value, numbers, note, stands,
                                       answered_at, answered_by)
    select v_evaluation, v_version, a.question_id,
           coalesce(w.id, a.option_id), coalesce(w.value, a.value),
           coalesce((select jsonb_object_agg(n.name, trim_scale(n.value)::text) from lke_answer_number n
                     where n.assessment_id = a.assessment_id and n.question_id = a.question_id), '{}'),
           case when w.id is not null then '(Data demo) Bukti dukung belum menunjukkan pelaksanaan.' end,
           w.id is null, p_at - interval '2 days', p_by
    from lke_answer a
    join lke_question q on q.id = a.question_id
    join lke_sub_area s on s.id = q.sub_area_id
    join lke_area r on r.id = s.area_id
    left join lateral (select o.id, o.value from lke_option o
                       where o.question_id = a.question_id and r.code = p_weak_area
                       order by o.position desc limit 1) w on true
    where a.assessment_id = v_assessment;
    insert into lke_evaluation_answer_change (evaluation_id, question_id, changed_at, changed_by, after_state)
    select x.evaluation_id, x.question_id, x.answered_at, x.answered_by,
           jsonb_strip_nulls(jsonb_build_object('option', o.letter,
                                                'numbers', case when x.numbers <> '{}' then x.numbers end,
                                                'justification', x.note, 'value', x.value::text,
                                                'stands', x.stands))
    from lke_evaluation_answer x
    left join lke_option o on o.id = x.option_id
    where x.evaluation_id = v_evaluation;
    return v_evaluation;
end;
$$;

-- The TPI's LHE: the evaluator's answers, approved by the team's lead.
create or replace function pg_temp.lhe(p_slug text, p_year int, p_evaluator text, p_lead text, p_number text, p_on date,
                            p_weak_area text) returns void
    language plpgsql as
$$
declare
    v_at         timestamptz := p_on + time '14:00' at time zone 'Asia/Jakarta';
    v_evaluation bigint      := pg_temp.evaluate(p_slug, p_year, 'TPI', p_evaluator, v_at, p_weak_area);
begin
    update lke_evaluation set status = 'APPROVED', lhe_number = p_number, lhe_date = p_on, approved_at = v_at,
                              approved_by = p_lead
    where id = v_evaluation;
    perform pg_temp.note(p_lead, 'REVIEWER', 'LHE_APPROVED', 'LkeAssessment',
                         pg_temp.assessment(p_slug, p_year)::text, pg_temp.unit(p_slug),
                         'LHE ' || p_number || ' (' || p_year || ')', v_at);
end;
$$;

-- A move once made by a request and a reviewer's decision becomes the move its evaluation made;
-- the request and its decision go.
create or replace function pg_temp.made_by(p_slug text, p_from text, p_to text, p_cause text, p_by text, p_reason text,
                                p_year int) returns void
    language plpgsql as
$$
declare
    v_change  record;
begin
    select c.id, c.request_id into v_change
    from stage_change c
    where c.programme_id = pg_temp.programme(p_slug) and c.from_stage = p_from and c.to_stage = p_to
      and extract(year from c.changed_at at time zone 'Asia/Jakarta') = p_year
    order by c.changed_at limit 1;
    update stage_change set cause = p_cause, changed_by = p_by, reason = p_reason, request_id = null
    where id = v_change.id;
    perform pg_temp.drop_request(v_change.request_id);
end;
$$;

create or replace function pg_temp.drop_request(p_request bigint) returns void
    language plpgsql as
$$
begin
    update stage_change set request_id = null where request_id = p_request and cause not in ('REQUEST_APPROVED',
                                                                                             'ASSESSMENT_FAILED');
    delete from stage_change where request_id = p_request;
    delete from stage_request_document where request_id = p_request;
    delete from stage_request_resubmission where request_id = p_request;
    delete from stage_request_decision where request_id = p_request;
    delete from stage_request where id = p_request;
end;
$$;

-- An instansi head's proposal of units, with its letters. Returns the proposal.
create or replace function pg_temp.propose(p_code text, p_year int, p_letter text, p_on date, p_head text, p_at timestamptz,
                                p_slugs text[]) returns bigint
    language plpgsql as
$$
declare
    v_proposal bigint;
begin
    insert into proposal (institution_id, period_year, letter_number, letter_date, cover_letter_document_id,
                          sptjm_document_id, proposed_by, proposed_at)
    values ((select id from institution where code = p_code), p_year, p_letter, p_on,
            pg_temp.record_pdf('surat-pengantar-usulan-zi-' || p_year || '.pdf', 'Surat pengantar ' || p_letter,
                               p_head, p_at),
            pg_temp.record_pdf('sptjm-usulan-zi-' || p_year || '.pdf', 'SPTJM ' || p_letter, p_head, p_at),
            p_head, p_at)
    returning id into v_proposal;
    insert into proposed_unit (proposal_id, work_unit_id, period_year, predicate, lhe_number)
    select v_proposal, u.id, p_year, p.target_predicate, r.lhe_number
    from work_unit u
    join zi_programme p on p.work_unit_id = u.id
    join lhe_register r on r.work_unit_id = u.id and r.period_year = p_year
    where u.slug = any (p_slugs);
    perform pg_temp.note(p_head, 'INSTANSI_HEAD', 'PROPOSAL_SUBMITTED', 'Proposal', v_proposal::text, null,
                         'Proposal ' || p_letter || ' (' || p_year || ')', p_at);
    return v_proposal;
end;
$$;

create or replace function pg_temp.tpn_outcome(p_slug text, p_year int, p_selection text, p_notes text, p_selected_at timestamptz,
                                    p_result text, p_reason text, p_decided_at timestamptz) returns void
    language sql as
$$
    update proposed_unit
    set selection = p_selection, selection_notes = p_notes, selected_by = 'tpn.kemenpanrb', selected_at = p_selected_at,
        result = p_result, result_reason = p_reason,
        decided_by = case when p_result is not null then 'tpn.kemenpanrb' end, decided_at = p_decided_at
    where work_unit_id = pg_temp.unit(p_slug) and period_year = p_year
$$;

-- The Minister's decree as the TPN recorded it, with its file.
create or replace function pg_temp.decree(p_slug text, p_predicate text) returns void
    language sql as
$$
    update designation d
    set recorded_by = 'tpn.kemenpanrb',
        decree_document_id = pg_temp.record_pdf('sk-menpan-rb-' || lower(d.predicate) || '-' || d.period_year || '.pdf',
                                                d.decree_number, 'tpn.kemenpanrb', d.recorded_at)
    where d.programme_id = pg_temp.programme(p_slug) and d.predicate = p_predicate
$$;

do
$$
declare
    v_year int := extract(year from now() at time zone 'Asia/Jakarta');
    v_assessment bigint;
    v_version bigint;
    v_programme bigint;
begin
    -- Balai Besar POM di Serang, 2022: LHE, proposal, designated WBK.
    perform pg_temp.lhe('balai-besar-pom-serang', 2022, 'inspektorat.bpom', 'inspektorat.bpom.ketua',
                        'LHE-12/IU/III/2022 (data demo)', date '2022-03-14', null);
    perform pg_temp.made_by('balai-besar-pom-serang', 'PEMBANGUNAN', 'PENGUSULAN', 'LHE_APPROVED',
                            'inspektorat.bpom.ketua', 'LHE LHE-12/IU/III/2022 (data demo)', 2022);
    perform pg_temp.propose('BPOM', 2022, 'B-0412/BPOM/V/2022 (data demo)', date '2022-05-19', 'pimpinan.bpom',
                            timestamptz '2022-05-20 10:00+07', array['balai-besar-pom-serang']);
    perform pg_temp.made_by('balai-besar-pom-serang', 'PENGUSULAN', 'PENILAIAN', 'PROPOSED', 'pimpinan.bpom',
                            'Usulan B-0412/BPOM/V/2022 (data demo)', 2022);
    perform pg_temp.evaluate('balai-besar-pom-serang', 2022, 'TPN', 'tpn.kemenpanrb', timestamptz '2022-09-15 10:00+07',
                             null);
    perform pg_temp.tpn_outcome('balai-besar-pom-serang', 2022, 'LOLOS', null, timestamptz '2022-06-20 10:00+07',
                                'DESIGNATED', null, timestamptz '2022-12-09 10:00+07');
    perform pg_temp.made_by('balai-besar-pom-serang', 'PENILAIAN', 'PENETAPAN', 'DESIGNATED', 'tpn.kemenpanrb',
                            'WBK — SK MenPAN-RB (data demo) Nomor DEMO/WBK/2022/031', 2022);
    perform pg_temp.decree('balai-besar-pom-serang', 'WBK');

    -- BPS Provinsi Sumatera Selatan: WBK in 2021; proposed for WBBM in 2023, not designated.
    perform pg_temp.lhe('bps-provinsi-sumatera-selatan', 2021, 'inspektorat.bps', 'inspektorat.bps.ketua',
                        'LHE-07/IU/II/2021 (data demo)', date '2021-02-11', null);
    perform pg_temp.made_by('bps-provinsi-sumatera-selatan', 'PEMBANGUNAN', 'PENGUSULAN', 'LHE_APPROVED',
                            'inspektorat.bps.ketua', 'LHE LHE-07/IU/II/2021 (data demo)', 2021);
    perform pg_temp.propose('BPS', 2021, 'B-118/BPS/IV/2021 (data demo)', date '2021-04-14', 'pimpinan.bps',
                            timestamptz '2021-04-16 10:00+07', array['bps-provinsi-sumatera-selatan']);
    perform pg_temp.made_by('bps-provinsi-sumatera-selatan', 'PENGUSULAN', 'PENILAIAN', 'PROPOSED', 'pimpinan.bps',
                            'Usulan B-118/BPS/IV/2021 (data demo)', 2021);
    perform pg_temp.tpn_outcome('bps-provinsi-sumatera-selatan', 2021, 'LOLOS', null, timestamptz '2021-06-14 10:00+07',
                                'DESIGNATED', null, timestamptz '2021-12-10 10:00+07');
    perform pg_temp.made_by('bps-provinsi-sumatera-selatan', 'PENILAIAN', 'PENETAPAN', 'DESIGNATED', 'tpn.kemenpanrb',
                            'WBK — SK MenPAN-RB (data demo) Nomor DEMO/WBK/2021/118', 2021);
    perform pg_temp.decree('bps-provinsi-sumatera-selatan', 'WBK');
    perform pg_temp.lhe('bps-provinsi-sumatera-selatan', 2023, 'inspektorat.bps', 'inspektorat.bps.ketua',
                        'LHE-09/IU/III/2023 (data demo)', date '2023-03-16', null);
    perform pg_temp.made_by('bps-provinsi-sumatera-selatan', 'PEMBANGUNAN', 'PENGUSULAN', 'LHE_APPROVED',
                            'inspektorat.bps.ketua', 'LHE LHE-09/IU/III/2023 (data demo)', 2023);
    perform pg_temp.propose('BPS', 2023, 'B-221/BPS/V/2023 (data demo)', date '2023-05-17', 'pimpinan.bps',
                            timestamptz '2023-05-19 10:00+07', array['bps-provinsi-sumatera-selatan']);
    perform pg_temp.made_by('bps-provinsi-sumatera-selatan', 'PENGUSULAN', 'PENILAIAN', 'PROPOSED', 'pimpinan.bps',
                            'Usulan B-221/BPS/V/2023 (data demo)', 2023);
    perform pg_temp.evaluate('bps-provinsi-sumatera-selatan', 2023, 'TPN', 'tpn.kemenpanrb',
                             timestamptz '2023-10-02 10:00+07', 'F');
    update lke_evaluation set field_notes = '(Data demo) Kunjungan lapangan 26–27 September 2023: standar pelayanan '
        || 'belum dipublikasikan di ruang layanan; survei kepuasan belum ditindaklanjuti.'
    where evaluator = 'TPN' and assessment_id = pg_temp.assessment('bps-provinsi-sumatera-selatan', 2023);
    perform pg_temp.tpn_outcome('bps-provinsi-sumatera-selatan', 2023, 'LOLOS_CATATAN',
                                '(Data demo) Lengkapi bukti tindak lanjut survei kepuasan masyarakat.',
                                timestamptz '2023-06-12 10:00+07', 'NOT_DESIGNATED',
                                '(Data demo) Nilai TPN area Peningkatan Kualitas Pelayanan Publik di bawah 75% bobotnya.',
                                timestamptz '2023-12-05 10:00+07');
    v_programme := pg_temp.programme('bps-provinsi-sumatera-selatan');
    insert into stage_change (programme_id, from_stage, to_stage, cause, reason, changed_by, changed_at)
    values (v_programme, 'PENILAIAN', 'PEMBANGUNAN', 'NOT_DESIGNATED',
            '(Data demo) Nilai TPN area Peningkatan Kualitas Pelayanan Publik di bawah 75% bobotnya.',
            'tpn.kemenpanrb', timestamptz '2023-12-05 10:00+07');
    update zi_programme set stage = 'PEMBANGUNAN', updated_at = timestamptz '2023-12-05 10:00+07'
    where id = v_programme;
    -- The request for penetapan it made in the old way goes with the moves it asked for.
    perform pg_temp.drop_request(r.id)
    from stage_request r where r.programme_id = v_programme and r.from_stage = 'PENILAIAN';

    -- Disdukcapil Kabupaten Serang: its 2021 LHE failed the gate (it stayed at pembangunan);
    -- WBK in 2022, revoked by the TPN in 2024; this year's LHE fails the gate again.
    v_programme := pg_temp.programme('disdukcapil-kabupaten-serang');
    perform pg_temp.drop_request(r.id)
    from stage_request r
    where r.programme_id = v_programme and extract(year from r.requested_at) = 2021 and r.from_stage <> 'PENCANANGAN';
    perform pg_temp.lhe('disdukcapil-kabupaten-serang', 2021, 'inspektorat.pemkab-serang',
                        'inspektorat.pemkab-serang.ketua', 'LHE-700/021/INSP/2021 (data demo)', date '2021-03-12', null);
    perform pg_temp.made_by('disdukcapil-kabupaten-serang', 'PEMBANGUNAN', 'PENGUSULAN', 'LHE_APPROVED',
                            'inspektorat.pemkab-serang.ketua', 'LHE LHE-700/044/INSP/2022 (data demo)', 2022);
    perform pg_temp.propose('PEMKAB-SERANG', 2022, '061/118-Disdukcapil/2022 (data demo)', date '2022-04-12',
                            'pimpinan.pemkab-serang', timestamptz '2022-04-15 10:00+07',
                            array[]::text[]);
    insert into proposed_unit (proposal_id, work_unit_id, period_year, predicate, lhe_number, selection, selected_by,
                               selected_at, result, decided_by, decided_at)
    select p.id, pg_temp.unit('disdukcapil-kabupaten-serang'), 2022, 'WBK', 'LHE-700/044/INSP/2022 (data demo)',
           'LOLOS', 'tpn.kemenpanrb', timestamptz '2022-06-20 10:00+07', 'DESIGNATED', 'tpn.kemenpanrb',
           timestamptz '2022-12-09 10:00+07'
    from proposal p where p.letter_number = '061/118-Disdukcapil/2022 (data demo)';
    perform pg_temp.made_by('disdukcapil-kabupaten-serang', 'PENGUSULAN', 'PENILAIAN', 'PROPOSED',
                            'pimpinan.pemkab-serang', 'Usulan 061/118-Disdukcapil/2022 (data demo)', 2022);
    perform pg_temp.made_by('disdukcapil-kabupaten-serang', 'PENILAIAN', 'PENETAPAN', 'DESIGNATED', 'tpn.kemenpanrb',
                            'WBK — SK MenPAN-RB (data demo) Nomor DEMO/WBK/2022/207', 2022);
    perform pg_temp.decree('disdukcapil-kabupaten-serang', 'WBK');
    update designation
    set revoked_by = 'tpn.kemenpanrb', revocation_date = date '2024-08-19',
        revocation_document_id = pg_temp.record_pdf('sk-menpan-rb-pencabutan-2024.pdf', revocation_decree,
                                                     'tpn.kemenpanrb', revoked_at)
    where programme_id = v_programme and revoked_at is not null;
    update stage_change set changed_by = 'tpn.kemenpanrb'
    where programme_id = v_programme and cause = 'PREDICATE_REVOKED';
    -- This year: the unit finishes and submits its LKE; the TPI finds Penguatan Pengawasan weak.
    v_assessment := pg_temp.assessment('disdukcapil-kabupaten-serang', v_year);
    v_version := (select version_id from lke_assessment where id = v_assessment);
    insert into lke_answer (assessment_id, version_id, question_id, option_id, value, justification, answered_at,
                            answered_by)
    select v_assessment, v_version, a.question_id, a.option_id, a.value, a.justification, now() - interval '12 days',
           'staf.disdukcapil-serang'
    from lke_answer a
    where a.assessment_id = pg_temp.assessment('disdukcapil-kabupaten-serang', 2021)
      and not exists (select 1 from lke_answer x where x.assessment_id = v_assessment and x.question_id = a.question_id);
    insert into lke_answer_number (assessment_id, question_id, name, value)
    select v_assessment, n.question_id, n.name, n.value
    from lke_answer_number n
    where n.assessment_id = pg_temp.assessment('disdukcapil-kabupaten-serang', 2021)
      and not exists (select 1 from lke_answer_number x where x.assessment_id = v_assessment
                                                         and x.question_id = n.question_id);
    insert into lke_answer_change (assessment_id, question_id, changed_at, changed_by, before_state, after_state)
    select a.assessment_id, a.question_id, a.answered_at, a.answered_by, null,
           jsonb_strip_nulls(jsonb_build_object('option', o.letter, 'justification', a.justification,
                                                'value', a.value::text))
    from lke_answer a
    left join lke_option o on o.id = a.option_id
    where a.assessment_id = v_assessment
      and not exists (select 1 from lke_answer_change c where c.assessment_id = a.assessment_id
                                                         and c.question_id = a.question_id);
    update lke_assessment set status = 'SUBMITTED', submitted_at = now() - interval '10 days',
                              submitted_by = 'staf.disdukcapil-serang'
    where id = v_assessment;
    insert into tpi_team_member (work_unit_id, period_year, username, role, assigned_by, assigned_at)
    values (pg_temp.unit('disdukcapil-kabupaten-serang'), v_year, 'inspektorat.pemkab-serang', 'EVALUATOR',
            'inspektorat.pemkab-serang.ketua', now() - interval '20 days'),
           (pg_temp.unit('disdukcapil-kabupaten-serang'), v_year, 'inspektorat.pemkab-serang.ketua', 'LEAD',
            'inspektorat.pemkab-serang.ketua', now() - interval '20 days');
    perform pg_temp.lhe('disdukcapil-kabupaten-serang', v_year, 'inspektorat.pemkab-serang',
                        'inspektorat.pemkab-serang.ketua', 'LHE-700/' || v_year || '/INSP-03 (data demo)',
                        (now() at time zone 'Asia/Jakarta')::date - 3, 'E');

    -- Diskominfosatik Kabupaten Serang: its 2024 LHE brought it to pengusulan; it was not
    -- proposed in 2024 and waits for this year's LHE.
    perform pg_temp.lhe('diskominfosatik-kabupaten-serang', 2024, 'inspektorat.pemkab-serang',
                        'inspektorat.pemkab-serang.ketua', 'LHE-700/015/INSP/2024 (data demo)', date '2024-02-15', null);
    perform pg_temp.made_by('diskominfosatik-kabupaten-serang', 'PEMBANGUNAN', 'PENGUSULAN', 'LHE_APPROVED',
                            'inspektorat.pemkab-serang.ketua', 'LHE LHE-700/015/INSP/2024 (data demo)', 2024);
    perform pg_temp.drop_request(r.id)
    from stage_request r
    where r.programme_id = pg_temp.programme('diskominfosatik-kabupaten-serang') and r.from_stage = 'PENGUSULAN';

    -- BPS Provinsi Sumatera Selatan towards WBBM again: this year's LKE, its LHE meeting the
    -- WBBM minimums, proposed by the head of BPS, waiting for the TPN's selection.
    v_programme := pg_temp.programme('bps-provinsi-sumatera-selatan');
    v_version := (select version_id from lke_assessment
                  where id = pg_temp.assessment('bps-provinsi-sumatera-selatan', 2023));
    insert into lke_assessment (work_unit_id, period_year, version_id, started_at, started_by)
    values (pg_temp.unit('bps-provinsi-sumatera-selatan'), v_year, v_version, now() - interval '40 days',
            'staf.bps-sumsel')
    returning id into v_assessment;
    insert into lke_answer (assessment_id, version_id, question_id, option_id, value, justification, answered_at,
                            answered_by)
    select v_assessment, v_version, a.question_id, coalesce(b.id, a.option_id), coalesce(b.value, a.value),
           '(Data demo) Bukti ' || v_year || ' terlampir.', now() - interval '25 days', 'staf.bps-sumsel'
    from lke_answer a
    left join lateral (select o.id, o.value from lke_option o where o.question_id = a.question_id
                       order by o.position limit 1) b on true
    where a.assessment_id = pg_temp.assessment('bps-provinsi-sumatera-selatan', 2023);
    insert into lke_answer_number (assessment_id, question_id, name, value)
    select v_assessment, n.question_id, n.name, n.value
    from lke_answer_number n where n.assessment_id = pg_temp.assessment('bps-provinsi-sumatera-selatan', 2023);
    insert into lke_answer_change (assessment_id, question_id, changed_at, changed_by, before_state, after_state)
    select a.assessment_id, a.question_id, a.answered_at, a.answered_by, null,
           jsonb_strip_nulls(jsonb_build_object('option', o.letter, 'justification', a.justification,
                                                'value', a.value::text))
    from lke_answer a left join lke_option o on o.id = a.option_id
    where a.assessment_id = v_assessment;
    insert into lke_evidence (assessment_id, version_id, question_id, document_id, attached_at, attached_by)
    select v_assessment, v_version, e.question_id, e.document_id, now() - interval '24 days', 'staf.bps-sumsel'
    from lke_evidence e where e.assessment_id = pg_temp.assessment('bps-provinsi-sumatera-selatan', 2023);
    update lke_assessment set status = 'SUBMITTED', submitted_at = now() - interval '20 days',
                              submitted_by = 'staf.bps-sumsel'
    where id = v_assessment;
    perform pg_temp.lhe('bps-provinsi-sumatera-selatan', v_year, 'inspektorat.bps', 'inspektorat.bps.ketua',
                        'LHE-31/IU/' || v_year || ' (data demo)', (now() at time zone 'Asia/Jakarta')::date - 5, null);
    insert into stage_change (programme_id, from_stage, to_stage, cause, reason, changed_by, changed_at)
    values (v_programme, 'PEMBANGUNAN', 'PENGUSULAN', 'LHE_APPROVED', 'LHE LHE-31/IU/' || v_year || ' (data demo)',
            'inspektorat.bps.ketua', now() - interval '5 days');
    perform pg_temp.propose('BPS', v_year, 'B-0388/BPS/' || v_year || ' (data demo)',
                            (now() at time zone 'Asia/Jakarta')::date - 1, 'pimpinan.bps', now() - interval '1 day',
                            array['bps-provinsi-sumatera-selatan']);
    insert into stage_change (programme_id, from_stage, to_stage, cause, reason, changed_by, changed_at)
    values (v_programme, 'PENGUSULAN', 'PENILAIAN', 'PROPOSED', 'Usulan B-0388/BPS/' || v_year || ' (data demo)',
            'pimpinan.bps', now() - interval '1 day');
    update zi_programme set stage = 'PENILAIAN', updated_at = now() - interval '1 day' where id = v_programme;
end
$$;
