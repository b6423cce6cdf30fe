package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.WorkUnitSummary;

/**
 * A submitted self-assessment with its evaluations: the unit's answers, the TPI's and the
 * TPN's beside them, the questions returned to the unit and what changed since.
 *
 * @param unit the unit
 * @param assessment the self-assessment
 * @param version its instrument version
 * @param unitAnswers the unit's answers, by code
 * @param evidence the documents each question has as evidence, by code
 * @param tpi the TPI's evaluation
 * @param tpn the TPN's evaluation
 * @param returns every question returned to the unit, oldest first
 */
public record EvaluationSheet(WorkUnitSummary unit, SelfAssessment assessment, LkeVersion version,
		Map<String, StoredAnswer> unitAnswers, Map<String, List<DocumentView>> evidence, EvaluationRecord tpi,
		EvaluationRecord tpn, List<QuestionReturn> returns) {

	public EvaluationSheet {
		unitAnswers = Map.copyOf(unitAnswers);
		evidence = Map.copyOf(evidence);
		returns = List.copyOf(returns);
	}

	public EvaluationRecord of(Evaluator evaluator) {
		return (evaluator == Evaluator.TPI) ? this.tpi : this.tpn;
	}

	/** The unit's own scores. */
	public Scorecard unitScores() {
		return Scorecard.of(this.version, SelfAssessmentPages.values(this.unitAnswers));
	}

	/** An evaluator's scores; a question they have not answered yet counts 0. */
	public Scorecard scores(Evaluator evaluator) {
		Map<String, BigDecimal> values = new HashMap<>();
		of(evaluator).answers().forEach((code, answer) -> values.put(code, answer.answer().value()));
		return Scorecard.of(this.version, values);
	}

	/**
	 * The unit's scores and each evaluator's up to the one given, as columns side by
	 * side.
	 */
	public List<ScoreColumn> columns(Evaluator upTo) {
		List<ScoreColumn> columns = new ArrayList<>();
		columns.add(new ScoreColumn("UNIT", unitScores()));
		for (Evaluator evaluator : Evaluator.values()) {
			if (evaluator.ordinal() <= upTo.ordinal()) {
				columns.add(new ScoreColumn(evaluator.name(), scores(evaluator)));
			}
		}
		return columns;
	}

	/**
	 * Whose scores a column shows, and the scores.
	 *
	 * @param key {@code UNIT}, {@code TPI} or {@code TPN}
	 * @param scores the scores
	 */
	public record ScoreColumn(String key, Scorecard scores) {
	}

	/** Whether the evaluator answered every question. */
	public boolean complete(Evaluator evaluator) {
		return of(evaluator).answers().size() == this.version.questions().size();
	}

	/** The questions returned and not sent back yet. */
	public List<QuestionReturn> openReturns() {
		return this.returns.stream().filter(QuestionReturn::open).toList();
	}

	/** The latest return of a question, open or revised. */
	public Optional<QuestionReturn> latestReturn(String code) {
		QuestionReturn latest = null;
		for (QuestionReturn questionReturn : this.returns) {
			if (questionReturn.code().equals(code)) {
				latest = questionReturn;
			}
		}
		return Optional.ofNullable(latest);
	}

	/** The questions whose unit answer the evaluator does not accept, in order. */
	public List<LkeQuestion> notStanding(Evaluator evaluator) {
		return this.version.questions()
			.stream()
			.filter((q) -> of(evaluator).answers().containsKey(q.code())
					&& !of(evaluator).answers().get(q.code()).stands())
			.toList();
	}

	/** How many of an area's questions the evaluator answered. */
	public long answeredIn(Evaluator evaluator, LkeArea area) {
		return area.subAreas()
			.stream()
			.flatMap((subArea) -> subArea.questions().stream())
			.filter((q) -> of(evaluator).answers().containsKey(q.code()))
			.count();
	}

	/** How many of an area's unit answers the evaluator does not accept. */
	public long notStandingIn(Evaluator evaluator, LkeArea area) {
		return area.subAreas()
			.stream()
			.flatMap((subArea) -> subArea.questions().stream())
			.filter((q) -> of(evaluator).answers().containsKey(q.code())
					&& !of(evaluator).answers().get(q.code()).stands())
			.count();
	}

	/** The questions the evaluator does not accept and that are not returned now. */
	public List<LkeQuestion> returnable() {
		List<String> open = openReturns().stream().map(QuestionReturn::code).toList();
		return notStanding(Evaluator.TPI).stream().filter((q) -> !open.contains(q.code())).toList();
	}

	public int evidenceOf(String code) {
		return evidenceDocumentsOf(code).size();
	}

	public List<DocumentView> evidenceDocumentsOf(String code) {
		return this.evidence.getOrDefault(code, List.of());
	}

	/** Whether a document is evidence of the self-assessment. */
	public boolean hasEvidence(long documentId) {
		return this.evidence.values().stream().flatMap(List::stream).anyMatch((d) -> d.id() == documentId);
	}

}
