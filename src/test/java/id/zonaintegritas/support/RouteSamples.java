package id.zonaintegritas.support;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.zonaintegritas.declaration.DeclarationAmendment;
import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.pact.PactSigningDetails;
import id.zonaintegritas.pact.SigningRole;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Existing objects for every path variable of the portal's routes, all fresh and
 * throw-away, so that tests walking every route (access, hostile input) reach real
 * objects and change nothing the demo data or other tests rely on: an account, an
 * institution, a unit whose declaration was submitted and amended once, one of its
 * documents, a stage request waiting with that document as evidence, and this year's
 * self-assessment with the same document as evidence of question PPA1A.
 */
public final class RouteSamples {

	private final Map<String, String> ids;

	private RouteSamples(Map<String, String> ids) {
		this.ids = ids;
	}

	public static RouteSamples of(long unit, Actor staff, JdbcTemplate jdbc, DocumentService documents,
			DeclarationService declarations, PactService pact) {
		String throwaway = TestData.staffOf(jdbc, unit).username();
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("/admin/akun/", String
			.valueOf(jdbc.queryForObject("select id from account where username = ?", Long.class, throwaway)));
		ids.put("/admin/instansi/",
				String.valueOf(jdbc.queryForObject(
						"insert into institution (code, name, kind) values (?, ?, 'KEMENTERIAN_LEMBAGA') returning id",
						Long.class, "UJI-" + unit, "Instansi Uji " + unit)));
		ids.put("/admin/unit-kerja/", String.valueOf(unit));
		ids.put("{unitId}", String.valueOf(unit));
		ids.put("{slug}", jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit));
		long document = documents.upload(unit, "bukti.pdf", TestData.pdf("rute " + unit), staff).id();
		ids.put("{documentId}", String.valueOf(document));
		Declarations.declareAndSign(declarations, pact, unit, staff);
		DeclarationView declared = declarations.latestSubmitted(unit).orElseThrow();
		declarations.amend(unit, 1,
				new DeclarationAmendment(
						new DeclarationDetails(declared.declaredOn(), "Aula Baru", declared.officialName(),
								declared.officialPosition(), declared.targetPredicate(), null, null),
						declared.witnesses(), declared.pressLinks(), "Tempat salah ketik"),
				staff);
		ids.put("{revision}", "1");
		// Two signings: the walk removes one, and corrects the other after that.
		long declarationId = declarations.latestSubmitted(unit).orElseThrow().id();
		ids.put("{signingId}/hapus", String.valueOf(pact.record(declarationId, unit,
				new PactSigningDetails("Pegawai Hapus", null, "Analis", SigningRole.PEGAWAI, LocalDate.of(2025, 1, 15)),
				staff)
			.id()) + "/hapus");
		ids.put("{signingId}", String.valueOf(pact.record(declarationId, unit,
				new PactSigningDetails("Pegawai Uji", null, "Analis", SigningRole.PEGAWAI, LocalDate.of(2025, 1, 15)),
				staff)
			.id()));
		long programme = jdbc.queryForObject(
				"insert into zi_programme (work_unit_id, stage) values (?, 'PENCANANGAN') returning id", Long.class,
				unit);
		long request = jdbc.queryForObject("""
				insert into stage_request (programme_id, from_stage, to_stage, target_predicate, status, requested_by,
				                           requested_at)
				values (?, 'PENCANANGAN', 'PEMBANGUNAN', 'WBK', 'SUBMITTED', ?, now()) returning id
				""", Long.class, programme, staff.username());
		jdbc.update("insert into stage_request_document (request_id, document_id) values (?, ?)", request, document);
		ids.put("{requestId}", String.valueOf(request));
		// This year's self-assessment, with the document as evidence of its first
		// question.
		long version = jdbc.queryForObject(
				"select id from lke_version where status = 'PUBLISHED' order by published_at desc, id desc limit 1",
				Long.class);
		long assessment = jdbc.queryForObject("""
				insert into lke_assessment (work_unit_id, period_year, version_id, started_at, started_by)
				values (?, extract(year from now() at time zone 'Asia/Jakarta'), ?, now(), ?) returning id
				""", Long.class, unit, version, staff.username());
		jdbc.update("""
				insert into lke_evidence (assessment_id, version_id, question_id, document_id, attached_at, attached_by)
				select ?, ?, q.id, ?, now(), ? from lke_question q where q.version_id = ? and q.code = 'PPA1A'
				""", assessment, version, document, staff.username(), version);
		// Submitted, so that the evaluators' pages have it; and proposed by BPS this
		// year,
		// with the unit's document standing in for the letters.
		jdbc.update(
				"update lke_assessment set status = 'SUBMITTED', submitted_at = now(), submitted_by = ? where id = ?",
				staff.username(), assessment);
		long proposal = jdbc.queryForObject(
				"""
						insert into proposal (institution_id, period_year, letter_number, letter_date, cover_letter_document_id,
						                      sptjm_document_id, proposed_by, proposed_at)
						select institution_id, extract(year from now() at time zone 'Asia/Jakarta'), 'B-UJI', current_date, ?, ?,
						       'pimpinan.uji', now()
						from work_unit where id = ? returning id
						""",
				Long.class, document, document, unit);
		jdbc.update("""
				insert into proposed_unit (proposal_id, work_unit_id, period_year, predicate, lhe_number)
				values (?, ?, extract(year from now() at time zone 'Asia/Jakarta'), 'WBK', 'LHE-UJI')
				""", proposal, unit);
		ids.put("{proposalId}", String.valueOf(proposal));
		ids.put("/admin/lke/versi/", String.valueOf(version));
		ids.put("{areaCode}", "A");
		ids.put("{predicate}", "WBK");
		ids.put("{token}", "tautan-yang-tidak-pernah-dibuat");
		ids.put("{kind}", "unit-kerja");
		// A receipt-code SPKP survey of the unit, and a draft SPAK questionnaire with the
		// published one's items (publishing it changes no wording).
		long survey = jdbc.queryForObject("""
				insert into survey (work_unit_id, period_year, kind, public_code, access, counter_key, created_at,
				                    created_by)
				values (?, extract(year from now() at time zone 'Asia/Jakarta'), 'SPKP', ?, 'RECEIPT', ?, now(), ?)
				returning id""", Long.class, unit, "rute" + unit, "kunci-rute-" + unit, staff.username());
		ids.put("{surveyCode}", "rute" + unit);
		ids.put("{surveyId}", String.valueOf(survey));
		long draft = jdbc.queryForObject("""
				insert into survey_version (kind, number, created_at, created_by)
				select 'SPAK', max(number) + 1, now(), 'rute' from survey_version where kind = 'SPAK' returning id""",
				Long.class);
		jdbc.update("""
				insert into survey_item (version_id, position, code, text_id, text_en)
				select ?, i.position, i.code, i.text_id, i.text_en from survey_item i
				join survey_version v on v.id = i.version_id where v.kind = 'SPAK' and v.number = 1""", draft);
		ids.put("/admin/survei/", String.valueOf(draft));
		ids.put("/admin/surat/",
				String.valueOf(jdbc.queryForObject(
						"""
								insert into outgoing_mail (topic, recipient_email, language, subject, body, status, attempts, last_error,
								                           next_attempt_at, created_at)
								values ('REMINDERS', 'rute@example.id', 'id', 'Uji rute', 'Isi', 'FAILED', 6, 'Connection refused',
								        now(), now()) returning id""",
						Long.class)));
		ids.put("{code}", "PPA1A");
		ids.put("{name}", "questions.csv");
		ids.put("{year}", String.valueOf(Year.now(ProgrammeDates.WIB).getValue()));
		return new RouteSamples(ids);
	}

	/**
	 * Every route of the portal's own controllers, as "METHOD pattern" (a mapping without
	 * a method counts as GET).
	 */
	public static Set<String> routes(RequestMappingHandlerMapping mappings) {
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getName().startsWith("id.zonaintegritas.")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(method.name() + " " + pattern);
				}
			}
		}
		return routes;
	}

	/**
	 * @param pattern a route's pattern, such as {@code /staf/unit/{unitId}/dokumen}
	 * @return the path to one of the sample objects
	 */
	public String path(String pattern) {
		String path = pattern;
		for (Map.Entry<String, String> sample : this.ids.entrySet()) {
			if (sample.getKey().startsWith("/")) {
				if (path.startsWith(sample.getKey())) {
					path = path.replace("{id}", sample.getValue());
				}
			}
			else {
				path = path.replace(sample.getKey(), sample.getValue());
			}
		}
		return path;
	}

}
