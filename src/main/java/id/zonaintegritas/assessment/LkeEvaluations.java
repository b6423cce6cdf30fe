package id.zonaintegritas.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations of submitted self-assessments, as data: the evaluators' answers, the
 * returns of questions to the unit, the TPI's approval as the LHE and the TPN's field
 * notes. Who may do each is the evaluation module's decision, which calls these inside
 * its own transaction once it has checked; the rules of the data itself (an answer saved
 * on what its evaluator read, a note for every return, an approver who answered nothing)
 * are kept here and in the database.
 */
@Service
public class LkeEvaluations {

	private final SelfAssessmentStore assessments;

	private final EvaluationStore store;

	private final InstrumentService instruments;

	private final InstitutionService institutions;

	private final DocumentService documents;

	private final Clock clock;

	LkeEvaluations(SelfAssessmentStore assessments, EvaluationStore store, InstrumentService instruments,
			InstitutionService institutions, DocumentService documents, Clock clock) {
		this.documents = documents;
		this.assessments = assessments;
		this.store = store;
		this.instruments = instruments;
		this.institutions = institutions;
		this.clock = clock;
	}

	/** The submitted self-assessment with its evaluations. */
	@Transactional(readOnly = true)
	public EvaluationSheet sheet(long unitId, int year) {
		SelfAssessment assessment = submitted(unitId, year, false);
		Map<Evaluator, EvaluationRecord> evaluations = this.store.evaluations(assessment);
		Map<String, List<Long>> evidence = this.assessments.evidenceByQuestion(assessment);
		Map<Long, DocumentView> documents = this.documents
			.documents(evidence.values().stream().flatMap(List::stream).distinct().toList());
		Map<String, List<DocumentView>> evidenceDocuments = new LinkedHashMap<>();
		evidence.forEach((code, ids) -> evidenceDocuments.put(code, ids.stream().map(documents::get).toList()));
		return new EvaluationSheet(this.institutions.workUnit(unitId), assessment,
				this.instruments.version(assessment.versionId()), this.assessments.answers(assessment),
				evidenceDocuments, evaluations.get(Evaluator.TPI), evaluations.get(Evaluator.TPN),
				this.store.returns(assessment, this.assessments));
	}

	/**
	 * Saves an evaluator's answers of a page all at once: each with whether the unit's
	 * answer stands, each only if nobody saved it since the evaluator read it (its
	 * revision). If any is refused or was saved meanwhile, none is saved.
	 * @param seen the revision of each question's answer when the evaluator read it (0:
	 * none)
	 * @return how many answers changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int save(long unitId, int year, Evaluator evaluator, Map<String, AnswerInput> inputs,
			Map<String, Boolean> stands, Map<String, Integer> seen, String by) {
		SelfAssessment assessment = submitted(unitId, year, true);
		LkeVersion version = this.instruments.version(assessment.versionId());
		Map<String, LkeQuestion> questions = version.questionsByCode();
		EvaluationRecord record = this.store.evaluations(assessment).get(evaluator);
		if (record.approved()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.EVALUATION_APPROVED);
		}
		Instant now = this.clock.instant();
		List<AnswerProblem> problems = new ArrayList<>();
		Map<LkeQuestion, StoredAnswer> changed = new LinkedHashMap<>();
		List<String> conflicts = new ArrayList<>();
		for (Map.Entry<String, AnswerInput> input : inputs.entrySet()) {
			LkeQuestion question = questions.get(input.getKey());
			if (question == null) {
				throw new AssessmentRuleException(AssessmentRuleException.Reason.UNKNOWN_QUESTION, input.getKey());
			}
			EvaluatorAnswer before = record.answers().get(question.code());
			Boolean standsNow = stands.get(question.code());
			if (input.getValue().isEmpty() && standsNow == null) {
				continue;
			}
			AnswerReading.Read read = AnswerReading.read(question, input.getValue(), by, now);
			problems.addAll(read.problems());
			if (read.problems().isEmpty() && read.answer() == null) {
				problems.add(new AnswerProblem(question.code(),
						question.type().isNumeric() ? question.inputs().get(0).name() : "option",
						question.type().isNumeric() ? "lke.answer.numberMissing" : "lke.answer.optionMissing"));
			}
			if (standsNow == null) {
				problems.add(new AnswerProblem(question.code(), "stands", "lke.evaluation.standsMissing"));
			}
			if (!read.problems().isEmpty() || read.answer() == null || standsNow == null) {
				continue;
			}
			if (before != null && before.stands() == standsNow && read.answer().sameAs(before.answer())) {
				continue;
			}
			int revisionSeen = seen.getOrDefault(question.code(), 0);
			int revisionNow = (before != null) ? before.revision() : 0;
			if (revisionSeen != revisionNow) {
				// Someone saved it after this page was shown. Left as it was shown, it is
				// not this evaluator's change: the newer answer stays. Changed, it is a
				// conflict, and nothing is saved.
				if (revisionSeen > 0 && EvaluationStore.state(read.answer(), standsNow)
					.equals(this.store.stateAt(record.id(), question.id(), revisionSeen))) {
					continue;
				}
				conflicts.add(question.code());
				continue;
			}
			changed.put(question, read.answer());
		}
		if (!problems.isEmpty()) {
			throw new AnswerRejectedException(problems);
		}
		if (!conflicts.isEmpty()) {
			throw new EvaluationConflictException(conflicts);
		}
		long evaluationId = this.store.evaluationId(assessment, evaluator, by, now);
		for (Map.Entry<LkeQuestion, StoredAnswer> answer : changed.entrySet()) {
			String code = answer.getKey().code();
			if (!this.store.save(evaluationId, assessment, answer.getKey(), answer.getValue(), stands.get(code),
					seen.getOrDefault(code, 0))) {
				// Saved by someone else between our read and this write: undo all of it.
				throw new EvaluationConflictException(List.of(code));
			}
		}
		return changed.size();
	}

	/**
	 * Returns questions to the unit with a note each: the self-assessment opens for those
	 * questions only.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void returnQuestions(long unitId, int year, Map<String, String> notes, String by) {
		SelfAssessment assessment = submitted(unitId, year, true);
		if (notes.isEmpty()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.NO_QUESTION_CHOSEN);
		}
		LkeVersion version = this.instruments.version(assessment.versionId());
		if (this.store.evaluations(assessment).get(Evaluator.TPI).approved()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.EVALUATION_APPROVED);
		}
		Map<String, String> open = this.store.openReturns(assessment);
		Instant now = this.clock.instant();
		long evaluationId = this.store.evaluationId(assessment, Evaluator.TPI, by, now);
		for (Map.Entry<String, String> note : notes.entrySet()) {
			LkeQuestion question = version.question(note.getKey())
				.orElseThrow(() -> new AssessmentRuleException(AssessmentRuleException.Reason.UNKNOWN_QUESTION,
						note.getKey()));
			String given = Text.clean(note.getValue());
			if (given == null) {
				throw new AssessmentRuleException(AssessmentRuleException.Reason.RETURN_NOTE_REQUIRED, question.code());
			}
			Text.requireAtMost(given, AnswerReading.JUSTIFICATION_LENGTH, "lke.evaluation.returnNote");
			if (open.containsKey(question.code())) {
				throw new AssessmentRuleException(AssessmentRuleException.Reason.ALREADY_RETURNED, question.code());
			}
			this.store.returnQuestion(evaluationId, question.id(), given, by, now);
		}
		this.store.setStatus(assessment, "RETURNED");
	}

	/** The questions now returned to the unit, with the evaluator's note, by code. */
	@Transactional(readOnly = true)
	public Map<String, String> openReturns(long unitId, int year) {
		return this.assessments.find(unitId, year).map(this.store::openReturns).orElse(Map.of());
	}

	/**
	 * The TPI's team lead approves its result as the LHE: every question answered, none
	 * returned, by someone who gave none of its answers.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void approve(long unitId, int year, String lheNumber, LocalDate lheDate, String by) {
		SelfAssessment assessment = submitted(unitId, year, true);
		if (assessment.returned()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.QUESTIONS_STILL_RETURNED);
		}
		EvaluationRecord record = this.store.evaluations(assessment).get(Evaluator.TPI);
		if (record.approved()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.EVALUATION_APPROVED);
		}
		int unanswered = this.instruments.version(assessment.versionId()).questions().size() - record.answers().size();
		if (unanswered > 0) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.EVALUATION_INCOMPLETE, unanswered);
		}
		if (record.answeredBy().contains(by)) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.APPROVER_IS_EVALUATOR);
		}
		String number = Text.clean(lheNumber);
		if (number == null || lheDate == null) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.LHE_REQUIRED);
		}
		Text.requireAtMost(number, 150, "lke.evaluation.lheNumber");
		if (lheDate.isAfter(LocalDate.now(this.clock))) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.LHE_DATE_IN_FUTURE);
		}
		this.store.approve(this.store.findId(assessment, Evaluator.TPI).orElseThrow(), number, lheDate, by,
				this.clock.instant());
	}

	/**
	 * A document that is evidence of the unit's self-assessment; any other is not found.
	 */
	@Transactional(readOnly = true)
	public DocumentContent evidence(long unitId, int year, long documentId) {
		SelfAssessment assessment = submitted(unitId, year, false);
		if (!this.assessments.evidenceDocuments(assessment).contains(documentId)) {
			throw new NotFoundException("error.document.notFound", documentId);
		}
		return this.documents.content(documentId);
	}

	/** The TPN's notes of its field evaluation. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void fieldNotes(long unitId, int year, String notes, String by) {
		SelfAssessment assessment = submitted(unitId, year, true);
		String given = Text.clean(notes);
		Text.requireAtMost(given, 8000, "lke.evaluation.fieldNotes");
		this.store.fieldNotes(this.store.evaluationId(assessment, Evaluator.TPN, by, this.clock.instant()), given);
	}

	/**
	 * The self-assessment, which must be submitted; {@code lock} holds it until the
	 * transaction ends, so that evaluators' commands on it happen one after another.
	 */
	private SelfAssessment submitted(long unitId, int year, boolean lock) {
		SelfAssessment assessment = (lock ? this.assessments.lock(unitId, year, true)
				: this.assessments.find(unitId, year))
			.orElseThrow(() -> new AssessmentRuleException(AssessmentRuleException.Reason.NOT_SUBMITTED,
					String.valueOf(year)));
		if (!assessment.submitted()) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.NOT_SUBMITTED, String.valueOf(year));
		}
		return assessment;
	}

}
