package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's self-assessment (penilaian mandiri): its staff start it for a period under the
 * version in force, answer, attach evidence and tick the institution's checklist, split
 * the areas among themselves, and submit it, which freezes it for review. Each command is
 * one transaction; every change of an answer is kept.
 */
@Service
public class SelfAssessmentService {

	/** Who answers what a survey computed. */
	static final String SURVEY = "survei";

	private final SelfAssessmentStore store;

	private final EvaluationStore evaluations;

	private final InstrumentService instruments;

	private final ChecklistService checklists;

	private final DocumentService documents;

	private final InstitutionService institutions;

	private final AccessGuard access;

	private final AuditTrail audit;

	private final PeriodService periods;

	private final Clock clock;

	SelfAssessmentService(SelfAssessmentStore store, EvaluationStore evaluations, InstrumentService instruments,
			ChecklistService checklists, DocumentService documents, InstitutionService institutions, AccessGuard access,
			AuditTrail audit, PeriodService periods, Clock clock) {
		this.store = store;
		this.evaluations = evaluations;
		this.instruments = instruments;
		this.checklists = checklists;
		this.documents = documents;
		this.institutions = institutions;
		this.access = access;
		this.audit = audit;
		this.periods = periods;
		this.clock = clock;
	}

	/**
	 * Starts the unit's self-assessment for a period under the version in force; starting
	 * one that exists changes nothing.
	 */
	@Transactional
	public SelfAssessment start(long unitId, int year, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		LocalDate today = LocalDate.now(this.clock);
		if (year < ProgrammeDates.PROGRAMME_START.getYear() || year > today.getYear()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.PERIOD_OUTSIDE, String.valueOf(year),
					String.valueOf(today.getYear()));
		}
		Optional<SelfAssessment> existing = this.store.find(unitId, year);
		if (existing.isPresent()) {
			return existing.get();
		}
		this.periods.requireSet(year);
		LkeVersion version = this.instruments.inForce();
		SelfAssessment started = this.store.insert(unitId, year, version.id(), staff.username(), this.clock.instant());
		this.audit.record(
				AuditRecord.worded(staff, "LKE_STARTED", "LkeAssessment", started.id(), unitId, year, version.name()));
		return started;
	}

	/**
	 * Saves the answers of one page all at once: if any is refused, none is saved, and
	 * every problem is reported. An answer that says what it said before is not a change.
	 * @return how many answers changed
	 * @throws AnswerRejectedException with every problem
	 */
	@Transactional
	public int saveAnswers(long unitId, int year, Map<String, AnswerInput> inputs, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		SelfAssessment assessment = openForChanges(unitId, year, true, inputs.keySet());
		Set<String> fromSurvey = this.store.fromSurvey(assessment);
		inputs.keySet().stream().filter(fromSurvey::contains).findFirst().ifPresent((code) -> {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.FROM_SURVEY, code);
		});
		LkeVersion version = this.instruments.version(assessment.versionId());
		Map<String, LkeQuestion> questions = version.questionsByCode();
		Map<String, StoredAnswer> stored = this.store.answers(assessment);
		Instant now = this.clock.instant();
		List<AnswerProblem> problems = new ArrayList<>();
		Map<LkeQuestion, AnswerReading.Read> reads = new LinkedHashMap<>();
		for (Map.Entry<String, AnswerInput> input : inputs.entrySet()) {
			LkeQuestion question = questions.get(input.getKey());
			if (question == null) {
				throw new AssessmentRuleException(AssessmentRuleException.Reason.UNKNOWN_QUESTION, input.getKey());
			}
			AnswerReading.Read read = AnswerReading.read(question, input.getValue(), staff.username(), now);
			problems.addAll(read.problems());
			reads.put(question, read);
		}
		if (!problems.isEmpty()) {
			throw new AnswerRejectedException(problems);
		}
		int changed = 0;
		for (Map.Entry<LkeQuestion, AnswerReading.Read> read : reads.entrySet()) {
			StoredAnswer before = stored.get(read.getKey().code());
			StoredAnswer after = read.getValue().answer();
			if ((after == null && before == null) || (after != null && after.sameAs(before))) {
				continue;
			}
			this.store.save(assessment, read.getKey(), before, after, staff.username(), now);
			changed++;
		}
		return changed;
	}

	/**
	 * The index of the unit's own survey becomes its answer to the LKE's question on that
	 * index (IPAK or IPKP), replacing what was typed, with a note saying where it comes
	 * from; the unit can no longer type it. Only while the self-assessment of the period
	 * is a draft: a submitted one is what the TPI evaluates. Called by the survey module
	 * in the transaction of each counted response.
	 * @return whether the answer now holds the index
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean takeSurveyIndex(long unitId, int year, Part part, BigDecimal index, String note) {
		Optional<SelfAssessment> found = this.store.lock(unitId, year, false);
		if (found.isEmpty() || found.get().submitted() || found.get().returned()) {
			return false;
		}
		SelfAssessment assessment = found.get();
		LkeQuestion question = this.instruments.version(assessment.versionId())
			.areas()
			.stream()
			.flatMap((area) -> area.subAreas().stream())
			.filter((subArea) -> subArea.part() == part)
			.flatMap((subArea) -> subArea.questions().stream())
			.filter((candidate) -> candidate.inputs().size() == 1 && candidate.inputs().get(0).surveyIndex())
			.findFirst()
			.orElse(null);
		if (question == null) {
			return false;
		}
		// Most responses leave the index, to two decimals, where it was: nothing to
		// write.
		BigDecimal held = this.store.surveyValue(assessment, question);
		if (held != null && held.compareTo(index) == 0) {
			return true;
		}
		Instant now = this.clock.instant();
		AnswerReading.Read read = AnswerReading.read(question,
				new AnswerInput(null, Map.of(question.inputs().get(0).name(), index.toPlainString()), note), SURVEY,
				now);
		if (!read.problems().isEmpty() || read.answer() == null) {
			return false;
		}
		StoredAnswer before = this.store.answers(assessment).get(question.code());
		if (!read.answer().sameAs(before)) {
			this.store.save(assessment, question, before, read.answer(), SURVEY, now);
		}
		this.store.markFromSurvey(assessment, question);
		return true;
	}

	/** Attaches documents of the unit's library to a question as its evidence. */
	@Transactional
	public void attach(long unitId, int year, String questionCode, Collection<Long> documentIds, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		SelfAssessment assessment = openForChanges(unitId, year, false, Set.of(questionCode));
		LkeQuestion question = question(assessment, questionCode);
		this.documents.requireAllOfWorkUnit(unitId, documentIds);
		this.store.attach(assessment, question.id(), documentIds, staff.username(), this.clock.instant());
	}

	/**
	 * Uploads a document into the unit's library (checked by content and size, stored
	 * once per content) and attaches it to a question.
	 */
	@Transactional
	public DocumentView upload(long unitId, int year, String questionCode, String fileName, byte[] content,
			Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		SelfAssessment assessment = openForChanges(unitId, year, false, Set.of(questionCode));
		LkeQuestion question = question(assessment, questionCode);
		DocumentView document = this.documents.upload(unitId, fileName, content, staff);
		this.store.attach(assessment, question.id(), List.of(document.id()), staff.username(), this.clock.instant());
		return document;
	}

	/** Takes a document off a question's evidence; it stays in the unit's library. */
	@Transactional
	public void detach(long unitId, int year, String questionCode, long documentId, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		SelfAssessment assessment = openForChanges(unitId, year, false, Set.of(questionCode));
		this.store.detach(assessment, question(assessment, questionCode).id(), documentId);
	}

	/** Sets which of a question's checklist items the unit has. */
	@Transactional
	public void tick(long unitId, int year, String questionCode, Set<Long> ticked, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		SelfAssessment assessment = openForChanges(unitId, year, false, null);
		question(assessment, questionCode);
		long institution = this.institutions.workUnit(unitId).institutionId();
		List<Long> items = this.checklists.checklist(institution, assessment.versionId())
			.getOrDefault(questionCode, List.of())
			.stream()
			.map(ChecklistItem::id)
			.toList();
		if (!items.containsAll(ticked)) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.CHECKLIST_ITEM_ELSEWHERE);
		}
		this.store.tick(assessment, items, ticked, staff.username(), this.clock.instant());
	}

	/** Splits the areas among the unit's staff: who takes which. */
	@Transactional
	public void assign(long unitId, int year, Map<String, String> assignees, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		SelfAssessment assessment = openForChanges(unitId, year, false, null);
		LkeVersion version = this.instruments.version(assessment.versionId());
		Map<String, String> assignments = new LinkedHashMap<>();
		assignees.forEach((area, username) -> {
			if (version.area(area).isEmpty()) {
				throw new AssessmentRuleException(AssessmentRuleException.Reason.UNKNOWN_AREA, area);
			}
			if (username != null && !username.isBlank()) {
				if (!this.access.isStaffOf(username, unitId)) {
					throw new AssessmentRuleException(AssessmentRuleException.Reason.NOT_STAFF, username);
				}
				assignments.put(area, username);
			}
		});
		this.store.assign(assessment, assignments);
		this.audit.record(AuditRecord.of(staff, "LKE_AREAS_ASSIGNED", "LkeAssessment", assessment.id(), unitId,
				assignments.toString()));
	}

	/**
	 * Submits the self-assessment for review: every question answered, inside its
	 * period's self-assessment window. From then on it does not change.
	 */
	@Transactional
	public SelfAssessment submit(long unitId, int year, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		SelfAssessment assessment = this.store.lock(unitId, year, true)
			.orElseThrow(() -> new AssessmentRuleException(AssessmentRuleException.Reason.NOT_STARTED,
					String.valueOf(year)));
		if (assessment.submitted()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.SUBMITTED, String.valueOf(year));
		}
		LkeVersion version = this.instruments.version(assessment.versionId());
		int unanswered = version.questions().size() - this.store.answers(assessment).size();
		if (unanswered > 0) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.INCOMPLETE, unanswered);
		}
		this.periods.requireOpen(year, PeriodService.Stage.SELF_ASSESSMENT);
		this.store.submit(assessment, staff.username(), this.clock.instant());
		this.audit.record(AuditRecord.worded(staff, "LKE_SUBMITTED", "LkeAssessment", assessment.id(), unitId, year));
		return this.store.find(unitId, year).orElseThrow();
	}

	/**
	 * The unit sends the questions the TPI returned back to it, revised: the
	 * self-assessment is frozen again, and the evaluator sees what changed.
	 */
	@Transactional
	public SelfAssessment resubmit(long unitId, int year, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		SelfAssessment assessment = this.store.lock(unitId, year, true)
			.orElseThrow(() -> new AssessmentRuleException(AssessmentRuleException.Reason.NOT_STARTED,
					String.valueOf(year)));
		if (!assessment.returned()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.NOTHING_RETURNED, String.valueOf(year));
		}
		Map<String, StoredAnswer> answers = this.store.answers(assessment);
		long unanswered = this.evaluations.openReturns(assessment)
			.keySet()
			.stream()
			.filter((code) -> !answers.containsKey(code))
			.count();
		if (unanswered > 0) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.INCOMPLETE, unanswered);
		}
		int revised = this.evaluations.closeReturns(assessment, staff.username(), this.clock.instant());
		this.evaluations.setStatus(assessment, "SUBMITTED");
		this.audit.record(
				AuditRecord.worded(staff, "LKE_RESUBMITTED", "LkeAssessment", assessment.id(), unitId, year, revised));
		return this.store.find(unitId, year).orElseThrow();
	}

	/**
	 * The self-assessment, locked against submission; {@code exclusive} also against
	 * other saves of answers, so that each change's "before" is what the one before it
	 * left. Once submitted, only the questions the TPI returned may change, while they
	 * are returned.
	 * @param codes the questions the command changes, or {@code null} for a change of the
	 * whole
	 */
	private SelfAssessment openForChanges(long unitId, int year, boolean exclusive, Set<String> codes) {
		SelfAssessment assessment = this.store.lock(unitId, year, exclusive)
			.orElseThrow(() -> new AssessmentRuleException(AssessmentRuleException.Reason.NOT_STARTED,
					String.valueOf(year)));
		if (assessment.returned() && codes != null) {
			Set<String> returned = this.evaluations.openReturns(assessment).keySet();
			codes.stream().filter((code) -> !returned.contains(code)).findFirst().ifPresent((code) -> {
				throw new AssessmentRuleException(AssessmentRuleException.Reason.NOT_RETURNED, code);
			});
			return assessment;
		}
		if (assessment.submitted()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.SUBMITTED, String.valueOf(year));
		}
		return assessment;
	}

	private LkeQuestion question(SelfAssessment assessment, String code) {
		return this.instruments.version(assessment.versionId())
			.question(code)
			.orElseThrow(() -> new AssessmentRuleException(AssessmentRuleException.Reason.UNKNOWN_QUESTION, code));
	}

}
