package id.zonaintegritas.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One evaluator's evaluation of a self-assessment.
 *
 * @param id the evaluation's id, or {@code null} before its first answer
 * @param evaluator the TPI or the TPN
 * @param answers their answer to each question answered so far, by code
 * @param answeredBy everyone who gave one of its answers
 * @param lheNumber the LHE's number once the TPI's lead approved it, or {@code null}
 * @param lheDate the LHE's date, or {@code null}
 * @param approvedAt when it was approved, or {@code null}
 * @param approvedBy by whom, or {@code null}
 * @param fieldNotes the TPN's notes of its field evaluation, or {@code null}
 */
public record EvaluationRecord(Long id, Evaluator evaluator, Map<String, EvaluatorAnswer> answers,
		Set<String> answeredBy, String lheNumber, LocalDate lheDate, Instant approvedAt, String approvedBy,
		String fieldNotes) {

	public EvaluationRecord {
		answers = Map.copyOf(answers);
		answeredBy = Set.copyOf(answeredBy);
	}

	public boolean approved() {
		return this.approvedAt != null;
	}

	/** Nothing answered yet. */
	static EvaluationRecord empty(Evaluator evaluator) {
		return new EvaluationRecord(null, evaluator, Map.of(), Set.of(), null, null, null, null, null);
	}

}
