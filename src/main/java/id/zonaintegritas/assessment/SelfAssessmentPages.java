package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LKE's pages, each read in one call with a constant number of statements whatever
 * the number of answers: the overview, an area, a question. The unit's staff may change
 * what they read until it is submitted; reviewers of the unit's institution read it;
 * nobody else sees any of it.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentPages {

	private final SelfAssessmentStore store;

	private final EvaluationStore evaluations;

	private final InstrumentService instruments;

	private final ChecklistService checklists;

	private final InstitutionService institutions;

	private final DocumentService documents;

	private final AccessGuard access;

	private final JdbcClient jdbc;

	private final Clock clock;

	SelfAssessmentPages(SelfAssessmentStore store, EvaluationStore evaluations, InstrumentService instruments,
			ChecklistService checklists, InstitutionService institutions, DocumentService documents, AccessGuard access,
			JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.evaluations = evaluations;
		this.instruments = instruments;
		this.checklists = checklists;
		this.institutions = institutions;
		this.documents = documents;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** This year, in Jakarta: the latest period a self-assessment can be started for. */
	public int currentYear() {
		return LocalDate.now(this.clock).getYear();
	}

	/** The overview of the unit's self-assessment for a period. */
	public LkeOverview overview(long unitId, int year, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		WorkUnitSummary unit = this.institutions.workUnit(unitId);
		List<Integer> years = this.store.years(unitId);
		List<LkeOverview.TeamMember> team = team(unitId);
		SelfAssessment assessment = this.store.find(unitId, year).orElse(null);
		if (assessment == null) {
			LkeVersion version = (reader.role() == ActorRole.AGENCY_STAFF) ? this.instruments.inForce() : null;
			return new LkeOverview(unit, year, years, currentYear(), null, version, null, List.of(), List.of(),
					List.of(), team, Map.of());
		}
		LkeVersion version = this.instruments.version(assessment.versionId());
		Scorecard scorecard = Scorecard.of(version, values(this.store.answers(assessment)));
		Map<String, Integer> evidence = this.store.evidenceCounts(assessment);
		Map<String, String> assignments = this.store.assignments(assessment);
		Map<String, LkeOverview.TeamMember> members = new HashMap<>();
		team.forEach((member) -> members.put(member.username(), member));
		List<LkeOverview.AreaRow> areas = version.areas()
			.stream()
			.map((area) -> new LkeOverview.AreaRow(area, scorecard.area(area.code()),
					(int) area.subAreas()
						.stream()
						.flatMap((subArea) -> subArea.questions().stream())
						.filter((question) -> evidence.containsKey(question.code()))
						.count(),
					member(members, assignments.get(area.code()))))
			.toList();
		return new LkeOverview(unit, year, years, currentYear(), assessment, version, scorecard, areas,
				scorecard.against(Predicate.WBK), scorecard.against(Predicate.WBBM), team,
				assessment.returned() ? this.evaluations.openReturns(assessment) : Map.of());
	}

	/** An area of the unit's self-assessment: its questions and their answers. */
	public LkeAreaPage area(long unitId, int year, String areaCode, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		WorkUnitSummary unit = this.institutions.workUnit(unitId);
		SelfAssessment assessment = assessment(unitId, year);
		LkeVersion version = this.instruments.version(assessment.versionId());
		LkeArea area = version.area(areaCode).orElseThrow(() -> new NotFoundException("lke.areaNotFound", areaCode));
		Map<String, StoredAnswer> answers = this.store.answers(assessment);
		return new LkeAreaPage(unit, assessment, version, area, Scorecard.of(version, values(answers)), answers,
				this.store.evidenceCounts(assessment), this.checklists.checklist(unit.institutionId(), version.id()),
				this.store.ticks(assessment), editable(assessment, reader));
	}

	/** The area page a question is on: what an answer saved by htmx comes back with. */
	public LkeAreaPage areaOfQuestion(long unitId, int year, String code, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		LkeVersion version = this.instruments.version(assessment(unitId, year).versionId());
		LkeArea area = version.areaOf(code).orElseThrow(() -> new NotFoundException("lke.questionNotFound", code));
		return area(unitId, year, area.code(), reader);
	}

	/**
	 * A question of the unit's self-assessment: the answer, its evidence and its history.
	 */
	public LkeQuestionPage question(long unitId, int year, String code, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		WorkUnitSummary unit = this.institutions.workUnit(unitId);
		SelfAssessment assessment = assessment(unitId, year);
		LkeVersion version = this.instruments.version(assessment.versionId());
		LkeQuestion question = version.question(code)
			.orElseThrow(() -> new NotFoundException("lke.questionNotFound", code));
		String returnNote = assessment.returned() ? this.evaluations.openReturns(assessment).get(code) : null;
		boolean editable = editable(assessment, reader)
				|| (returnNote != null && reader.role() == ActorRole.AGENCY_STAFF);
		List<Long> attached = this.store.evidence(assessment, question.id());
		Map<Long, DocumentView> documents = this.documents.documents(attached);
		List<DocumentView> evidence = attached.stream().map(documents::get).toList();
		List<DocumentView> library = editable ? this.documents.ofWorkUnit(unitId)
			.stream()
			.filter((document) -> !attached.contains(document.id()))
			.toList() : List.of();
		return new LkeQuestionPage(unit, assessment, version.areaOf(code).orElseThrow(),
				version.subAreaOf(code).orElseThrow(), question, this.store.answers(assessment).get(code), evidence,
				library, this.checklists.checklist(unit.institutionId(), version.id()).getOrDefault(code, List.of()),
				this.store.ticks(assessment), this.store.changes(assessment, question.id()), editable, returnNote);
	}

	/**
	 * A document that is evidence of the unit's self-assessment, for its staff or a
	 * reviewer of its institution; any other is not found.
	 */
	public DocumentContent evidence(long unitId, int year, long documentId, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		SelfAssessment assessment = assessment(unitId, year);
		if (!this.store.evidenceDocuments(assessment).contains(documentId)) {
			throw new NotFoundException("error.document.notFound", documentId);
		}
		return this.documents.content(documentId);
	}

	/**
	 * The whole self-assessment for the export: every answer, every score, the evidence's
	 * names.
	 */
	public LkeExport export(long unitId, int year, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		WorkUnitSummary unit = this.institutions.workUnit(unitId);
		SelfAssessment assessment = assessment(unitId, year);
		LkeVersion version = this.instruments.version(assessment.versionId());
		Map<String, StoredAnswer> answers = this.store.answers(assessment);
		Map<String, List<Long>> evidence = this.store.evidenceByQuestion(assessment);
		Map<Long, DocumentView> documents = this.documents
			.documents(evidence.values().stream().flatMap(List::stream).distinct().toList());
		Map<String, List<String>> evidenceNames = new LinkedHashMap<>();
		evidence.forEach((code, ids) -> evidenceNames.put(code,
				ids.stream().map(documents::get).map(DocumentView::fileName).toList()));
		return new LkeExport(unit, assessment, version, Scorecard.of(version, values(answers)), answers, evidenceNames);
	}

	private SelfAssessment assessment(long unitId, int year) {
		return this.store.find(unitId, year).orElseThrow(() -> new NotFoundException("lke.notStarted", year));
	}

	private static boolean editable(SelfAssessment assessment, Actor reader) {
		return !assessment.submitted() && reader.role() == ActorRole.AGENCY_STAFF;
	}

	private List<LkeOverview.TeamMember> team(long unitId) {
		return this.jdbc.sql("select username, display_name from staff_scope where work_unit_id = :unit")
			.param("unit", unitId)
			.query((rs, row) -> new LkeOverview.TeamMember(rs.getString("username"), rs.getString("display_name")))
			.list()
			.stream()
			.sorted(Comparator.comparing(LkeOverview.TeamMember::name))
			.toList();
	}

	private static LkeOverview.TeamMember member(Map<String, LkeOverview.TeamMember> members, String username) {
		return (username == null) ? null
				: members.getOrDefault(username, new LkeOverview.TeamMember(username, username));
	}

	static Map<String, BigDecimal> values(Map<String, StoredAnswer> answers) {
		Map<String, BigDecimal> values = new HashMap<>();
		answers.forEach((code, answer) -> values.put(code, answer.value()));
		return values;
	}

}
